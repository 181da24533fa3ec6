import { Writable } from 'node:stream';

export interface Captured {
  stream: Writable;
  /** Everything written so far, as one UTF-8 string. */
  text(): string;
  /** How many write calls the stream received. */
  writes(): number;
}

/** An in-memory writable stream, for stdout, stderr or a fake terminal. */
export function capture(): Captured {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return {
    stream,
    text: () => Buffer.concat(chunks).toString('utf8'),
    writes: () => chunks.length,
  };
}
