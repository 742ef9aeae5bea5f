// Words that tell no event of their own: what a request asks for, a habit or a sum over a period, and a protest's
// people or the protest named again with a definite article (one event, not several). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string): Event[] => [...extractor.extract({ id: 'q', text, date: '2024-03-14', lang: 'fr' }).events];
const types = (text: string) => run(text).map((e) => e.type).sort();

describe('what a request asks for is no event', () => {
  it('drops the aid, the troops or the sanctions asked for', () => {
    expect(types("L'ONG exhorte les bailleurs à fournir une aide alimentaire d'urgence aux déplacés.")).not.toContain('AID');
    expect(types('Le président a appelé les pays voisins à envoyer des renforts à la frontière.')).not.toContain('MOBILIZE');
    expect(types("Le collectif invite l'Union européenne à adopter des sanctions contre la junte.")).not.toContain('SANCTION');
    expect(types('Débordée, la gendarmerie a dû demander du renfort à Toulouse.')).not.toContain('MOBILIZE');
  });

  it('keeps the request and drops the withdrawal it asks for', () => {
    expect(types('Le gouvernement a demandé le retrait des troupes étrangères du pays.')).toEqual(['REQUEST']);
  });

  it('keeps the same events told as done', () => {
    expect(types('Les pays voisins ont envoyé des renforts à la frontière.')).toContain('MOBILIZE');
    expect(types("L'Union européenne a adopté des sanctions contre la junte.")).toContain('SANCTION');
  });
});

describe('an appeal to the public is no request between parties', () => {
  it('drops "a demandé aux habitants de …"', () => {
    expect(types('La préfecture a demandé aux habitants de Nîmes de rester chez eux.')).not.toContain('REQUEST');
    expect(types('Le ministère a demandé à toute personne ayant des informations de contacter la police.')).not.toContain('REQUEST');
  });

  it('keeps a request to a party', () => {
    expect(types('Le Premier ministre a demandé aux syndicats de suspendre le mouvement.')).toContain('REQUEST');
  });
});

describe('habits and sums over a period tell no one event', () => {
  it('drops a yearly toll, a sum since the start of the year and a trend', () => {
    expect(types('Chaque année, les affrontements entre éleveurs et agriculteurs font des dizaines de morts dans la région.')).toEqual([]);
    expect(types("Selon l'ONG, plus de 200 civils ont été tués dans la province depuis le début de l'année.")).toEqual([]);
    expect(types('Dans le pays, les manifestations se multiplient contre la vie chère.')).toEqual([]);
    expect(types('Les villages de la zone sont régulièrement attaqués par des hommes armés.')).toEqual([]);
  });

  it('keeps an event with a day of its own, and one told beside a habit in another clause', () => {
    expect(types('Le 1er mai, comme chaque année, les syndicats ont défilé à Lyon.')).toEqual(['PROTEST']);
    expect(types("Des hommes armés ont attaqué lundi le village de Koro, régulièrement visé depuis des mois.")).toEqual(['ASSAULT']);
  });
});

describe('a protest named again with a definite article is the same protest', () => {
  it('folds "les manifestants" into the riot told before', () => {
    const events = run('Des émeutes ont éclaté mardi soir à Nantes. Dans la nuit, les manifestants ont incendié plusieurs voitures.');
    expect(events.filter((e) => e.type === 'PROTEST')).toHaveLength(1);
  });

  it('folds "lors de la manifestation" into the strike told before, whatever word it uses', () => {
    const events = run('Les dockers du Havre sont en grève depuis lundi. Lors de la manifestation, des vitrines ont été brisées.');
    expect(events.filter((e) => e.type === 'PROTEST')).toHaveLength(1);
  });

  it('keeps "les manifestants" as a protest when none was told before', () => {
    expect(types('Les manifestants ont bloqué le pont de Tours pendant trois heures.')).toEqual(['PROTEST']);
  });

  it('keeps a protest named first with a definite article apart from a later one elsewhere', () => {
    const events = run('La grève des enseignants se poursuit à Bamako. Lundi, des milliers de manifestants ont défilé à Dakar contre la vie chère.');
    expect(events.filter((e) => e.type === 'PROTEST').map((e) => e.place?.name).sort()).toEqual(['Bamako', 'Dakar']);
    const riots = run('Les manifestants ont bloqué le pont de Tours. Mardi, des émeutes ont éclaté à Nantes.');
    expect(riots.filter((e) => e.type === 'PROTEST')).toHaveLength(2);
  });

  it('never folds the people of a protest into an event of another type', () => {
    const events = run("Une explosion a tué trois ouvriers dans une mine de Lens. Deux jours plus tard, des milliers d'habitants se sont réunis au stade. Le préfet a ensuite reçu une délégation. Il a promis aux manifestants une enquête indépendante.");
    expect(events.some((e) => e.type === 'PROTEST')).toBe(true);
  });
});

describe('a demonstrative far from the event it recalls', () => {
  it('names the event told last when its sentence tells nothing of its own', () => {
    const text = "Un coup d'État a renversé le président dans la nuit. Le pays compte vingt millions d'habitants. La capitale était calme mercredi matin. Les écoles sont restées fermées. Un colonel a assuré qu'il n'avait pas été informé de cette attaque.";
    expect(types(text)).toEqual(['COERCE']);
  });
});
