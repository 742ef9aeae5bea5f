// Behaviour of the event stages on short French and English texts, with a knowledge double and pinned dates.
import { describe, expect, it } from 'vitest';
import { EventSchema, evidenceErrors } from '../../src/core/contract.js';
import { ARM, ARMED_MEN, AZE, BAKU_PLACE, GAO, KARABAKH, MARDAKERT, MENAKA, RUS_MOD, SEPARATISTS, SHUSHA } from './knowledge-double.js';
import { extractWith } from './extract-helpers.js';

const extract = extractWith([GAO, MENAKA, BAKU_PLACE, SHUSHA, MARDAKERT, KARABAKH], [AZE, ARM, RUS_MOD, SEPARATISTS, ARMED_MEN]);

function valid(text: string, events: ReturnType<typeof extract>): void {
  for (const e of events) {
    expect(EventSchema.safeParse(e).success).toBe(true);
    expect(evidenceErrors(e, text)).toEqual([]);
  }
}

describe('events from short incident reports', () => {
  it('codes an attack with its place, counts and the publication date', () => {
    const text = "Attaque d'un convoi civil à 37 km de Ménaka par des individus armés. 2 morts et 3 blessés";
    const events = extract(text, '2015-01-01');
    valid(text, events);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e.type).toBe('ASSAULT');
    expect(e.place?.name).toBe('Ménaka');
    expect(e.counts.killed).toMatchObject({ value: 2, qualifier: 'exact' });
    expect(e.counts.injured).toMatchObject({ value: 3, qualifier: 'exact' });
    expect(e.date).toMatchObject({ start: '2015-01-01', precision: 'day', rule: 'document date' });
    expect(e.actors).toContainEqual(expect.objectContaining({ id: 'GEN-ARMED', role: 'source' }));
  });

  it('a casualty count alone implies an event of the registry type that carries casualties', () => {
    const text = 'Deux civils tués près de Gao.';
    const events = extract(text, '2016-03-02');
    expect(events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(events[0]!.counts.killed?.value).toBe(2);
  });

  it('"aucune victime" gives zero counts, not a missing field', () => {
    const events = extract('Tirs de roquettes sur la base de Gao. Aucune victime.', '2017-01-01');
    expect(events[0]!.counts.killed).toMatchObject({ value: 0 });
  });

  it('a text with no event gives no event', () => {
    expect(extract('Le festival de musique de Gao a attiré beaucoup de visiteurs.', '2017-01-01')).toEqual([]);
  });
});

describe('modality', () => {
  it('"une nouvelle réunion aurait lieu" is planned and has no past date', () => {
    const events = extract("La présidence a annoncé qu'une nouvelle réunion aurait lieu le plus rapidement possible.");
    const meeting = events.find((e) => e.type === 'CONSULT');
    expect(meeting?.modality).toBe('planned');
    expect(meeting?.date).toBeNull();
  });

  it('an accusation is an ACCUSE event and what it alleges is alleged', () => {
    const text = "Le ministre a accusé Bakou d'avoir lancé une offensive contre les civils.";
    const events = extract(text);
    const accuse = events.find((e) => e.type === 'ACCUSE');
    expect(accuse?.modality).toBe('asserted');
    expect(accuse?.actors).toContainEqual(expect.objectContaining({ id: 'AZE-GOV', role: 'target' }));
    expect(events.find((e) => e.type === 'ASSAULT')?.modality).toBe('alleged');
  });

  it('a denial makes the denied event denied', () => {
    const events = extract("L'armée a démenti avoir bombardé le village.");
    expect(events.find((e) => e.type === 'ASSAULT')?.modality).toBe('denied');
  });

  it('a conditional makes the event hypothetical', () => {
    const events = extract('Une offensive pourrait être lancée contre Gao.');
    expect(events.find((e) => e.type === 'ASSAULT')?.modality).toBe('hypothetical');
  });

  it('English: "will take place" is planned', () => {
    const events = extract('The presidency announced that new talks will take place soon.', '2023-09-22', 'en');
    expect(events.find((e) => e.type === 'CONSULT')?.modality).toBe('planned');
  });
});

