// Splits the app into CommonJS bundles along its import()s, so a run reads and compiles only
// the code of the path it takes (esbuild splits only ESM output, and on Node 20 the ESM
// loader alone costs about 10 ms a run).
//
// - The entry (src/main.ts) and what it imports statically make the first bundle.
// - Each import() of a module or package from the sources makes a bundle of its own,
//   dist/lazy/<name>.cjs (or the name `named` gives it: src/run.ts is dist/app.cjs),
//   required when that import() runs.
// - Each module is in exactly one bundle (one evaluation, one copy of each class: the
//   `instanceof` checks hold): in the first bundle on the way that needs it, when every
//   bundle that needs it loads after that one (its parent: the bundle that imports it, or
//   the nearest bundle all its importers load after); else, when bundles that load without
//   each other share it (Inquirer in two prompts, chalk in the prompts and the text output),
//   in a bundle of its own in dist/lazy/, which each of them requires.
import { build } from 'esbuild';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

const SKIP = Symbol('bundles: resolving');

/** A file on disk, not one of esbuild's virtual modules ("namespace:path", "<stdin>"). */
const isFile = (path) => !/^[\w-]+:|^</.test(path);

/** Whether `name` can name a constant (`export const { name } = …`). */
function isBinding(name) {
  if (!/^[A-Za-z_$][\w$]*$/.test(name) || name === '__module') return false;
  try {
    new Function(`'use strict'; const ${name} = 0;`);
    return true;
  } catch {
    return false;
  }
}

