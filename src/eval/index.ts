// Public surface of the evaluation harness.
export type * from './types.js';
export { runEval, UnknownSetError, type RunEvalOptions } from './run-eval.js';
export { SET_NAMES } from './sets.js';
export { formatReport } from './format-report.js';
export { DEFAULT_GOLD_DIR, REPO_ROOT, SHARED_DIR } from './gold-files.js';
