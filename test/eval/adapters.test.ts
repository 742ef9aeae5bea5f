import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, DEFAULT_GOLD_DIR } from '../../src/eval/gold-files.js';
import * as mali from '../../src/eval/adapters/mali-incidents-fr.js';
import * as ucdp from '../../src/eval/adapters/ucdp-ged.js';
import * as popcorn from '../../src/eval/adapters/popcorn-fr.js';
import * as case2021 from '../../src/eval/adapters/case2021-task2.js';
import * as plover from '../../src/eval/adapters/plover-gsr.js';
import * as petrarch from '../../src/eval/adapters/petrarch-validation.js';
import { loadMapping } from '../../src/eval/mappings.js';
import { haversineKm } from '../../src/eval/geo.js';
import { runDuckling } from '../../src/eval/parsers/duckling.js';
import { runEuropeanaNer } from '../../src/eval/parsers/ner-europeana.js';
import { HAS_SHARED } from './shared.js';

const opts = { goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR };

describe('mapping tables', () => {
  it('maps mali type_incident tokens by priority and target', () => {
    const table = loadMapping('mali-type-incident.tsv');
    expect(mali.mapMaliType('Attaque', 'Civil', table)?.acled).toEqual({ event_type: 'Violence against civilians', sub_event_type: 'Attack' });
    expect(mali.mapMaliType('Attaque', 'MINUSMA', table)?.acled?.event_type).toBe('Battles');
    expect(mali.mapMaliType('Attaque; Mine', 'MINUSMA', table)?.acled?.sub_event_type).toBe('Remote explosive/landmine/IED');
    expect(mali.mapMaliType('Accident; crash', 'MINUSMA', table)?.event).toBe(false);
    expect(mali.mapMaliType('Inconnu', '', table)).toBeNull();
    expect(mali.repairMojibake('MÃ©naka')).toBe('Ménaka');
    expect(mali.repairMojibake('Ménaka')).toBe('Ménaka');
  });
  it('has a row for every CASE 2021 sub-type, PLOVER types valid', () => {
    const labels = loadMapping('case2021-subtypes.tsv').map((m) => m.label);
    expect(labels).toHaveLength(30);
    expect(labels).toContain('ARMED_CLASH');
  });
});

