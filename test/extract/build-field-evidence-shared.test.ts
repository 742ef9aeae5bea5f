// Field evidence on real texts: the seed article and the dev gold texts (../shared; skipped when absent). Every
// field span is the exact substring it claims and names a field the event has; every value read from the text
// (a date other than the publication date, a place, each actor, each count, the source, a modality) has a span.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventSchema, evidenceErrors, type Event } from '../../src/core/contract.js';
import { DEFAULT_DATA_DIR, DEFAULT_GOLD_DIR } from '../../src/eval/gold-files.js';
import { SETS } from '../../src/eval/sets.js';
import { createExtractor } from '../../src/extract/index.js';
import { readFileDocument } from '../../src/ingest/read-file-document.js';

const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'examples', 'karabakh-2023-09.fr.txt');
const extractor = createExtractor();

/** The fields of `e` that should have a span, with whether they do. */
function uncovered(e: Event): string[] {
  const has = (f: string) => (e.fieldEvidence ?? []).some((x) => x.field === f);
  const want = [
    'type',
    ...(e.date && e.date.rule !== 'document date' ? ['date'] : []),
    ...(e.place ? ['place'] : []),
    ...(e.places ?? []).map((_, i) => `places[${i}]`),
    ...e.actors.map((_, i) => `actors[${i}]`),
    ...Object.keys(e.counts).map((k) => `counts.${k}`),
    ...(e.attribution ? ['attribution'] : []),
    ...(e.modality !== 'asserted' ? ['modality'] : []),
  ];
  return want.filter((f) => !has(f));
}

describe.skipIf(!existsSync(SEED))(`seed article${existsSync(SEED) ? '' : ` (skipped: ${SEED} not found; ../shared is absent)`}`, () => {
  const doc = existsSync(SEED) ? readFileDocument(SEED, { lang: 'fr' }) : null;
  const events = doc ? extractor.extract({ ...doc, id: 'seed' }).events : [];

  it('every field span of every event is exact, names a field the event has, and every field read from the text has one', () => {
    expect(events.length).toBeGreaterThan(5);
    for (const e of events) {
      expect(EventSchema.parse(e).fieldEvidence).toEqual(e.fieldEvidence);
      expect(evidenceErrors(e, doc!.text)).toEqual([]);
      expect(uncovered(e), `${e.type} ${e.evidence[0]?.text}`).toEqual([]);
    }
  });

  it('the toll of the offensive: figures, source and date point at their words', () => {
    const e = events.find((x) => x.counts.killed?.value === 200)!;
    expect(e).toBeDefined();
    const of = (f: string) => (e.fieldEvidence ?? []).filter((x) => x.field === f).map((x) => x.text);
    expect(of('counts.killed')).toEqual(['au moins 200 morts']);
    expect(of('counts.injured')).toEqual(['400 blessés']);
    expect(of('attribution').join(' ')).toContain('séparatistes arméniens');
    expect(of('date').join(' ')).toContain('mercredi');
    const source = e.actors.findIndex((a) => a.role === 'source');
    expect(of(`actors[${source}]`)).toEqual(['opération militaire azerbaïdjanaise']);
  });
});

const goldAvailable = existsSync(DEFAULT_GOLD_DIR);
describe.skipIf(!goldAvailable)(`dev gold texts${goldAvailable ? '' : ` (skipped: ${DEFAULT_GOLD_DIR} not found; ../shared is absent)`}`, () => {
  it('every field span is exact and every field read from the text has one (every 4th text of each event set)', () => {
    let events = 0;
    const problems: string[] = [];
    for (const set of SETS) {
      if (set.kind !== 'events') continue;
      const docs = set.load({ goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR }).docs.filter((_, i) => i % 4 === 0);
      for (const { input } of docs) {
        for (const e of extractor.extract(input).events) {
          events++;
          for (const err of evidenceErrors(e, input.text)) problems.push(`${set.name} ${input.id}: ${err}`);
          const missing = uncovered(e);
          if (missing.length) problems.push(`${set.name} ${input.id}: no span for ${missing.join(', ')}`);
        }
      }
    }
    expect(events).toBeGreaterThan(300);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
