// French extraction rules over the committed knowledge files (data/): press headlines without a finite
// verb ("RCA : deux civils abattus par …"), casualty phrasings, non-conflict happenings that must not
// become conflict events, and places that are not where the event happened.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string, date = '2022-05-10'): Event[] => [...extractor.extract({ id: 'fr', text, date, lang: 'fr' }).events];
const ofType = (text: string, type: string) => run(text).filter((e) => e.type === type);
const roles = (e: Event | undefined) => (e?.actors ?? []).map((a) => `${a.id ?? a.name}:${a.role}`).sort();

describe('headlines without a finite verb', () => {
  it('reads a participle followed by its agent as a passive: the victims are targets', () => {
    const [e] = ofType('RCA : deux civils froidement abattus par les mercenaires russes dans la localité de Kabo', 'ASSAULT');
    expect(e?.counts.killed?.value).toBe(2);
    expect(roles(e)).toEqual(['GEN-CIVILIANS:target', 'WAGNER:source']);
    expect(e?.place?.name).toBe('Kabo');
  });

  it('keeps an active verb active when "par" introduces a manner, not an agent', () => {
    const [e] = ofType('Les rebelles ont attaqué le village de Kabo par surprise.', 'ASSAULT');
    expect(e?.actors.find((a) => a.id === 'GEN-REBELS')?.role).toBe('source');
  });

  it('makes the people counted among the dead targets, and one event of the toll and its ambush', () => {
    const events = ofType('RCA : 3 soldats FACA tués, et 5 autres blessés dans une embuscade des rebelles dans le Nord-ouest', 'ASSAULT');
    expect(events).toHaveLength(1);
    expect(events[0]?.counts).toMatchObject({ killed: { value: 3 }, injured: { value: 5 } });
    expect(events[0]?.actors.find((a) => a.id === 'CAF-MIL')?.role).toBe('target');
    expect(events[0]?.actors.find((a) => a.id === 'GEN-REBELS')?.role).toBe('source');
  });

  it('reads "neutralisés" of people as killed, not of mines', () => {
    const [e] = ofType('Centrafrique : au moins 6 rebelles de la CPC neutralisés par l’armée à Bakouma', 'ASSAULT');
    expect(e?.counts.killed).toMatchObject({ value: 6, qualifier: 'at_least' });
    const mines = run('Opération de déminage près de Gao : deux mines neutralisées.');
    expect(mines.every((x) => x.counts.killed === undefined)).toBe(true);
    expect(ofType('Des casques bleus de la MINUSMA ont neutralisé un engin explosif près de Gao.', 'ASSAULT')).toEqual([]);
  });

  it('codes a town retaken, a rout and a hostage taking with words in between', () => {
    expect(ofType('Centrafrique : La ville de Moyenne-Sido au nord du pays reprise par les FACA et les forces bilatérales', 'ASSAULT')).toHaveLength(1);
    expect(ofType('Létélé, attaque d’une position des soldats FACA par des rebelles de 3R, débandade générale', 'ASSAULT')).toHaveLength(1);
    expect(ofType('RCA : les rebelles de la CPC affirment avoir pris un mercenaire russe en otage', 'ASSAULT')[0]?.mode).toBe('abduct');
    // "reprise" of an idea is no taking of ground.
    expect(ofType('Sa théorie a été reprise par Monsieur Joshua Clavier.', 'ASSAULT')).toEqual([]);
  });

  it('implies an event from "la mort de" a number of people', () => {
    const [e] = ofType('Kaga-Bandoro sous tension après la mort de deux éléments du FPRC', 'ASSAULT');
    expect(e?.counts.killed?.value).toBe(2);
  });
});