/** `to` as a require() path from the file `from` (both relative to the output folder). */
function requirePath(from, to) {
  const path = relative(dirname(from), to).replaceAll('\\', '/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** A file name for the bundle of a module: its path under src/, or its package. */
function moduleName(path, root, specifier) {
  const rel = relative(root, path).replaceAll('\\', '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel)?.[1];
  const base = rel.startsWith('src/') ? rel.slice(4) : (specifier ?? pkg ?? rel);
  return base
    .replace(/\/index\.[cm]?[jt]s$|\.[cm]?[jt]sx?$/, '')
    .replace(/^@/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();
}

/**
 * Builds the bundles into `outdir`. `options` are esbuild's for every bundle; `plugins(file)`
 * adds plugins to the bundle written to `file` (relative to outdir). Returns each bundle's
 * name, file and esbuild metafile.
 */
export async function buildBundles({ root, outdir, entry, named, options, plugins }) {
  const src = resolve(root, 'src') + '/';
  const entryPath = resolve(root, entry);
  const fixedNames = new Map(
    Object.entries(named).map(([path, file]) => [resolve(root, path), file.replace(/\.cjs$/, '')]),
  );
  const keys = new Map(); // module path → its export name in the bundle that holds it
  const keyOf = (path) => keys.get(path) ?? keys.set(path, `m${keys.size}`).get(path);
  /**
   * name → { name, file, targets (modules it exports for its import()s), importers (bundle
   * names), parent, needs (modules with code in it, planned alone), exports (modules other
   * bundles take from it), taken (module → the bundle it is taken from) }
   */
  const bundles = new Map();
  const targetBundle = new Map(); // import() target path → bundle name
  const graph = new Map(); // module path → the module paths it imports
  const formats = new Map(); // module path → 'esm' | 'cjs'
  const exportNames = new Map(); // ES module path → its export names
  const order = [];

  function addBundle(name, file) {
    if (!bundles.has(name)) {
      const bundle = { name, file, targets: new Set(), importers: new Set(), exports: new Set() };
      bundles.set(name, Object.assign(bundle, { taken: new Map() }));
      order.push(name);
    }
    return bundles.get(name);
  }

  /** A bundle name not used yet, from `name`. */
  function freshName(name) {
    const used = new Set([...bundles.keys(), ...fixedNames.values(), ...targetBundle.values()]);
    let fresh = name;
    for (let n = 2; used.has(fresh); n++) fresh = `${name}-${n}`;
    return fresh;
  }

  /** The bundle of an import() target: its name and file. */
  function place(specifier, resolved) {
    const fixed = fixedNames.get(resolved);
    if (fixed) return [fixed, `${fixed}.cjs`];
    if (!targetBundle.has(resolved)) {
      targetBundle.set(resolved, freshName(moduleName(resolved, root, specifier)));
    }
    const name = targetBundle.get(resolved);
    return [name, `lazy/${name}.cjs`];
  }

  /** `ref` ("bundle#key"): that bundle's export `key`, as `bundle` requires it. */
  function requireExpression(bundle, ref) {
    const [name, key] = ref.split('#');
    return `require(${JSON.stringify(requirePath(bundle.file, bundles.get(name).file))}).${key}`;
  }

  /**
   * The ES module standing for module `ref` ("bundle#key") in `bundle`. An ES module's export
   * names are spelt out, so that esbuild still sees which of them are used (through a
   * package's index, `export *` of an unknown set would keep the whole package).
   */
  function face(bundle, ref) {
    const source = requireExpression(bundle, ref);
    const path = [...keys].find(([, key]) => key === ref.split('#')[1])?.[0];
    const names = exportNames.get(path);
    if (!names || !names.every((n) => n === 'default' || isBinding(n))) {
      return `export * from "bundle-cjs:${ref}";\nexport default ${source}.default;\n`;
    }
    const named = names.filter((n) => n !== 'default');
    return [
      `const __module = ${source};`,
      named.length ? `export const { ${named.join(', ')} } = __module;` : '',
      names.includes('default') ? 'export default __module.default;' : '',
      '',
    ].join('\n');
  }

  function splitPlugin(bundle) {
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
            const [name, file] = place(path, found.path);
            const target = addBundle(name, file);
            target.targets.add(found.path);
            target.importers.add(bundle.name);
            return { path: `${name}#${keyOf(found.path)}`, namespace: 'bundle-ref' };
          }
          const owner = real && bundle.taken.get(found.path);
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
          contents: face(bundle, args.path),
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

  function bundleBuild(bundle, write) {
    // ESM re-exports, not require(): esbuild then still drops what nothing uses (a require()
    // would wrap every module in a lazy initialiser and keep whole packages).
    const lines = [...new Set([...bundle.exports, ...bundle.targets])]
      .filter((path) => path !== entryPath)
      .map((path) => `export * as ${keyOf(path)} from ${JSON.stringify(path)};`);
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
      plugins: [splitPlugin(bundle), ...plugins(bundle.file)],
    });
  }

  // 1. Find the bundles and what each needs, following import()s from the entry.
  addBundle('main', 'main.cjs').targets.add(entryPath);
  for (let i = 0; i < order.length; i++) {
    const bundle = bundles.get(order[i]);
    const { metafile } = await bundleBuild(bundle, false);
    const [output] = Object.values(metafile.outputs);
    // The files with code in it (the rest were only passed through).
    bundle.needs = new Set(
      Object.entries(output.inputs)
        .filter(([path, { bytesInOutput }]) => bytesInOutput > 0 && isFile(path))
        .map(([path]) => resolve(root, path)),
    );
    for (const [path, { imports, format }] of Object.entries(metafile.inputs)) {
      if (!isFile(path)) continue;
      formats.set(resolve(root, path), format);
      const files = imports.filter((i) => !i.external && isFile(i.path));
      graph.set(
        resolve(root, path),
        files.map((i) => resolve(root, i.path)),
      );
    }
  }
  const entries = [...order];

  // 2. Parents: the nearest bundle that is loaded before every importer's code runs (an
  //    importer may be found after the bundle it imports: each parent is worked out on
  //    demand; an import() back from a bundle's own descendants does not count).
  const parents = new Map([['main', undefined]]);
  const chain = (name, visiting = new Set()) => {
    if (!parents.has(name)) {
      visiting.add(name);
      const chains = [...bundles.get(name).importers]
        .filter((n) => !visiting.has(n))
        .map((n) => chain(n, visiting));
      visiting.delete(name);
      let common = chains[0] ?? ['main'];
      for (const other of chains.slice(1)) common = common.filter((n, i) => other[i] === n);
      parents.set(name, common.at(-1));
    }
    const parent = parents.get(name);
    return [...(parent === undefined ? [] : chain(parent, visiting)), name];
  };
  for (const name of entries) chain(name);

  // 3. The bundle each module is in: the bundles that need it, less those that load after
  //    another of them; one left is the owner, several share a bundle of their own.
  const owner = new Map();
  const groupsOfShared = new Map(); // "a+b" → the modules bundles a and b share
  const ancestors = (name) => chain(name).slice(0, -1);
  for (const path of new Set(entries.flatMap((n) => [...bundles.get(n).needs]))) {
    const needing = entries.filter((n) => bundles.get(n).needs.has(path));
    const first = needing.filter((n) => !ancestors(n).some((a) => needing.includes(a)));
    const group = first.join('+');
    if (first.length === 1) owner.set(path, group);
    else groupsOfShared.set(group, [...(groupsOfShared.get(group) ?? []), path]);
  }
  for (const [group, paths] of groupsOfShared) {
    // Shared code stays in a bundle named in `named` (app.cjs: every run loads it) or in the
    // bundle of an import() target among it; the others then require that bundle. Else it
    // gets a bundle of its own, named after its first source module, or after the package
    // most of it comes from.
    const sharers = group.split('+');
    const targetOf =
      sharers.find((n) => [...fixedNames.values()].includes(n)) ??
      sharers.find((n) => [...bundles.get(n).targets].some((t) => paths.includes(t)));
    const sources = paths.filter((p) => p.startsWith(src)).sort();
    const names = paths.map((p) => moduleName(p, root));
    const count = (n) => names.filter((x) => x === n).length;
    const common = [...names].sort((a, b) => count(b) - count(a))[0];
    const name = targetOf ?? freshName(sources.length ? moduleName(sources[0], root) : common);
    addBundle(name, `lazy/${name}.cjs`);
    for (const path of paths) owner.set(path, name);
  }

  // 4. What each bundle takes from another: from its own modules down, every module
  //    another bundle holds (and nothing behind it). What is taken, that bundle exports.
  const work = entries.map((name) => [name, [...bundles.get(name).targets]]);
  const seen = new Map(order.map((name) => [name, new Set()]));
  while (work.length) {
    const [name, paths] = work.pop();
    const bundle = bundles.get(name);
    for (const path of paths) {
      if (seen.get(name).has(path)) continue;
      seen.get(name).add(path);
      const holder = owner.get(path);
      if (holder && holder !== name) {
        bundle.taken.set(path, holder);
        bundles.get(holder).exports.add(path);
        work.push([holder, [path]]);
      } else {
        work.push([name, graph.get(path) ?? []]);
      }
    }
  }

  // 5. The export names of the ES modules that bundles take from another.
  const faced = [
    ...new Set(order.flatMap((n) => [...bundles.get(n).taken.keys(), ...bundles.get(n).targets])),
  ];
  const esm = faced.filter((path) => formats.get(path) === 'esm');
  if (esm.length) {
    const { metafile } = await build({
      absWorkingDir: root,
      entryPoints: esm,
      outdir: `${outdir}/.exports`,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    for (const { entryPoint, exports } of Object.values(metafile.outputs)) {
      if (entryPoint) exportNames.set(resolve(root, entryPoint), exports);
    }
  }

  // 6. The bundles as written.
  const results = await Promise.all(order.map((name) => bundleBuild(bundles.get(name), true)));
  return order.map((name, i) => ({
    name,
    file: bundles.get(name).file,
    metafile: results[i].metafile,
  }));
}
