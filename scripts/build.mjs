// Bundles the app into dist/ so the published bin runs plain JavaScript, and starts fast.
// Each path a run can take reads only its own code (scripts/bundles.mjs splits at import()):
//
//   dist/main.cjs             src/main.ts and what it imports statically: the command line
//                             and Commander. --help and --version read nothing else.
//   dist/app.cjs              src/run.ts, which main.ts imports dynamically, and all behind
//                             it that every run needs: core, dates, messages, JSON output.
//   dist/templates/<lang>.cjs the templates of one language compiled to functions
//                             (scripts/compile-templates.mjs); a run reads its language's only
//   dist/lazy/<name>.cjs      one bundle per import(): the text output, eml and its mail
//                             composer, mailto, wa, the clipboard, the prompts, …; and what
//                             such bundles share (chalk, Inquirer), once
//   dist/code-cache.cjs       src/code-cache.ts: on Node 20 the bin compiles the bundles
//                             with the V8 code cache in dist/code-cache/, which the build
//                             writes last by running the bin (scripts/code-cache.mjs)
//
// The runtime dependencies (package.json "dependencies": clipboardy, open) stay external,
// imported from node_modules: they run helpers that live beside them. CommonJS rather than
// ESM because on Node 20 the ESM loader alone costs about 10 ms and 2 MB of RSS per run;
// the bin is CommonJS too (bin/package.json). esbuild's metafiles go to .build/meta/, where
// test/e2e/metafile.test.ts reads what each bundle holds.
import { build, transform } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundles } from './bundles.mjs';
import { writeCodeCache } from './code-cache.mjs';
import { compileModule, loaderSource, readTemplates } from './compile-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const DIST = join(root, 'dist');
const META = join(root, '.build/meta');

/** `to` as a require() path from the bundle `from` (both relative to dist/). */
const requirePath = (from, to) => {
  const path = relative(dirname(from), to).replaceAll('\\', '/');
  return path.startsWith('.') ? path : `./${path}`;
};

// Commander loads child_process up front for executable subcommands, which this CLI has none
// of; loading it on first use saves its (and net's) start-up cost on every run.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require('node:${args.path}')[key] });`,
      loader: 'js',
    }));
  },
};

// The app always builds `new Chalk({ level })` from its own decision (src/colour.ts), so
// chalk's terminal detection (which loads node:os and node:tty at import) is never consulted.
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]chalk[\\/]/.test(args.importer)
        ? { path: 'supports-color', namespace: 'no-detection' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

/** src/messages/load-templates.ts (Mustache over templates/) answered by the compiled modules. */
const compiledTemplates = (file, langs) => ({
  name: 'compiled-templates',
  setup(b) {
    b.onResolve({ filter: /[\\/]load-templates\.js$/ }, (args) =>
      args.importer.startsWith(join(root, 'src'))
        ? { path: 'load-templates', namespace: 'compiled-templates' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'compiled-templates' }, () => ({
      contents: loaderSource(langs, requirePath(file, 'templates')),
      loader: 'js',
    }));
    b.onResolve({ filter: /\.cjs$/, namespace: 'compiled-templates' }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
});

const options = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  external: Object.keys(pkg.dependencies ?? {}),
  // Its package entry holds both its development and production builds: take the ES module.
  alias: { 'windows-iana': 'windows-iana/dist/windows-iana.esm.js' },
  // import.meta.url as CommonJS knows it, worked out where it is read.
  banner: {
    js: 'const __import_meta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };',
  },
  define: { __VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__import_meta.url' },
};

// The templates first: a template the compiler cannot keep faithful stops the build, with
// one line naming the file and the place.
const templates = readTemplates(join(root, 'templates'));
let compiled;
try {
  compiled = Object.fromEntries(
    await Promise.all(
      Object.entries(templates).map(async ([lang, sources]) => {
        const source = compileModule(sources, `templates/${lang}`);
        const { code } = await transform(source, {
          minify: true,
          format: 'cjs',
          target: 'node20',
          loader: 'js',
        });
        return [lang, code];
      }),
    ),
  );
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exit(1);
}

rmSync(DIST, { recursive: true, force: true });
rmSync(META, { recursive: true, force: true });
mkdirSync(join(DIST, 'templates'), { recursive: true });
mkdirSync(META, { recursive: true });
const langs = Object.keys(compiled).sort();
for (const lang of langs) writeFileSync(join(DIST, 'templates', `${lang}.cjs`), compiled[lang]);

const bundles = await buildBundles({
  root,
  outdir: 'dist',
  entry: 'src/main.ts',
  named: { 'src/run.ts': 'app.cjs' },
  options,
  plugins: (file) => [compiledTemplates(file, langs), lazyChildProcess, chalkWithoutDetection],
});

const metafiles = bundles.map((b) => b.metafile);
for (const { name, metafile } of bundles) {
  writeFileSync(join(META, `${name}.json`), JSON.stringify(metafile, null, 1));
}
// The compiled templates, described the way esbuild describes a bundle.
const templateOutputs = Object.fromEntries(
  langs.map((lang) => [
    `dist/templates/${lang}.cjs`,
    {
      bytes: Buffer.byteLength(compiled[lang]),
      inputs: Object.fromEntries(
        Object.entries(templates[lang]).map(([name, source]) => [
          `templates/${lang}/${name}.mustache`,
          { bytesInOutput: Buffer.byteLength(source) },
        ]),
      ),
    },
  ]),
);
writeFileSync(
  join(META, 'templates.json'),
  JSON.stringify({ inputs: {}, outputs: templateOutputs }, null, 1),
);

// The bundles carry code of these packages: their licences travel with it. The compiled
// templates' runtime follows mustache.js's rendering, so its notice travels too.
const packages = new Set(['mustache']);
for (const metafile of metafiles) {
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match && bytesInOutput > 0) packages.add(match[1]);
    }
  }
}
const notices = [...packages].sort().map((name) => {
  const dir = join(root, 'node_modules', name);
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `License: ${license}`;
  return `${name}@${version}\n\n${text}\n`;
});
writeFileSync(
  join(DIST, 'THIRD-PARTY-LICENSES.txt'),
  `Bundled into dist/ by scripts/build.mjs:\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
);

// The code-cache loader the bin uses on Node 20 (src/code-cache.ts), then the caches
// themselves, made by running the bin on the paths people take (scripts/code-cache.mjs).
const loader = await build({
  ...options,
  entryPoints: [join(root, 'src/code-cache.ts')],
  outfile: join(DIST, 'code-cache.cjs'),
  metafile: true,
});
writeFileSync(join(META, 'code-cache.json'), JSON.stringify(loader.metafile, null, 1));
try {
  writeCodeCache({ root, dist: DIST, runner: join(root, 'scripts/code-cache-run.mjs') });
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exit(1);
}
