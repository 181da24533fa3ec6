/** The part of an esbuild metafile the checks read: which files each output holds. */
export interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** A module an output holds that it should not, and why. */
export interface Finding {
  output: string;
  module: string;
  why: string;
}

/** esbuild's virtual modules ("namespace:path", "<stdin>") are the build's glue, not code. */
const isVirtual = (input: string): boolean => /^[\w-]+:|^</.test(input);

/** The modules (source and package files) that `output` holds, by the metafiles' account. */
export function modulesIn(metafiles: Metafile[], output: string): string[] {
  const modules = new Set<string>();
  for (const metafile of metafiles) {
    for (const [input, { bytesInOutput }] of Object.entries(
      metafile.outputs[output]?.inputs ?? {},
    )) {
      if (bytesInOutput > 0 && !isVirtual(input)) modules.add(input);
    }
  }
  return [...modules].sort();
}

/** Every output the metafiles describe. */
export function outputsOf(metafiles: Metafile[]): string[] {
  return [...new Set(metafiles.flatMap((m) => Object.keys(m.outputs)))].sort();
}

/** The modules of `output` that match none of `allowed`. */
export function outsideOf(metafiles: Metafile[], output: string, allowed: RegExp[]): string[] {
  return modulesIn(metafiles, output).filter((module) => !allowed.some((a) => a.test(module)));
}

/**
 * What the outputs a run `loaded` hold that the run does not need: modules matching
 * `forbidden`, and modules the build placed in an output the run did not load (those are
 * the code of other paths).
 */
export function unneededModules(
  metafiles: Metafile[],
  loaded: string[],
  forbidden: RegExp[],
): Finding[] {
  const elsewhere = new Map<string, string>();
  for (const output of outputsOf(metafiles).filter((o) => !loaded.includes(o))) {
    for (const module of modulesIn(metafiles, output)) elsewhere.set(module, output);
  }
  const findings: Finding[] = [];
  for (const output of loaded) {
    for (const module of modulesIn(metafiles, output)) {
      const pattern = forbidden.find((f) => f.test(module));
      const other = elsewhere.get(module);
      if (pattern) findings.push({ output, module, why: `matches ${pattern}` });
      else if (other) findings.push({ output, module, why: `belongs to ${other}` });
    }
  }
  return findings;
}
