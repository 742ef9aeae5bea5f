// `npm run eval` entry: runs `vigie eval` from the sources (no build needed), e.g. `npm run eval -- --limit 50`.
import { run } from '../cli/main.js';

process.exitCode = await run([process.argv[0] ?? 'node', 'vigie', 'eval', ...process.argv.slice(2)]);
