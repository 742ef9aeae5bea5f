#!/usr/bin/env node
// Entry point of the `vigie` command: runs the compiled CLI (dist/, written by `npm run build`, which
// `npm install` runs). When dist/ is missing (an install with --ignore-scripts), it runs the TypeScript
// sources through tsx, a dev dependency, so `npx vigie extract` still works from a checkout.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli', 'main.js');
let main = compiled;
if (!existsSync(compiled)) {
  try {
    const { register } = await import('tsx/esm/api');
    register();
    main = join(root, 'src', 'cli', 'main.ts');
  } catch {
    process.stderr.write('vigie: dist/ is missing and tsx is not installed; run `npm install` (it builds dist/) first.\n');
    process.exit(2);
  }
}
const { run } = await import(pathToFileURL(main).href);
process.exitCode = await run(process.argv);
