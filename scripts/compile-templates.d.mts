/** A template's source text compiled to a function expression `(view) => string`. */
export function compileTemplate(source: string, file?: string): string;
/** A CommonJS module exporting each template of `sources` ({ name: source text }) compiled. */
export function compileModule(sources: Record<string, string>, folder?: string): string;
/** The languages under `root` (its folders) and, for each, its templates' source texts. */
export function readTemplates(root: string): Record<string, Record<string, string>>;
/** The module the bundle uses in place of src/messages/load-templates.ts. */
export function loaderSource(langs: string[], from?: string): string;
