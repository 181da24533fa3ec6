// Bundles the app into dist/ so the published bin runs plain JavaScript.
// Dynamic imports become their own chunks, so prompts, the mail composer and
// the clipboard load only on the paths that use them.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['clipboardy'],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  define: { __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
