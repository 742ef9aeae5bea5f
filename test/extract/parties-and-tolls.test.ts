// Round 4 extraction rules: words between parties need a party; tolls after a gathering are its tolls; members of a
// named body are counted; plural multipliers; assaults on a person; what makes a demonstration a riot; a label that
// points back joins its event whatever place it compares it to. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { withParties } from '../../src/extract/actors/need-parties.js';
import { createExtractor } from '../../src/extract/index.js';
import { compilePack } from '../../src/extract/lexicon/compiled-pack.js';
import type { Candidate } from '../../src/extract/model.js';
import fr from '../../src/lang/fr/index.js';

const extractor = createExtractor();
const run = (text: string, lang = 'fr'): Event[] => [...extractor.extract({ id: 'r4', text, date: '2022-06-15', lang }).events];
const types = (text: string, lang = 'fr') => run(text, lang).map((e) => e.type).sort();

describe('words between parties need a party', () => {
  it('drops a private meeting, an instruction to tourists and a call for calm that name no party', () => {
    expect(types('Elle venait de présider une réunion des associés au siège de sa société.')).toEqual([]);
    expect(types('Le guide a demandé aux touristes de porter un gilet fluorescent.')).toEqual([]);
    expect(types('The tour guide asked the tourists to wear reflective vests.', 'en')).toEqual([]);
  });

  it('keeps talks, visits and requests whose party is an office or a known actor', () => {
    expect(types("Le Premier ministre s'est rendu à Tombouctou jeudi.")).toEqual(['CONSULT']);
    expect(types('Le Mali a demandé le retrait des troupes étrangères.')).toContain('REQUEST');
    expect(types('The foreign minister met his counterpart in Nairobi on Monday.', 'en')).toEqual(['CONSULT']);
  });

  it('keeps talks and requests between names the dictionary does not know, but not a place taken for a party', () => {
    expect(types('Gondor held talks with Arnor on Tuesday.', 'en')).toContain('CONSULT');
    expect(types('Reports say the UK is pushing hard for the U.S. to support the plan.', 'en')).toContain('REQUEST');
    expect(types('Hier, Mme Kowalczyk a demandé aux touristes de porter un gilet fluorescent.')).toContain('REQUEST');
    expect(types('À Tombouctou, le guide a demandé aux touristes de porter un gilet fluorescent.')).toEqual([]);
  });

  it('keeps a ceasefire with no party named: the context makes it a physical event', () => {
    expect(types('Un cessez-le-feu est entré en vigueur dimanche à minuit dans la région.')).toContain('AGREE');
  });

  it('keeps every telling when the pack lists no party words', () => {
    const { parties: _unused, ...actors } = fr.actors;
    const bare = compilePack({ ...fr, actors });
    const text = 'Elle a présidé une réunion des associés.';
    const sentence = { index: 0, paragraph: 0, start: 0, end: text.length };
    const consult = { type: { id: 'CONSULT' }, actors: [], contexts: new Set<string>(), sentence, evidence: [sentence], trigger: { start: 22, end: 29, text: 'réunion' } } as unknown as Candidate;
    expect(withParties(text, [consult], bare, () => {})).toHaveLength(1);
    expect(withParties(text, [consult], compilePack(fr), () => {})).toHaveLength(0);
  });

  it('reads neither arguing nor care for victims as support', () => {
    expect(types('Il a soutenu que ces véhicules polluaient la ville.')).toEqual([]);
    expect(types('Le gouvernement a promis aux sinistrés un soutien psychologique.')).not.toContain('SUPPORT');
  });
});

