// Toponym finding on POPCORN (../shared/gold/dev/popcorn-fr): recall and precision of findPlaces
// against the PLACE mentions that are proper names (capitalised), by span overlap.
// Run: npx tsx scripts/knowledge/eval-place-finder.ts [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/knowledge/index.js';

const SHARED = process.env.VIGIE_SHARED ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
const file = join(SHARED, 'gold', 'dev', 'popcorn-fr', 'train.json');
if (!existsSync(file)) {
  console.error(`eval-place-finder: ${file} not found (set VIGIE_SHARED)`);
  process.exit(2);
}
interface Doc { text: string; entities: { type: string; mentions: { value: string; start: number; end: number }[] }[] }
const docs = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Doc>);
const k = loadKnowledge();
let gold = 0, found = 0, predicted = 0, correct = 0;
const missed = new Map<string, number>();
const spurious = new Map<string, number>();
const bump = (m: Map<string, number>, s: string): void => void m.set(s, (m.get(s) ?? 0) + 1);
for (const d of docs) {
  const places = k.findPlaces(d.text);
  const spans = d.entities.filter((e) => e.type === 'PLACE').flatMap((e) => e.mentions);
  for (const m of spans) {
    if (!/^\p{Lu}/u.test(m.value)) continue;
    gold++;
    if (places.some((p) => p.span.start < m.end && m.start < p.span.end)) found++;
    else bump(missed, m.value);
  }
  predicted += places.length;
  for (const p of places) {
    if (spans.some((m) => p.span.start < m.end && m.start < p.span.end)) correct++;
    else bump(spurious, p.text);
  }
}
console.log(`findPlaces on popcorn-fr (${docs.length} documents): recall ${(100 * found / gold).toFixed(1)} % (${found}/${gold}), precision ${(100 * correct / predicted).toFixed(1)} % (${correct}/${predicted})`);
if (process.argv.includes('--verbose')) {
  const top = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([s, n]) => `${s}:${n}`).join(', ');
  console.log(`missed: ${top(missed)}\nnot gold: ${top(spurious)}`);
}
