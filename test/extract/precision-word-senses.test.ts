// French words that name no event of their type here, and a toll told after an event named as a cause. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string): Event[] => [...extractor.extract({ id: 'w', text, date: '2024-03-14', lang: 'fr' }).events];
const types = (text: string) => run(text).map((e) => e.type).sort();

describe('a visit to the hurt or to a site is no meeting of parties', () => {
  it('drops visits to victims, patients and hospitals', () => {
    expect(types("Le ministre a rendu visite aux victimes de l'incendie à Nice.")).not.toContain('CONSULT');
    expect(types('Les élus ont effectué des visites dans les hôpitaux de Lyon.')).not.toContain('CONSULT');
    expect(types('La préfète a visité les blessés au CHU de Rouen.')).not.toContain('CONSULT');
  });

  it('keeps a visit to a place or a counterpart', () => {
    expect(types('Le président a effectué une visite à Niamey.')).toEqual(['CONSULT']);
  });
});

describe('a mobilisation is of forces', () => {
  it('drops a team, a community or a movement mobilised', () => {
    expect(types("Le chef des pompiers a mobilisé son équipe pour venir en aide aux sinistrés de Nîmes.")).not.toContain('MOBILIZE');
    expect(types('Ces crimes ont suscité une vive mobilisation au sein de la communauté internationale.')).not.toContain('MOBILIZE');
  });

  it('keeps troops and police mobilised', () => {
    expect(types("L'armée a mobilisé des milliers de réservistes près de la frontière.")).toContain('MOBILIZE');
    expect(types('Des centaines de gendarmes ont été mobilisés à Gao.')).toContain('MOBILIZE');
  });
});

describe('support named in a body or hoped for backs no party', () => {
  it('drops "organisation de soutien", "venir en soutien", "espère un soutien"', () => {
    expect(types("L'association est une organisation de soutien aux laboratoires de Rabat.")).not.toContain('SUPPORT');
    expect(types('Des volontaires viendront en soutien aux soignants de Lille.')).not.toContain('SUPPORT');
    expect(types('Le gouvernement espère un soutien financier de ses voisins.')).not.toContain('SUPPORT');
  });

  it('keeps support given', () => {
    expect(types("Le Tchad a apporté son soutien à la junte nigérienne.")).toContain('SUPPORT');
  });
});

describe('an explosion of a plant is an accident', () => {
  it('drops the explosion of a refinery or a power station', () => {
    expect(types("Près de 40 personnes ont perdu la vie dans l'explosion d'une raffinerie à Port-Harcourt.")).not.toContain('ASSAULT');
    expect(types("L'explosion de la centrale a fait trois morts dans la région de Tchernihiv.")).not.toContain('ASSAULT');
  });

  it('keeps a bomb set off near a plant', () => {
    expect(types("Une bombe a explosé devant l'usine de Lens, tuant deux gardiens.")).toContain('ASSAULT');
  });
});

describe('"accusé du meurtre de" alleges the killing', () => {
  it('marks the killing alleged', () => {
    const killing = run('Un homme a été accusé du meurtre de son voisin à Dijon.').find((e) => e.type === 'ASSAULT');
    expect(killing?.modality).toBe('alleged');
  });
});

describe('a toll after an event named as a cause is the main event\'s', () => {
  it('gives the dead of the next sentence to the clashes, not to the killing that caused them', () => {
    const text = 'Affrontements entre éleveurs et cultivateurs dans le cercle de Djenné suite au meurtre du chef de village. 12 morts et plusieurs blessés.';
    const result = extractor.extract({ id: 'w', text, date: '2024-03-14', lang: 'fr' }, { explain: true });
    expect(result.trace?.some((t) => t.rule === 'toll-of-main-event' && (t.detail ?? '').includes('"meurtre" to "Affrontements"'))).toBe(true);
    const tolled = result.events.filter((e) => e.counts.killed);
    expect(tolled).toHaveLength(1);
    expect(tolled[0]?.counts.killed?.value).toBe(12);
    expect(tolled[0]?.fieldEvidence?.find((f) => f.field === 'type')?.text).toBe('Affrontements');
  });

  it('leaves a toll of the cause\'s own sentence where it is', () => {
    const text = "Des jeunes ont incendié la mairie de Djenné suite à l'assassinat de deux commerçants.";
    const result = extractor.extract({ id: 'w', text, date: '2024-03-14', lang: 'fr' }, { explain: true });
    expect(result.trace?.some((t) => t.rule === 'toll-of-main-event')).toBe(false);
  });
});

