// Where the built dashboard is: VIGIE_WEB_ROOT, else dist/web next to the compiled API
// (dist/api → dist/web), else <repo>/dist/web when running from sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function defaultWebRoot(): string {
  if (process.env.VIGIE_WEB_ROOT) return process.env.VIGIE_WEB_ROOT;
  const besideDist = fileURLToPath(new URL('../web', import.meta.url));
  if (existsSync(`${besideDist}/index.html`)) return besideDist;
  return fileURLToPath(new URL('../../dist/web', import.meta.url));
}

/** The package root (for examples/): two levels above src/api or dist/api. */
export function packageRoot(): string {
  return fileURLToPath(new URL('../..', import.meta.url));
}
