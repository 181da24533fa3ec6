// Bundles the app into dist/ so the published bin runs plain JavaScript, and starts fast:
//
//   dist/main.cjs                  src/main.ts and what it imports statically: Commander and
//                                  the command line. --help and --version read nothing else.
//   dist/app.cjs                   what main.ts imports dynamically (run, luxon) and all behind
//                                  it; a module reached only through import() (prompts, eml,
//                                  clipboard, …) is evaluated when that import() runs.
//   dist/vendor/prompts.cjs        the Inquirer prompts the app uses, read only when prompting
//   dist/vendor/mail-composer.cjs  nodemailer's MailComposer, read only for --format eml
//   dist/vendor/phone.cjs          libphonenumber-js, read only for a foreign phone number
//
// clipboardy and open stay external (imported from node_modules when used): clipboardy's
// xsel fallback and open's xdg-open script live beside them, found from their own paths.
// CommonJS rather than ESM because on Node 20 the ESM loader alone costs about 10 ms and
// 2 MB of RSS per run; the bin is CommonJS too (bin/package.json).
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
/** Heavy dependencies of rare paths: import specifier → its own bundle beside main.cjs. */
const VENDOR = {
  '@inquirer/prompts': './vendor/prompts.cjs',
  'nodemailer/lib/mail-composer/index.js': './vendor/mail-composer.cjs',
  'libphonenumber-js/min': './vendor/phone.cjs',
  'ical.js': './vendor/ical.cjs',
  'windows-iana': './vendor/windows-iana.cjs',
  mailparser: './vendor/mailparser.cjs',
};

/** The names the sources import from a package (`import { a, b } from 'pkg'`). */
function importedNames(pkg, dir) {
  const names = new Set();
  const from = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'${pkg.replace('/', '\\/')}'`, 'g');
  for (const entry of readdirSync(new URL(dir, root), { recursive: true })) {
    if (!String(entry).endsWith('.ts')) continue;
    const source = readFileSync(new URL(`${dir}/${entry}`, root), 'utf8');
    for (const [, list] of source.matchAll(from)) {
      for (const name of list.split(',')) {
        const bare = name.replace(/^\s*type\s+/, '').trim();
        if (bare && !name.trim().startsWith('type ')) names.add(bare.split(/\s+as\s+/)[0]);
      }
    }
  }
  return [...names].sort();
}

/** Vendor bundles stay separate files: required by path, never bundled into main.cjs. */
const vendorExternal = {
  name: 'vendor-external',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(VENDOR).join('|').replace(/[/.]/g, '\\$&')})$`);
    b.onResolve({ filter }, (args) => ({
      path: VENDOR[args.path],
      external: true,
    }));
  },
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

// The app always builds \`new Chalk({ level })\` from its own decision (src/colour.ts), so
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

const common = {
  bundle: true,
  metafile: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

function vendor(specifier, contents) {
  return build({
    ...common,
    stdin: { contents, resolveDir: here, loader: 'js' },
    outfile: `dist/${VENDOR[specifier].slice(2)}`,
  });
}

/** dist/main.cjs: main.ts, with its import()s answered by app.cjs (as require: no ESM loader). */
const dynamic = new Set();
const toApp = {
  name: 'to-app',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import' || !/[\\/]src[\\/]main\.ts$/.test(args.importer)) return;
      if (args.path.startsWith('node:')) return; // built-ins stay require()s of themselves
      dynamic.add(args.path);
      return { path: './app.cjs', external: true };
    });
  },
};

/**
 * dist/app.cjs: a source module main.cjs already holds is taken from main.cjs, never
 * bundled twice (one UsageError class, so `instanceof` in report.ts holds).
 */
function fromMain(shared) {
  return {
    name: 'from-main',
    setup(b) {
      b.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === 'from-main') return undefined;
        const { path, namespace, kind, importer, resolveDir } = args;
        const resolved = await b.resolve(path, {
          kind,
          importer,
          resolveDir,
          namespace,
          pluginData: 'from-main',
        });
        const name = shared.get(resolved.path);
        return name ? { path: name, namespace: 'from-main' } : resolved;
      });
      b.onLoad({ filter: /.*/, namespace: 'from-main' }, (args) => ({
        contents: `module.exports = require('./main.cjs').${args.path};`,
        loader: 'js',
      }));
    },
  };
}

const here = fileURLToPath(root);
const sources = {
  external: ['clipboardy', 'open'],
  // import.meta.url (templates are found beside dist/) as CommonJS knows it.
  banner: {
    js: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;',
  },
  define: {
    __VERSION__: JSON.stringify(version),
    'import.meta.url': '__import_meta_url',
  },
};
const mainPlugins = [toApp, lazyChildProcess];

// First what main.ts holds statically and what it imports dynamically.
const { metafile: plan } = await build({
  ...common,
  ...sources,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.cjs',
  write: false,
  plugins: mainPlugins,
});
const shared = new Map(
  Object.keys(plan.inputs)
    .filter((input) => input.startsWith('src/') && input !== 'src/main.ts')
    .map((input, i) => [fileURLToPath(new URL(input, root)), `m${i}`]),
);

rmSync(new URL('dist', root), { recursive: true, force: true });
const prompts = importedNames('@inquirer/prompts', 'src');
const results = await Promise.all([
  build({
    ...common,
    ...sources,
    stdin: {
      contents: [
        "import './src/main.ts';",
        ...[...shared].map(([path, name]) => `export * as ${name} from ${JSON.stringify(path)};`),
      ].join('\n'),
      resolveDir: here,
      loader: 'js',
    },
    outfile: 'dist/main.cjs',
    supported: { 'dynamic-import': false },
    plugins: mainPlugins,
  }),
  build({
    ...common,
    ...sources,
    stdin: {
      contents: [...dynamic]
        .map((specifier) => `export * from ${JSON.stringify(specifier)};`)
        .join('\n'),
      resolveDir: fileURLToPath(new URL('src/', root)),
      loader: 'ts',
    },
    outfile: 'dist/app.cjs',
    external: [...sources.external, './main.cjs'],
    plugins: [fromMain(shared), vendorExternal, chalkWithoutDetection],
  }),
  vendor('@inquirer/prompts', `export { ${prompts.join(', ')} } from '@inquirer/prompts';`),
  // module.exports is the class itself, as import() of a CommonJS file hands it over as default.
  vendor(
    'nodemailer/lib/mail-composer/index.js',
    "module.exports = require('nodemailer/lib/mail-composer/index.js');",
  ),
  vendor(
    'libphonenumber-js/min',
    "export { parsePhoneNumberFromString } from 'libphonenumber-js/min';",
  ),
  // Read only with --invite (mailparser only for an invitation that came as an email).
  vendor('ical.js', "export { default } from 'ical.js';"),
  // Its package entry holds both its development and production builds: take the ES module.
  vendor('windows-iana', "export { findIana } from 'windows-iana/dist/windows-iana.esm.js';"),
  vendor('mailparser', "export { simpleParser } from 'mailparser';"),
]);

// The bundles carry code of these packages: their licences travel with it.
const packages = new Set();
for (const { metafile } of results) {
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match && bytesInOutput > 0) packages.add(match[1]);
    }
  }
}
const notices = [...packages].sort().map((name) => {
  const dir = new URL(`node_modules/${name}/`, root);
  const { version: v, license } = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? readFileSync(new URL(file, dir), 'utf8').trim() : `License: ${license}`;
  return `${name}@${v}\n\n${text}\n`;
});
writeFileSync(
  new URL('dist/THIRD-PARTY-LICENSES.txt', root),
  `Bundled into dist/ by scripts/build.mjs:\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
);