describe.skipIf(!HAS_SHARED)('gold adapters on ../shared/gold/dev', () => {
  it('mali-incidents-fr: text, date, places from localites_mali.csv, counts', () => {
    const s = mali.load({ ...opts, limit: 5 });
    expect(s.docs).toHaveLength(5);
    const d = s.docs[0]!;
    expect(d.input).toMatchObject({ id: 'mali-incidents-fr:1', date: '2015-01-01', lang: 'fr' });
    expect(d.input.text).toBe("Attaque d'un convoi civil à 37 km d’Andéranboukane sur l’axe reliant la localité à Ménaka. 2 morts (dont le maire d’Andéranboukane)");
    const e = d.events[0]!;
    expect(e).toMatchObject({ type: 'ASSAULT', killed: { value: 2 }, injured: { value: 0 }, date: { start: '2015-01-01', end: '2015-01-01' } });
    expect(e.places?.map((p) => p.name)).toEqual(['Anderamboukane', 'Ménaka']); // names as localites_mali.csv spells them
    const menaka = e.places?.[1];
    expect(haversineKm(menaka!.lat!, menaka!.lon!, 15.918, 2.402)).toBeLessThan(10);
  });

  it('ucdp-ged-ukraine: headline text, dd/mm/yyyy publication date, deaths only when stated', () => {
    const s = ucdp.load(ucdp.LAYOUTS['ucdp-ged-ukraine']!, { ...opts, limit: 50 });
    expect(s.docs).toHaveLength(50);
    for (const d of s.docs) {
      expect(d.input.text.length).toBeGreaterThan(0);
      expect(d.input.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const e = d.events[0]!;
      expect(e.type).toBe('ASSAULT');
      // The country is scored only when the headline names it or the place.
      if (e.places?.[0]?.country) expect(e.places[0].country).toBe('UKR');
      if (e.killed) expect(d.input.text).toMatch(new RegExp(`\\b(${[e.killed.value, e.killed.low, e.killed.high].join('|')})\\b`));
    }
  });

  it('ucdp-ged-ukraine: a bare place-name headline states no event; a report published later states no date', () => {
    const s = ucdp.load(ucdp.LAYOUTS['ucdp-ged-ukraine']!, opts);
    const placeOnly = s.docs.filter((d) => /^[\p{L}' -]+$/u.test(d.input.text) && d.input.text.split(' ').length <= 2);
    expect(placeOnly.length).toBeGreaterThan(100);
    for (const d of placeOnly) expect(d.events[0]!.stated).toBe(false);
    const stated = s.docs.filter((d) => d.events[0]!.stated !== false);
    expect(stated.length).toBeGreaterThan(900);
    for (const d of s.docs.filter((x) => x.events[0]!.stated === false)) expect(d.events[0]!.date).toBeUndefined();
    // Ukraine's own name there says where; its side is named by the demonym ("Ukrainian forces").
    const ukr = s.docs.filter((d) => d.events[0]!.actorCountries?.includes('UKR'));
    expect(ukr.length).toBeGreaterThan(100);
    for (const d of ukr) expect(d.input.text).toMatch(/ukrain(?:ian|ien)/i);
  });

  it('ucdp-ged-car: leaves out rows without a headline and maps countries to ISO-3', () => {
    const s = ucdp.load(ucdp.LAYOUTS['ucdp-ged-car']!, opts);
    expect(s.docs).toHaveLength(814);
    expect(new Set(s.docs.map((d) => d.events[0]!.places?.[0]?.country))).toContain('CAF');
  });

  it('popcorn-fr: conflict entities become events, other texts are negatives', () => {
    const s = popcorn.load(opts);
    expect(s.docs).toHaveLength(400);
    const bomb = s.docs.find((d) => d.input.id === 'popcorn-fr:1_1989')!;
    expect(bomb.events.map((e) => e.label)).toContain('BOMBING');
    const fire = s.docs.find((d) => d.input.id === 'popcorn-fr:5_1342')!;
    expect(fire.events).toEqual([]);
    expect(popcorn.popcornDay('29/03/2019')).toBe('2019-03-29');
    expect(popcorn.popcornDay('00/00/2017')).toBeNull();
  });

  it('case2021-task2, plover-gsr, petrarch-validation load with their types', () => {
    const c = case2021.load(opts);
    expect(c.docs).toHaveLength(529);
    expect(c.docs.filter((d) => d.events.length === 0).length).toBe(66); // ORG_CRIME 15 + NATURAL_DISASTER 21 + MAN_MADE_DISASTER 30
    const p = plover.load(opts);
    expect(p.docs[0]!.events[0]).toMatchObject({ type: 'AGREE', actorCountries: ['USA', 'JOR'] });
    expect(p.docs.every((d) => d.events[0]!.type !== undefined)).toBe(true);
    const t = petrarch.load(opts);
    expect(t.docs.find((d) => d.input.id === 'petrarch-validation:AGENT-09')!.events).toEqual([{ type: 'REJECT', label: '122' }]); // CAMEO2PLOVER: 12x → REJECT
  });

  it('duckling-time-numeral and ner-fr-europeana score the components alone', async () => {
    const d = await runDuckling({ ...opts, limit: 10 });
    expect(d.skipped).toBeUndefined();
    expect(d.fields.fr_numeral?.total).toBe(10);
    expect(d.fields.en_numeral?.total).toBe(10);
    expect(d.fields.fr_ordinal?.total).toBe(10);
    const n = await runEuropeanaNer({ ...opts, limit: 3 });
    expect(n.docs).toBe(3);
    expect(n.fields.loc_recall_exact?.total).toBeGreaterThan(0);
  });
});
