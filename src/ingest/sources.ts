// Command-line paths → the files to read: directories walked recursively (sorted, hidden entries
// skipped, include/exclude globs on the path relative to the directory), "-" for stdin.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { formatForName } from './formats.js';

export interface SourceFile {
  /** Path to read, or "-" for stdin. */
  readonly path: string;
  /** Default document id: the path relative to the directory given, or the file's name. */
  readonly id: string;
  /** Origin recorded with documents and quarantine entries (absolute path, so `quarantine retry` works from anywhere). */
  readonly origin: string;
}

export interface ExpandOptions {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

export interface Expanded {
  readonly files: SourceFile[];
  /** Files inside directories that were not read (unknown format or excluded), with why. */
  readonly skipped: string[];
  /** Paths given that do not exist or cannot be listed, with the reason. */
  readonly missing: { path: string; reason: string }[];
}

function matcher(globs: readonly string[] | undefined): ((p: string) => boolean) | null {
  if (!globs || globs.length === 0) return null;
  return picomatch([...globs], { dot: true, basename: true });
}

export function expandSources(paths: readonly string[], opts: ExpandOptions = {}): Expanded {
  const include = matcher(opts.include);
  const exclude = matcher(opts.exclude);
  const files: SourceFile[] = [];
  const skipped: string[] = [];
  const missing: { path: string; reason: string }[] = [];
  for (const p of paths) {
    if (p === '-') {
      files.push({ path: '-', id: 'stdin', origin: 'stdin' });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      missing.push({ path: p, reason: `${p}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      continue;
    }
    if (!isDir) {
      const name = basename(p);
      if ((include && !include(name)) || exclude?.(name)) skipped.push(`${p} (excluded)`);
      else files.push({ path: p, id: name, origin: resolve(p) });
      continue;
    }
    walk(p, p, (file) => {
      const rel = relative(p, file).split(sep).join('/');
      if (exclude?.(rel)) skipped.push(`${file} (excluded)`);
      else if (include && !include(rel)) skipped.push(`${file} (not included)`);
      else if (!formatForName(rel)) skipped.push(`${file} (unknown format)`);
      else files.push({ path: file, id: rel, origin: resolve(file) });
    }, missing);
  }
  return { files, skipped, missing };
}

function walk(dir: string, root: string, onFile: (path: string) => void, missing: { path: string; reason: string }[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    missing.push({ path: dir, reason: `${dir}: cannot list (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, root, onFile, missing);
    else if (e.isFile()) onFile(full);
  }
}
