// `npm run eval:baseline -- --reason "why"`: runs the baseline subset and rewrites eval/baseline.json.
// Record it deliberately, in its own commit, with the reason.
import { writeFileSync } from 'node:fs';
import { BASELINE_PATH, BASELINE_SUBSET, baselineFromReport } from './baseline.js';
import { runEval } from './run-eval.js';

const i = process.argv.indexOf('--reason');
const reason = i >= 0 ? process.argv[i + 1] : undefined;
if (!reason) {
  process.stderr.write('eval:baseline: give the reason for the new baseline: npm run eval:baseline -- --reason "..."\n');
  process.exit(2);
}
const report = await runEval({ sets: BASELINE_SUBSET.sets, limit: BASELINE_SUBSET.limit, worst: 0 });
const skipped = report.sets.filter((s) => s.skipped);
if (skipped.length) {
  process.stderr.write(`eval:baseline: not written: ${skipped.map((s) => `${s.name}: ${s.skipped}`).join('; ')}\n`);
  process.exit(1);
}
const baseline = baselineFromReport(report, reason);
writeFileSync(BASELINE_PATH, `${JSON.stringify(baseline, null, 2)}\n`);
process.stdout.write(`${BASELINE_PATH}\n${JSON.stringify(baseline.figures, null, 2)}\n`);