describe('violence words in other senses', () => {
  it('reads no attack in a heart attack, a sales drive, soaring prices, a shoot-out on goal or killing time', () => {
    expect(types("Le chanteur est mort d'une crise cardiaque lundi à Marseille.")).toEqual([]);
    expect(types("L'ancien ministre a été victime d'une attaque cardiaque à Dakar.")).toEqual([]);
    expect(types("Le constructeur lance une offensive commerciale en Afrique de l'Ouest.")).toEqual([]);
    expect(types('Les prix du riz ont explosé à Abidjan depuis janvier.')).toEqual([]);
    expect(types("L'explosion des loyers inquiète les habitants de Dakar.")).toEqual([]);
    expect(types('Les tirs au but ont départagé les deux équipes au stade de Bouaké.')).toEqual([]);
    expect(types('Il a tué le temps dans un café de Tunis.')).toEqual([]);
  });

  it('reads no release in the name of a front or a war of liberation', () => {
    expect(types('Le Front de libération a tenu son congrès à Bamako.')).not.toContain('CONCEDE');
  });

  it('keeps the violent senses', () => {
    expect(types('Une explosion a visé une patrouille près de Gao.')).toEqual(['ASSAULT']);
    expect(types('Des tirs ont visé un poste de police à Kati.')).toEqual(['ASSAULT']);
    expect(types("L'armée a lancé une offensive contre les rebelles près de Bria.")).toEqual(['ASSAULT']);
    expect(types('Les otages ont été libérés dimanche par les rebelles à Ménaka.')).toContain('CONCEDE');
  });
});

describe('an agreement referred to is no agreement made', () => {
  it('reads no agreement in "le suivi de l\'accord" or "la mise en œuvre de l\'accord"', () => {
    expect(types("Une roquette a visé le siège du comité de suivi de l'accord de Ouagadougou.")).not.toContain('AGREE');
    expect(types("La mise en œuvre de l'accord de paix piétine à Bangui.")).not.toContain('AGREE');
  });

  it('keeps an agreement reached', () => {
    expect(types('Le gouvernement et les rebelles sont parvenus à un accord à Bangui.')).toContain('AGREE');
  });
});

describe('common crime is no conflict event', () => {
  it('reads no assault in a shop hold-up or in thugs attacking a passer-by', () => {
    expect(types('Une épicerie a été braquée lundi à Bruxelles par deux jeunes délinquants.')).toEqual([]);
    expect(types('Une passante a été attaquée par des voyous près de la gare de Lyon.')).toEqual([]);
    expect(types("Le braquage d'une bijouterie a eu lieu lundi à Nice.")).toEqual([]);
  });

  it('keeps armed men and bandits robbing travellers', () => {
    expect(types('Des hommes armés braquent quatre véhicules à Tondibi.')).toEqual(['ASSAULT']);
    expect(types('Un convoi a été attaqué par des bandits armés près de Gao.')).toEqual(['ASSAULT']);
  });
});

describe('"accusé" with no one accusing', () => {
  it('reads no accusation in a bare participle describing someone', () => {
    expect(types("Un commerçant accusé d'être un informateur de l'armée a été enlevé à Douentza.")).not.toContain('ACCUSE');
  });

  it('keeps an accusation told with its auxiliary', () => {
    expect(types("L'opposition a par la suite accusé le gouvernement de fraude électorale.")).toContain('ACCUSE');
    expect(types('Le préfet est accusé de corruption par les syndicats.')).toContain('ACCUSE');
  });

  it('ends what is alleged at the comma closing the description', () => {
    const events = run('Sa voisine, accusée du meurtre de son mari, a été arrêtée à Lyon.');
    expect(events.find((e) => e.type === 'ASSAULT')?.modality).toBe('alleged');
    expect(events.find((e) => e.type === 'COERCE')?.modality).toBe('asserted');
  });
});
