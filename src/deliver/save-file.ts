import { closeSync, openSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const MAX_SLUG = 60;
const MAX_TRIES = 1000;

/**
 * A file-name part from free text: lower-case letters and digits joined by
 * hyphens, accents dropped ("PT Maju Jaya" → "pt-maju-jaya"); cut at a hyphen
 * when long. Nothing else survives: no slash, no dot, no space.
 */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  const dash = cut.lastIndexOf('-');
  return dash > 0 ? cut.slice(0, dash) : cut;
}

/**
 * Writes `content` to a new file in `dir` named from `parts`, each made a slug
 * (["wawancara", "PT Maju Jaya"] → `wawancara-pt-maju-jaya.<ext>`), or
 * `…-2.<ext>`, `…-3.<ext>` when taken: an existing file is never overwritten
 * (the name is claimed with O_EXCL, so two runs cannot race for it). Returns
 * the absolute path. A write that fails leaves no half-written file behind.
 */
export function saveNew(dir: string, parts: string[], ext: string, content: string): string {
  const base = parts.map(fileSlug).filter(Boolean).join('-') || 'batal-wawancara';
  for (let n = 1; n <= MAX_TRIES; n++) {
    const path = resolve(dir, `${n === 1 ? base : `${base}-${n}`}.${ext}`);
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      writeFileSync(fd, content);
    } catch (error) {
      closeSync(fd);
      unlinkSync(path);
      throw error;
    }
    closeSync(fd);
    return path;
  }
  throw new Error(`${MAX_TRIES} files named ${base}-….${ext} already exist in ${dir}`);
}
