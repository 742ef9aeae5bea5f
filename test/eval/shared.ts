// Where ../shared is, and whether tests that read it can run.
import { existsSync } from 'node:fs';
import { DEFAULT_GOLD_DIR } from '../../src/eval/gold-files.js';

export const HAS_SHARED = existsSync(DEFAULT_GOLD_DIR);
export const SHARED_SKIP_MESSAGE = `../shared/gold/dev not found at ${DEFAULT_GOLD_DIR}: gold-set tests skipped`;
if (!HAS_SHARED) console.warn(SHARED_SKIP_MESSAGE);