describe('country names of the press as places', () => {
  it('reads "Centrafrique" and "RCA" as the Central African Republic when nothing finer is named', () => {
    expect(ofType('Centrafrique : deux hommes froidement abattus à bout portant dans le Nord-ouest', 'ASSAULT')[0]?.place?.country).toBe('CAF');
    expect(ofType('RCA : un homme sauvagement assassiné par des hommes armés', 'ASSAULT')[0]?.place?.country).toBe('CAF');
  });

  it('prefers a finer place of the named country, and the country over a homonym abroad', () => {
    expect(ofType('Centrafrique: Trois chefs de village tués par des hommes armés dans la région de Paoua', 'ASSAULT')[0]?.place?.name).toBe('Paoua');
    // No Sido of the Central African Republic in the gazetteer: Sidon (Lebanon) is not the place.
    expect(ofType('RCA : un homme sauvagement assassiné à Sido par les mercenaires russes', 'ASSAULT')[0]?.place?.country).toBe('CAF');
  });
});

describe('casualty phrasings', () => {
  it.each([
    ['Un soldat a perdu la vie lors de l’attaque du camp de Boni.', 1],
    ['Trois civils ont péri dans l’embuscade près de Gao.', 3],
    ['Une femme de 72 ans a été tuée par des hommes armés à Gao.', 1],
    ['Une dizaine de personnes dont les mariés ont été tués dans l’attaque.', 10],
    ['Au moins 4 réfugiés centrafricains sont tués lors d’un affrontement entre groupes armés.', 4],
    ['Malgré le cessez-le-feu, plusieurs décès ont été enregistrés après les combats.', 2],
    ['Un jeune de 20 ans tué à Gao.', 1],
  ])('%s → killed %i', (text, killed) => {
    const withKilled = run(text).filter((e) => e.counts.killed !== undefined);
    expect(withKilled.map((e) => e.counts.killed?.value)).toEqual([killed]);
  });

  it('"de nombreuses personnes" counts at least two', () => {
    const [e] = run('De nombreuses personnes ont été tuées dans le bombardement de la ville.').filter((x) => x.counts.killed);
    expect(e?.counts.killed).toMatchObject({ value: 2, qualifier: 'at_least' });
  });

  it('an age is no count, and the displaced alone imply no event', () => {
    expect(run('Un homme de 35 ans a été abattu à Gao.').flatMap((e) => (e.counts.killed ? [e.counts.killed.value] : []))).toEqual([1]);
    expect(run('Plusieurs œuvres d’art disparues depuis dix ans ont été retrouvées à Lyon.')).toEqual([]);
  });
});

describe('non-conflict happenings are not conflict events', () => {
  it.each([
    'Le 13 juin 2020, des inondations ont frappé la ville. La catastrophe a fait 236 morts.',
    "Un grave accident de circulation a eu lieu à Dakar. La police de Dakar dénombre 5 morts et des blessés.",
    "Leguerrec Amiel, bûcheron, a été tué par la chute d'un arbre dans la forêt de Durbon.",
    'Depuis le 20 septembre, des pluies diluviennes s’abattent sur la ville de Tours.',
    "Une explosion s’est produite dans l’usine. La mauvaise conservation d'une grande quantité de nitrate d'ammonium en était la cause.",
    "L'avion a lancé sa dernière position avant de se crasher dans une forêt. Les autorités ont recensé 15 morts.",
    'Le violent incendie du tunnel a causé la mort de plusieurs personnes.',
    "Il était primordial de se laver les mains pour tuer les microbes pendant l'épidémie.",
  ])('no ASSAULT: %s', (text) => {
    expect(ofType(text, 'ASSAULT')).toEqual([]);
  });

  it('reflexive and nominal senses are no arrest and no protest', () => {
    expect(ofType('Les participants se sont arrêtés deux heures plus tard dans un jardin.', 'COERCE')).toEqual([]);
    expect(ofType("Elle s'est manifestée par une soudaine confusion des personnes atteintes.", 'PROTEST')).toEqual([]);
    expect(ofType('Le ministre a annoncé le report des manifestations sportives.', 'PROTEST')).toEqual([]);
    expect(ofType('Les élections se sont déroulées dans un climat pacifique et sans bavures.', 'ASSAULT')).toEqual([]);
    expect(ofType('Trois suspects ont été arrêtés à Mopti.', 'COERCE')).toHaveLength(1);
  });

  it('keeps the toll of a fire the paragraph says an attack started', () => {
    const text = "Un avion a largué un obus sur une raffinerie. Le bombardement a déclenché un incendie dévastateur. De nombreuses personnes ont été calcinées au cours de l'incendie.";
    const events = ofType(text, 'ASSAULT');
    expect(events.map((e) => e.counts.killed?.value)).toContain(2);
  });

  it('keeps an attack told during a disaster, with its context', () => {
    const [e] = ofType("Pendant la tempête, des hommes armés ont attaqué un convoi d'aide près de Gao.", 'ASSAULT');
    expect(e?.context).toContain('disaster');
  });
});

