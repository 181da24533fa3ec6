import Module from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { Script } from 'node:vm';

// Compiles the bundles with the V8 code cache the build wrote beside them (SPEC §8), so a
// run deserialises the bytecode of the functions it calls instead of parsing and
// compiling them again: about a tenth of a render's time on Node 20. Node 22.1 and later
// have their own cache (module.enableCompileCache), and the bin uses that one instead.
//
// What keeps it safe:
// - The cache is read only from dist/code-cache/, written by the build with the bundles it
//   belongs to (scripts/code-cache.mjs), never at run time and never in a shared temporary
//   folder: whoever can write it can write the bundles themselves.
// - V8 checks each cache against its own version, its flags and the source's length, and
//   rejects one that does not fit; the source is then compiled as usual. A missing cache
//   file is the same: Node's own compile. dist/ is build output: a bundle edited by hand
//   to the same length would still run its old cache, so change the sources and rebuild.
// - A bundle that holds an import() is left to Node: on Node 20 a script compiled from a
//   cache loses its dynamic-import callback ("A dynamic import callback was not
//   specified"), even when the main context's loader is asked for.

/**
 * The bundle `filename` compiled as `require` runs it (in Node's CommonJS wrapper), from
 * `cachedData` when V8 accepts it (`script.cachedDataRejected` says whether it did).
 */
export function compileBundle(content: string, filename: string, cachedData?: Buffer): Script {
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${content}\n})`;
  return new Script(wrapped, { filename, cachedData });
}

/** Where the cache of the bundle `file` (in `dist`) is: dist/code-cache/<its path>.bin. */
export function cacheFileOf(dist: string, file: string): string {
  return join(dist, 'code-cache', `${relative(dist, file)}.bin`);
}

export interface CodeCacheOptions {
  /** Each bundle's compiled script and its cache file, for the build to write the cache. */
  compiled?: (script: Script, cacheFile: string) => void;
}

type Compile = (this: Module, content: string, filename: string) => unknown;
type Wrapped = (
  exports: unknown,
  require: (id: string) => unknown,
  module: Module,
  filename: string,
  dirname: string,
) => unknown;

/**
 * From now on, every bundle under `dist` that `require` loads is compiled with its cache
 * from dist/code-cache/ when there is one; other files load as Node loads them.
 */
export function useCodeCache(dist: string, options: CodeCacheOptions = {}): void {
  const proto = Module.prototype as unknown as { _compile: Compile };
  const compile = proto._compile;
  const inside = dist.endsWith(sep) ? dist : dist + sep;
  proto._compile = function (content, filename) {
    if (!filename.startsWith(inside) || content.includes('import(')) {
      return compile.call(this, content, filename);
    }
    const cacheFile = cacheFileOf(dist, filename);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      if (!options.compiled) return compile.call(this, content, filename);
    }
    const script = compileBundle(content, filename, cachedData);
    options.compiled?.(script, cacheFile);
    const run = script.runInThisContext() as Wrapped;
    // The bundles call require(id) and nothing else of it (no require.resolve, no cache).
    const require = (id: string): unknown => this.require(id);
    return run.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
}