describe('attribution and counts', () => {
  it('a figure claimed by someone carries that claim, with the qualifier shared by "et"', () => {
    const text = "Selon le dernier bilan des séparatistes arméniens, l'opération militaire a fait au moins 200 morts et 400 blessés.";
    const e = extract(text).find((x) => x.counts.killed);
    expect(e?.attribution?.name).toBe('séparatistes arméniens');
    expect(e?.attribution?.actor?.id).toBe('NK-SEP');
    expect(e?.counts.killed).toMatchObject({ value: 200, qualifier: 'at_least' });
    expect(e?.counts.injured).toMatchObject({ value: 400, qualifier: 'at_least' });
    expect(e?.actors.map((a) => a.id)).not.toContain('NK-SEP');
  });

  it('"X a affirmé" attributes to X; the outlet itself gives a null attribution', () => {
    const said = extract("Le ministère russe de la Défense a affirmé que trois soldats ont été tués à Gao.").find((e) => e.type === 'ASSAULT');
    expect(said?.attribution?.actor?.id).toBe('RUS-MOD');
    expect(extract('Trois soldats ont été tués à Gao.')[0]?.attribution).toBeNull();
  });

  it('two sources with different figures are two claims', () => {
    const text = "Selon l'armée, l'attaque de Gao a fait 5 morts. Selon les rebelles, l'attaque de Gao a fait 12 morts.";
    const killed = extract(text).filter((e) => e.counts.killed).map((e) => e.counts.killed?.value).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(killed).toEqual([5, 12]);
  });

  it('a breakdown by district gives places[] and the total count', () => {
    const text = 'Au Haut-Karabakh, "cinq violations du cessez-le-feu" ont été enregistrées "dans les districts de Chucha (deux) et de Mardakert (trois)", selon le ministère russe de la Défense.';
    const e = extract(text).find((x) => x.context.includes('ceasefire_violation'));
    expect(e?.type).toBe('ASSAULT');
    expect(e?.counts.violations).toMatchObject({ value: 5 });
    expect(e?.places?.map((p) => p.name)).toEqual(['Shusha', 'Mardakert']);
    expect(e?.place?.name).toBe('Nagorno-Karabakh');
    expect(e?.attribution?.actor?.id).toBe('RUS-MOD');
  });
});

describe('metonymy and coreference', () => {
  it('"Bakou" as a subject stands for the government, not for the place of the event', () => {
    const events = extract("Le ministre a dénoncé une campagne de désinformation de Bakou.");
    const e = events.find((x) => x.type === 'ACCUSE');
    expect(e?.place).toBeNull();
    expect(e?.actors.map((a) => a.id)).toContain('AZE-GOV');
  });

  it('"à Bakou" is a place', () => {
    const e = extract('Trois personnes ont été tuées à Bakou.').find((x) => x.type === 'ASSAULT');
    expect(e?.place?.name).toBe('Baku');
  });

  it('the same talks told in the lede and the body are one event with several evidence spans', () => {
    const text = 'Les discussions ont repris à Gao.\n\nLes discussions entre les deux camps ont débuté jeudi à Gao, selon les observateurs.';
    const talks = extract(text, '2023-09-22').filter((e) => e.type === 'CONSULT');
    expect(talks).toHaveLength(1);
    expect(talks[0]!.evidence.length).toBe(2);
    expect(talks[0]!.date?.start).toBe('2023-09-21');
  });

  it('confidence grows with the evidence behind an event', () => {
    const bare = extract('Des violences ont eu lieu hier soir près de Gao. 3 morts.', '2017-01-01')[0];
    const rich = extract("Attaque d'un convoi à Gao par des individus armés jeudi. 3 morts et 2 blessés.", '2017-01-06')[0];
    expect(bare && rich).toBeTruthy();
    expect(rich!.confidence).toBeGreaterThan(bare!.confidence);
  });
});