describe('places that are not where it happened', () => {
  it('a place of speech ("qualifiée à Bakou") is not the place of the event', () => {
    const events = ofType("L'Azerbaïdjan a lancé mardi une offensive militaire contre le Haut-Karabakh, qualifiée à Bakou d'« opération antiterroriste locale ».", 'ASSAULT');
    expect(events.map((e) => e.place?.name)).not.toContain('Baku');
  });

  it('a country across a border ("près de la frontière du Burkina") is not the place of the event', () => {
    const events = ofType("Explosion d'une mine au passage d'un convoi à Boulkessi près de la frontière du Burkina. 3 morts.", 'ASSAULT');
    expect(events.map((e) => e.place?.country)).not.toContain('BFA');
  });

  it('a toponym inside the claimant\'s name does not split one event into two', () => {
    const text = 'Un dépôt de carburant a explosé lundi 25 septembre près de Stepanakert.\nSelon le ministère de la Santé du Haut-Karabakh, au moins 20 personnes ont été tuées.';
    const events = run(text, '2023-09-26').filter((e) => e.type === 'ASSAULT');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ place: { name: 'Stepanakert' }, date: { start: '2023-09-25' }, counts: { killed: { value: 20 } } });
  });

  it('an event named as the start of a period lends no actor to the events of its sentence', () => {
    const text = 'Un dépôt de carburant a explosé lundi 25 septembre près de Stepanakert.\nDes milliers d’habitants ont commencé à quitter la région depuis la fin de l’offensive azerbaïdjanaise.';
    const events = run(text, '2023-09-26');
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
    expect(events.flatMap((e) => e.actors).map((a) => a.country)).not.toContain('AZE');
  });
});

describe('who tells of an attack', () => {
  it('whoever condemns an attack is its claimant, unless the attack has its own', () => {
    const [e] = ofType('RCA : la MINUSCA condamne une attaque des rebelles de l’UPC qui a fait un mort à Obo', 'ASSAULT');
    expect(e?.attribution).toMatchObject({ name: 'MINUSCA', actor: { id: 'MINUSCA' } });
    const [f] = ofType('La MINUSCA condamne l’attaque qui, selon des sources locales, a fait un mort à Obo.', 'ASSAULT');
    expect(f?.attribution?.name).not.toBe('MINUSCA');
  });
});

describe('tellings that are not the event of their sentence', () => {
  it('a planned meeting on a bare weekday is the next one, and lends no date to the sentences after it', () => {
    const text = 'Les séparatistes ont accepté mercredi 20 septembre un cessez-le-feu.\nDes représentants des deux camps doivent se retrouver jeudi à Yevlakh.\nÀ Erevan, des milliers de manifestants ont protesté.';
    const events = run(text, '2023-09-20');
    const talks = events.find((e) => e.type === 'CONSULT');
    expect(talks).toMatchObject({ modality: 'planned', date: { start: '2023-09-21' } });
    expect(events.find((e) => e.type === 'PROTEST')?.date?.start).toBe('2023-09-20');
  });

  it('an attack named as a time anchor ("au lendemain de l\'assaut") does not merge into the attack told beside it', () => {
    const text = "Mali : l'armée repousse vendredi 8 septembre une attaque contre son camp de Bourem.\nL'armée affirme avoir neutralisé 46 assaillants.\nCette attaque survient au lendemain de l'assaut contre le camp de Bamba.";
    const events = run(text, '2023-09-08').filter((e) => e.type === 'ASSAULT');
    const bourem = events.find((e) => e.place?.name === 'Bourem');
    expect(bourem).toMatchObject({ date: { start: '2023-09-08' }, counts: { killed: { value: 46 } } });
    expect(events.some((e) => e.date?.start === '2023-09-07')).toBe(true);
  });
});

