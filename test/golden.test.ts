// Golden articles: one describe per folder of test/fixtures/articles/<slug>/ (source.<lang>.txt or a
// text in ../shared, meta.json, expected.json, optional must-not.json and known-misses.json).
// `npx vitest run test/golden.test.ts -t <slug>` runs one. Every event must validate against the
// contract; every "must" event must be found with its fields; nothing listed in "must not" may appear.
// Known misses are listed with a reason in known-misses.json and run as it.fails, so they are still checked.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventSchema, evidenceErrors, type Event } from '../src/core/contract.js';
import { createExtractor } from '../src/extract/index.js';
import { readFileDocument } from '../src/ingest/read-file-document.js';
import { bestMatch, violations, type ExpectedFile, type MustNot } from './extract/golden-expected.js';

const ROOT = join(import.meta.dirname, 'fixtures', 'articles');
const SHARED = join(import.meta.dirname, '..', '..', 'shared');

interface Meta {
  readonly lang: string;
  readonly date?: string;
  readonly url?: string;
  /** Text and expectations kept in ../shared (read-only material that is not copied here). */
  readonly shared?: { readonly text: string; readonly expected: string };
}

interface KnownMiss {
  readonly id: string;
  readonly field: string;
  readonly reason: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const extractor = createExtractor();

for (const slug of readdirSync(ROOT).sort()) {
  const dir = join(ROOT, slug);
  const meta = readJson<Meta>(join(dir, 'meta.json'));
  const textPath = meta.shared ? join(SHARED, meta.shared.text) : join(dir, `source.${meta.lang}.txt`);
  const expectedPath = meta.shared ? join(SHARED, meta.shared.expected) : join(dir, 'expected.json');
  const available = existsSync(textPath) && existsSync(expectedPath);

  describe.skipIf(!available)(`${slug}${available ? '' : ` (skipped: ${textPath} not found; ../shared is absent)`}`, () => {
    const doc = readFileDocument(textPath, { lang: meta.lang, ...(meta.date ? { date: meta.date } : {}) });
    const events: Event[] = [...extractor.extract({ ...doc, id: slug }).events];
    const expected = readJson<ExpectedFile>(expectedPath);
    const mustNot: (MustNot | string)[] = [
      ...(expected.must_not ?? []),
      ...(existsSync(join(dir, 'must-not.json')) ? readJson<MustNot[]>(join(dir, 'must-not.json')) : []),
    ];
    const misses = existsSync(join(dir, 'known-misses.json')) ? readJson<KnownMiss[]>(join(dir, 'known-misses.json')) : [];
    const known = (id: string, field: string) => misses.find((m) => m.id === id && m.field === field);

    it('every event validates against the contract, with exact evidence spans', () => {
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) {
        const r = EventSchema.safeParse(e);
        expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
        expect(evidenceErrors(e, doc.text)).toEqual([]);
        expect(e.confidence).toBeGreaterThan(0);
      }
    });

    for (const x of expected.must) {
      it(`must: ${x.id} (${x.type}) is found`, () => {
        expect(bestMatch(events, x), `no ${x.type} event with evidence ${JSON.stringify(x.evidence_contains)}`).not.toBeNull();
      });
      const fields = ['modality', 'context', 'acled', 'date', 'place', 'breakdown', 'counts', 'attribution', 'actors'].filter((f) => f === 'modality' || f in x);
      for (const field of fields) {
        const miss = known(x.id, field);
        const test = miss ? it.fails : it;
        test(`must: ${x.id}: ${field}${miss ? ` (known miss: ${miss.reason})` : ''}`, () => {
          const m = bestMatch(events, x);
          expect(m?.checks[field], JSON.stringify(m?.event ?? null)).toBe(true);
        });
      }
    }

    for (const rule of mustNot) {
      if (typeof rule === 'string') continue; // prose; its structured form lives in must-not.json
      it(`must not: ${rule.description}`, () => {
        const bad = violations(events, rule);
        expect(bad.length, JSON.stringify(bad.map((e) => ({ type: e.type, modality: e.modality, place: e.place?.name, attribution: e.attribution?.name })))).toBeLessThanOrEqual(rule.max ?? 0);
      });
    }
  });
}
