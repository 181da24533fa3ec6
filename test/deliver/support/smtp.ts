import { afterAll, beforeAll, beforeEach } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Delivery {
  mailFrom: string;
  rcptTo: string[];
  raw: Buffer;
}

export interface LoopbackSmtp {
  port: number;
  deliveries: Delivery[];
  stop(): Promise<void>;
}

/** A plain SMTP server on 127.0.0.1 (no auth, no TLS) that keeps what it receives. */
export async function startSmtp(): Promise<LoopbackSmtp> {
  const deliveries: Delivery[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { mailFrom, rcptTo } = session.envelope;
        deliveries.push({
          mailFrom: mailFrom ? mailFrom.address : '',
          rcptTo: rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    deliveries,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback SMTP server for the enclosing describe block, emptied before each test. */
export function useSmtp(): () => LoopbackSmtp {
  let smtp: LoopbackSmtp | undefined;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp?.stop();
  });
  beforeEach(() => {
    if (smtp) smtp.deliveries.length = 0;
  });
  return () => {
    if (!smtp) throw new Error('the SMTP server is not running (used outside a test?)');
    return smtp;
  };
}

export interface MsmtpResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Pipes a message into the real `msmtp -t` aimed at the loopback server. The
 * envelope sender comes from the From header, or from the config when there is none.
 */
export async function sendWithMsmtp(message: string | Buffer, port: number): Promise<MsmtpResult> {
  const dir = await mkdtemp(join(tmpdir(), 'batal-msmtp-'));
  const config = join(dir, 'msmtprc');
  try {
    await writeFile(
      config,
      [
        'account default',
        'host 127.0.0.1',
        `port ${port}`,
        'auth off',
        'tls off',
        'from sender@batal-wawancara.invalid',
        // Deliver the message as written: msmtp would otherwise add a From header to one without.
        'set_from_header off',
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    const text = message.toString();
    const hasFrom = /^From:/imu.test(text.slice(0, text.search(/\r?\n\r?\n/u)));
    // msmtp refuses --read-envelope-from on a message without From: the config's `from` serves then.
    const args = ['-C', config, ...(hasFrom ? ['--read-envelope-from'] : []), '-t'];
    const child = spawn('msmtp', args, {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
      child.stdin.end(message);
    });
    return { code, stdout, stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