describe('calls to stop fighting', () => {
  it('a call to cease fighting is a request by the caller, who is no party to the fighting', () => {
    const events = run("L'Azerbaïdjan a lancé mardi une offensive contre le Haut-Karabakh. Moscou a appelé les deux camps à cesser les combats.", '2023-09-19');
    expect(events.find((e) => e.type === 'REQUEST')?.actors.map((a) => `${a.country}:${a.role}`)).toContain('RUS:source');
    const assaultActors = events.filter((e) => e.type === 'ASSAULT').flatMap((e) => e.actors);
    expect(assaultActors.filter((a) => a.country === 'RUS')).toEqual([]);
  });
});

describe('dates of undated documents', () => {
  it('an event told before any date takes the first date told after it in its paragraph', () => {
    const text = 'Le groupe armé a pris le pouvoir. Le ministre de la sécurité a été tué. L’attaque a eu lieu le 3 août 2016 à Nouakchott.';
    const events = [...extractor.extract({ id: 'u', text, date: null, lang: 'fr' }).events];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.date?.start).toBe('2016-08-03');
  });
});

describe('evidence', () => {
  it('keeps no span lying inside another span of the same event', () => {
    for (const e of run('RCA : 3 soldats FACA tués, et 5 autres blessés dans une embuscade des rebelles dans le Nord-ouest')) {
      for (const a of e.evidence) expect(e.evidence.filter((b) => b !== a && b.start <= a.start && a.end <= b.end)).toEqual([]);
    }
  });
});

describe('a ceasefire as the circumstance of another event', () => {
  it('does not code "malgré le cessez-le-feu" as an agreement', () => {
    expect(run('Trois soldats tués malgré le cessez-le-feu à Bria').map((e) => e.type)).toEqual(['ASSAULT']);
    expect(run('Les deux camps ont conclu un cessez-le-feu à Bria').map((e) => e.type)).toContain('AGREE');
  });
});

describe('a number right after a count verb is its object', () => {
  it('does not count the subject of a killing verb that has its own object ("Une explosion a tué trois personnes")', () => {
    const events = run('Une explosion a tué trois personnes à Gao.').filter((e) => e.type === 'ASSAULT');
    expect(events.map((e) => e.counts.killed?.value)).toEqual([3]);
  });

  it('reads "a tué trois personnes et en a blessé huit" as 3 killed and 8 injured, one event', () => {
    const events = run('L’explosion a tué trois personnes et en a blessé huit à Gao.').filter((e) => e.type === 'ASSAULT');
    expect(events).toHaveLength(1);
    expect(events[0]?.counts).toMatchObject({ killed: { value: 3 }, injured: { value: 8 } });
  });
});

describe('the source of a wire headline in brackets', () => {
  it('reads a final bracket holding a common noun or a known actor as the source', () => {
    expect(run('Centrafrique: 18 morts dans des attaques de Peuls armés dans l’ouest (source préfectorale)')[0]?.attribution?.name).toBe('source préfectorale');
    const [un] = run('Centrafrique: au moins 30 morts dans des combats à Bria (ONU)').filter((e) => e.type === 'ASSAULT');
    expect(un?.attribution?.actor?.id).toBe('UN');
  });

  it('ignores brackets with figures, tags in capitals, and brackets before the end', () => {
    expect(run('Centrafrique: 7 morts dans des combats à Bria (2015)')[0]?.attribution ?? null).toBeNull();
    expect(run('Centrafrique: 7 morts dans des combats à Bria (VIDEO)')[0]?.attribution ?? null).toBeNull();
    expect(run('Centrafrique: 7 morts (bilan provisoire) dans des combats à Bria')[0]?.attribution ?? null).toBeNull();
  });
});
