// Every event type of the registry: a well-formed definition, trigger rows in every language pack, and
// each row's example sentence producing an event of that type (the rows document themselves).
import { describe, expect, it } from 'vitest';
import { COUNT_KINDS, EventSchema, PLOVER_TYPES } from '../../src/core/contract.js';
import { EVENT_TYPES, getEventType } from '../../src/events/index.js';
import { createExtractor } from '../../src/extract/index.js';
import { LANGUAGE_PACKS } from '../../src/lang/index.js';
import { knowledgeDouble } from '../extract/knowledge-double.js';

const extractor = createExtractor({ knowledge: knowledgeDouble(), fallbackPacks: [] });

describe('event-type registry', () => {
  it('holds each PLOVER type exactly once', () => {
    expect(EVENT_TYPES.map((t) => t.id).sort()).toEqual([...PLOVER_TYPES].sort());
  });

  for (const t of EVENT_TYPES) {
    describe(t.id, () => {
      it('has a valid definition', () => {
        expect(getEventType(t.id)).toBe(t);
        expect(t.description.length).toBeGreaterThan(10);
        if (t.cameo) expect(t.cameo).toMatch(/^\d{2,4}$/);
        for (const k of t.countKinds) expect(COUNT_KINDS).toContain(k);
        if (t.acled) expect(t.acled.event_type.length).toBeGreaterThan(0);
      });

      for (const pack of LANGUAGE_PACKS) {
        const rows = pack.triggers.filter((r) => r.type === t.id);
        it(`${pack.code}: has trigger rows`, () => expect(rows.length).toBeGreaterThan(0));
        for (const row of rows.filter((r) => !r.weak)) {
          it(`${pack.code}: "${row.example}" gives a ${t.id} event`, () => {
            const r = extractor.extract({ id: 'ex', text: row.example, date: '2020-06-15', lang: pack.code });
            expect(r.events.map((e) => e.type)).toContain(t.id);
            for (const e of r.events) expect(EventSchema.safeParse(e).success).toBe(true);
            const e = r.events.find((x) => x.type === t.id)!;
            if (row.mode) expect(t.modes).toContain(row.mode);
            for (const c of row.context ?? []) expect(e.context).toContain(c);
          });
        }
      }
    });
  }
});
