// Splits the app into CommonJS bundles along its import()s, so a run reads and compiles only
// the code of the path it takes (esbuild splits only ESM output, and on Node 20 the ESM
// loader alone costs about 10 ms a run).
//
// - The entry (src/main.ts) and what it imports statically make the first bundle.
// - What an importer listed in `groups` imports dynamically makes one bundle together
//   (main.ts's import()s are always loaded together: app.cjs).
// - Any other import() of a module or package from the sources makes a bundle of its own,
//   dist/lazy/<name>.cjs, required when that import() runs.
// - A module a bundle shares with one that is always loaded before it (its parent: the
//   bundle that imports it, or the nearest bundle every importer descends from, and so on
//   up to main.cjs) is taken from there, not bundled again: one copy of each class
//   (UsageError's `instanceof` holds), one evaluation of each module. Bundles that may
//   load without each other (text and eml) each hold what they share.
import { build } from 'esbuild';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

const SKIP = Symbol('bundles: resolving');

/** A file on disk, not one of esbuild's virtual modules ("namespace:path", "<stdin>"). */
const isFile = (path) => !/^[\w-]+:|^</.test(path);

/** `to` as a require() path from the file `from` (both relative to the output folder). */
function requirePath(from, to) {
  const path = relative(dirname(from), to).replaceAll('\\', '/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** A file name for the bundle of an import() target. */
function bundleName(specifier, resolved, root) {
  const rel = relative(root, resolved).replaceAll('\\', '/');
  const base = rel.startsWith('src/') ? rel.slice(4) : specifier;
  return base
    .replace(/\/index\.[cm]?[jt]s$|\.[cm]?[jt]sx?$/, '')
    .replace(/^@/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();
}

/**
 * Builds the bundles into `outdir`. `options` are esbuild's for every bundle; `plugins(file)`
 * adds plugins to the bundle written to `file` (relative to outdir). Returns each bundle's
 * name, file, parent and esbuild metafile.
 */
export async function buildBundles({ root, outdir, entry, groups, options, plugins }) {
  const src = resolve(root, 'src') + '/';
  const entryPath = resolve(root, entry);
  const groupNames = new Set(Object.values(groups));
  const keys = new Map(); // module path → its export name in the bundle that holds it
  const keyOf = (path) => keys.get(path) ?? keys.set(path, `m${keys.size}`).get(path);
  /**
   * name → { name, file, targets (its import() targets), importers (bundle names), exports
   * (modules later bundles take from it), parent, inputs (what it holds), imports (graph) }
   */
  const bundles = new Map();
  const targetBundle = new Map(); // import() target path → bundle name
  const order = [];

  function addBundle(name, file) {
    if (!bundles.has(name)) {
      bundles.set(name, {
        name,
        file,
        targets: new Set(),
        importers: new Set(),
        exports: new Set(),
      });
      order.push(name);
    }
    return bundles.get(name);
  }

  /** Where an import() from `importer` goes: a bundle name. */
  function place(importer, specifier, resolved) {
    const group = groups[relative(root, importer).replaceAll('\\', '/')];
    if (group) return group;
    if (!targetBundle.has(resolved)) {
      let name = bundleName(specifier, resolved, root);
      const used = new Set([...bundles.keys(), ...groupNames, ...targetBundle.values()]);
      while (used.has(name)) name += '-';
      targetBundle.set(resolved, name);
    }
    return targetBundle.get(resolved);
  }

  /** `ref` ("bundle#key"): that bundle's export `key`, as `bundle` requires it. */
  function requireExpression(bundle, ref) {
    const [name, key] = ref.split('#');
    return `require(${JSON.stringify(requirePath(bundle.file, bundles.get(name).file))}).${key}`;
  }

  /** `taken`: module path → the ancestor bundle that holds it (final builds only). */
  function splitPlugin(bundle, taken) {
    return {
      name: 'bundles',
      setup(b) {
        b.onResolve({ filter: /.*/ }, async (args) => {
          if (args.pluginData === SKIP || args.path.startsWith('node:')) return undefined;
          if (args.namespace !== 'file' && args.namespace !== '') return undefined; // virtual
          const { path, kind, importer, resolveDir } = args;
          const found = await b.resolve(path, { kind, importer, resolveDir, pluginData: SKIP });
          if (found.errors.length) return { errors: found.errors };
          const real = !found.external && found.namespace === 'file' && isAbsolute(found.path);
          if (real && kind === 'dynamic-import' && importer.startsWith(src)) {
            const name = place(importer, path, found.path);
            const target = addBundle(
              name,
              groupNames.has(name) ? `${name}.cjs` : `lazy/${name}.cjs`,
            );
            target.targets.add(found.path);
            target.importers.add(bundle.name);
            return { path: `${name}#${keyOf(found.path)}`, namespace: 'bundle-ref' };
          }
          const owner = real && taken.get(found.path);
          if (owner) return { path: `${owner}#${keyOf(found.path)}`, namespace: 'bundle-ref' };
          const { external, namespace, sideEffects, suffix } = found;
          return {
            path: found.path,
            external,
            namespace,
            sideEffects,
            suffix,
            pluginData: found.pluginData,
          };
        });
        // import() and shared modules: an ESM face over the other bundle's require(),
        // evaluated when first imported. There a module is the namespace `export * as`
        // made of it: for CommonJS, its exports as `default` beside its properties.
        b.onLoad({ filter: /.*/, namespace: 'bundle-ref' }, (args) => ({
          contents: [
            `export * from "bundle-cjs:${args.path}";`,
            `export default ${requireExpression(bundle, args.path)}.default;`,
            '',
          ].join('\n'),
          loader: 'js',
        }));
        b.onResolve({ filter: /^bundle-cjs:/ }, (args) => ({
          path: args.path.slice('bundle-cjs:'.length),
          namespace: 'bundle-cjs',
        }));
        b.onLoad({ filter: /.*/, namespace: 'bundle-cjs' }, (args) => ({
          contents: `module.exports = ${requireExpression(bundle, args.path)};\n`,
          loader: 'js',
        }));
        for (const namespace of ['bundle-ref', 'bundle-cjs']) {
          b.onResolve({ filter: /\.cjs$/, namespace }, (args) => ({
            path: args.path,
            external: true,
          }));
        }
      },
    };
  }

  function bundleBuild(bundle, taken, write) {
    const lines = [...new Set([...bundle.exports, ...bundle.targets])]
      .filter((path) => path !== entryPath)
      .map((path) => `export * as ${keyOf(path)} from ${JSON.stringify(path)};`);
    // ESM re-exports, not require(): esbuild then still drops what nothing uses (a require()
    // would wrap every module in a lazy initialiser and keep whole packages).
    if (bundle.targets.has(entryPath)) lines.push(`import ${JSON.stringify(entryPath)};`);
    return build({
      ...options,
      absWorkingDir: root,
      stdin: {
        contents: lines.join('\n'),
        resolveDir: root,
        loader: 'js',
        sourcefile: `<${bundle.name}>`,
      },
      outfile: `${outdir}/${bundle.file}`,
      write,
      metafile: true,
      plugins: [splitPlugin(bundle, taken), ...plugins(bundle.file)],
    });
  }

  // 1. Find the bundles and what each holds, following import()s from the entry.
  addBundle('main', 'main.cjs').targets.add(entryPath);
  for (let i = 0; i < order.length; i++) {
    const bundle = bundles.get(order[i]);
    const { metafile } = await bundleBuild(bundle, new Map(), false);
    const [output] = Object.values(metafile.outputs);
    // What it holds: the files with code in it (the rest were only passed through).
    bundle.inputs = Object.entries(output.inputs)
      .filter(([path, { bytesInOutput }]) => bytesInOutput > 0 && isFile(path))
      .map(([path]) => resolve(root, path));
    // Who imports what, from its own entry ("<name>") down.
    bundle.imports = new Map(
      Object.entries(metafile.inputs).map(([path, { imports }]) => [
        isFile(path) ? resolve(root, path) : path,
        imports.filter((i) => !i.external && isFile(i.path)).map((i) => resolve(root, i.path)),
      ]),
    );
  }

  // 2. Parents: the nearest bundle that is loaded before every importer's code runs.
  const chain = (name) => {
    const out = [];
    for (let at = name; at; at = bundles.get(at).parent) out.unshift(at);
    return out;
  };
  for (const name of order.slice(1)) {
    const chains = [...bundles.get(name).importers].filter((n) => n !== name).map(chain);
    let common = chains[0] ?? ['main'];
    for (const other of chains.slice(1)) common = common.filter((n, i) => other[i] === n);
    bundles.get(name).parent = common.at(-1);
  }

  // 3. A module is held by the first bundle on the chain that has it. A later bundle takes
  //    what its own code imports from there, and never reaches what lies behind that.
  const takenBy = new Map();
  for (const name of order) {
    const bundle = bundles.get(name);
    const ancestors = bundle.parent ? chain(bundle.parent).reverse() : [];
    const ownerOf = (path) => ancestors.find((n) => bundles.get(n).inputs.includes(path));
    const taken = new Map();
    const seen = new Set();
    const walk = (path) => {
      if (seen.has(path)) return;
      seen.add(path);
      const owner = ownerOf(path);
      if (owner) {
        taken.set(path, owner);
        bundles.get(owner).exports.add(path);
      } else {
        for (const imported of bundle.imports.get(path) ?? []) walk(imported);
      }
    };
    walk(`<${name}>`);
    takenBy.set(name, taken);
  }

  // 4. The bundles as written.
  const results = await Promise.all(
    order.map((name) => bundleBuild(bundles.get(name), takenBy.get(name), true)),
  );
  return order.map((name, i) => ({
    name,
    file: bundles.get(name).file,
    parent: bundles.get(name).parent,
    metafile: results[i].metafile,
  }));
}