describe('tolls and counts', () => {
  it('gives a toll told with no event word a few sentences after a riot to the riot', () => {
    const events = run(
      "Une marche pour le climat a été organisée samedi dans les rues d'Athènes. Des pierres ont été lancées sur le cortège et la marche a viré à l'émeute. " +
        "La police est arrivée pour disperser la foule. Trois militants de l'association « Terre libre », grièvement blessés, ont été évacués.",
    );
    const riot = events.find((e) => e.type === 'PROTEST' && e.counts.injured);
    expect(riot?.counts.injured?.value).toBe(3);
    expect(events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });

  it('counts people named with the body they belong to', () => {
    const killed = (t: string) => run(t).find((e) => e.counts.killed)?.counts.killed?.value;
    expect(killed("L'attaque a visé le camp. Trois soldats de la force française ont été tués.")).toBe(3);
    expect(killed('Deux retournés de la commune de Bambari retrouvés morts')).toBe(2);
  });

  it('reads victims after a toll verb as the dead, unless a breakdown follows or the figure is vague', () => {
    const killed = (t: string) => run(t).find((e) => e.counts.killed)?.counts.killed?.value;
    expect(killed("L'explosion a fait douze victimes au marché de Gao.")).toBe(12);
    expect(killed('Le groupe armé a pris le pouvoir. On compte une dizaine de victimes.')).toBe(10);
    expect(killed("L'attaque a fait 12 victimes dont 3 morts.")).toBe(3);
    expect(killed('Des hommes armés attaquent le village et y font plusieurs victimes. 15 morts.')).toBe(15);
    expect(killed("Douze victimes ont été soignées à l'hôpital après l'attaque.")).toBeUndefined();
  });

  it('reads a plural multiplier as at least two of them', () => {
    const injured = run('Cette guerre a fait des millions de blessés dans le pays.').find((e) => e.counts.injured)?.counts.injured;
    expect(injured).toMatchObject({ value: 2_000_000, qualifier: 'at_least' });
  });
});

describe('event words', () => {
  it('reads an assault on a person, not a verbal one', () => {
    expect(types('Un commerçant a été agressé par trois individus armés à Kati.')).toEqual(['ASSAULT']);
    expect(types("La victime d'une agression physique a été hospitalisée à Dakar.")).toEqual(['ASSAULT']);
    expect(types("Le député s'est plaint d'une agression verbale en séance.")).toEqual([]);
  });

  it('reads a suicide as no attack, unlike a suicide bombing, and tear-gas canisters as no bombs', () => {
    expect(types('En Bretagne, un suicide collectif a fait quatre victimes dimanche.')).toEqual([]);
    expect(types('Un attentat-suicide a fait quatre victimes au marché de Gao.')).toEqual(['ASSAULT']);
    expect(types('La police a repoussé les manifestants avec des bombes de gaz lacrymogène.')).not.toContain('ASSAULT');
  });

  it('reads burning tyres and stones thrown by a crowd as a riot', () => {
    const [e] = run('Les jeunes ont brûlé des pneus devant la préfecture de Conakry.');
    expect(e).toMatchObject({ type: 'PROTEST', acled: { event_type: 'Riots' } });
  });

  it('tells a gathering and its violence in one sentence as one riot', () => {
    const fr = run('Les manifestants ont bloqué les routes en brûlant des pneus à Conakry.');
    expect(fr).toHaveLength(1);
    expect(fr[0]).toMatchObject({ type: 'PROTEST', acled: { event_type: 'Riots' } });
    const en = run("Protesters burned tyres outside the governor's office in Lagos.", 'en');
    expect(en).toHaveLength(1);
    expect(en[0]).toMatchObject({ type: 'PROTEST', acled: { event_type: 'Riots' } });
  });

  it('joins a label that points back to its event even when it compares it to another place', () => {
    const events = run('Le 16 août, 34 ouvriers ont été tués par des hommes armés à Kidal. Ces actes ont été qualifiés de « massacre » et comparés aux événements survenus à Gao en 2012.');
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });
});

describe('English counts', () => {
  const en = (t: string) => run(t, 'en');
  it('counts people named with the body they belong to, and victims after a toll verb', () => {
    expect(en('Three soldiers of the French force were killed in the attack on the camp.').find((e) => e.counts.killed)?.counts.killed?.value).toBe(3);
    expect(en('Police dispersed the march in Lagos. Two members of the opposition party, seriously wounded, were taken to hospital.').find((e) => e.counts.injured)?.counts.injured?.value).toBe(2);
    expect(en('The blast left 12 victims at the market in Gao.').find((e) => e.counts.killed)?.counts.killed?.value).toBe(12);
    expect(en('The blast left 12 victims, including 3 dead.').find((e) => e.counts.killed)?.counts.killed?.value).toBe(3);
  });
});
