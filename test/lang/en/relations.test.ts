// English words for the verbal and diplomatic event types (src/lang/en/triggers/relations.ts and the widened rows of
// other.ts and assault.ts). Sentences written for these tests in the style of wire copy.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const types = (text: string) => extractor.extract({ id: 'rel', text, date: '2024-03-12', lang: 'en' }).events.map((e) => e.type);

describe('relations reduced (SANCTION)', () => {
  it('reads sanctions, aid cut, ties severed, diplomats expelled and talks broken off', () => {
    expect(types('The European Union imposed new sanctions on the junta on Monday.')).toContain('SANCTION');
    expect(types('Washington froze military aid to the government after the coup.')).toContain('SANCTION');
    expect(types('Donors have suspended all budget assistance to the ministry.')).toContain('SANCTION');
    expect(types('Rwanda severed diplomatic ties with Burundi on Tuesday.')).toContain('SANCTION');
    expect(types('Paris recalled its ambassador to Bamako for consultations.')).toContain('SANCTION');
    expect(types('The government expelled three French diplomats on Friday.')).toContain('SANCTION');
    expect(types('The rebels walked out of peace talks in Nairobi.')).toContain('SANCTION');
  });

  it('reads an expulsion of migrants as coercion, not as reduced relations', () => {
    expect(types('The government expelled 300 migrants to the border.')).not.toContain('SANCTION');
  });
});

describe('demands (REQUEST)', () => {
  it('reads asking, seeking, pressing, ordering and a reported "must"', () => {
    expect(types('The president asked neighbouring states to close their borders.')).toContain('REQUEST');
    expect(types('Lawyers sought the release of the journalist.')).toContain('REQUEST');
    expect(types('Diplomats are pressing both sides to resume negotiations.')).toContain('REQUEST');
    expect(types('A court ordered the army to free the detainees.')).toContain('REQUEST');
    expect(types('The envoy said on Tuesday that the militias must leave the capital.')).toContain('REQUEST');
  });

  it('reads no demand from a source that asked not to be named, or from "we must"', () => {
    expect(types('An official, who asked not to be named, gave no details.')).not.toContain('REQUEST');
    expect(types('The mayor said we must remain calm.')).not.toContain('REQUEST');
  });
});

describe('verbal support (SUPPORT)', () => {
  it('reads support expressed, a decision defended and an apology', () => {
    expect(types('Ghana expressed its full support for the transition in Chad.')).toContain('SUPPORT');
    expect(types('The minister defended the decision to deploy the police.')).toContain('SUPPORT');
    expect(types('Tokyo apologised to Seoul for the remarks.')).toContain('SUPPORT');
  });
});

describe('legal accusation (ACCUSE)', () => {
  it('reads charges, indictments and lawsuits', () => {
    expect(types('Prosecutors charged the former minister with fraud.')).toContain('ACCUSE');
    expect(types('The general was indicted by the tribunal on Wednesday.')).toContain('ACCUSE');
    expect(types('A rights group is suing the government over the evictions.')).toContain('ACCUSE');
  });
});

describe('threats of force (THREATEN)', () => {
  it('reads a vow to fight or retaliate as a threat, not a promise', () => {
    const told = types('The insurgents vowed to retaliate against the army.');
    expect(told).toContain('THREATEN');
    expect(told).not.toContain('AGREE');
    expect(types('The interior minister warned that police would disperse any march.')).toContain('THREATEN');
  });

  it('reads no threat from a vow to fight corruption', () => {
    expect(types('The new president vowed to fight corruption.')).not.toContain('THREATEN');
  });
});

describe('yielding (CONCEDE) and intents to yield (AGREE)', () => {
  it('reads leave given and a promise to release', () => {
    expect(types('The authorities allowed the opposition to hold a rally.')).toContain('CONCEDE');
    expect(types('The rebels said they would free the hostages on Sunday.')).toContain('AGREE');
  });

  it('reads no leave from a refusal to allow', () => {
    expect(types('The army refused to allow journalists to enter the town.')).not.toContain('CONCEDE');
    expect(types('The army did not allow the convoy to cross the bridge.')).not.toContain('CONCEDE');
  });
});

describe('strikes that are protests, not attacks', () => {
  it('reads a hunger strike and a labour strike as protests', () => {
    const hunger = types('Detained activists began a hunger strike on Monday.');
    expect(hunger).toContain('PROTEST');
    expect(hunger).not.toContain('ASSAULT');
    const labour = types('Bus drivers called off their strike after talks with the city.');
    expect(labour).toContain('PROTEST');
    expect(labour).not.toContain('ASSAULT');
  });

  it('still reads an air strike as an assault', () => {
    expect(types('An air strike hit a school near Idlib.')).toContain('ASSAULT');
  });

  it('reads roads blocked by a crowd as an obstructive protest', () => {
    expect(types('Taxi drivers blocked the main roads into the capital.')).toContain('PROTEST');
  });
});

describe('alerts, peacekeepers and shared intelligence', () => {
  it('reads forces put on alert as a mobilisation', () => {
    expect(types('Troops on the northern frontier were placed on high alert.')).toContain('MOBILIZE');
  });

  it('reads peacekeepers sent as aid and intelligence shared as cooperation', () => {
    expect(types('The union deployed 500 peacekeepers to the disputed region.')).toContain('AID');
    expect(types('The two countries share intelligence on smuggling networks.')).toContain('COOPERATE');
  });
});

describe('agreement, talks and refusals in all their forms', () => {
  it('reads "agree", "negotiated", "rejecting" and "pulled back"', () => {
    expect(types('Both parties agree to exchange prisoners next week.')).toContain('AGREE');
    expect(types('Mediators negotiated with the militia leaders for hours.')).toContain('CONSULT');
    expect(types('The government turned down the offer of mediation.')).toContain('REJECT');
    expect(types('Government troops pulled back from the outskirts of the town.')).toContain('RETREAT');
  });

  it('reads no attack from nuclear missiles named as a subject of talks', () => {
    expect(types('The delegates discussed limits on nuclear missiles in Europe.')).not.toContain('ASSAULT');
    expect(types('A missile hit an apartment block overnight.')).toContain('ASSAULT');
  });
});

describe('military wordings of other.ts and assault.ts', () => {
  it('reads troops dispatched, mobilising and fortifying as a mobilisation', () => {
    expect(types('The army dispatched hundreds of troops to the eastern province.')).toContain('MOBILIZE');
    expect(types('Militias are mobilising fighters across the north.')).toContain('MOBILIZE');
    expect(types('Rebels continued to fortify their positions near the airport.')).toContain('MOBILIZE');
  });

  it('reads a device told found or defused as weapons seized, not an attack', () => {
    const found = types('A roadside bomb has been found near the market and defused by the army.');
    expect(found).toContain('COERCE');
    expect(found).not.toContain('ASSAULT');
  });

  it('reads fragments of a grenade recovered after a blast as the attack only', () => {
    const told = types('A grenade exploded in the market. Fragments of a grenade were recovered from the scene.');
    expect(told).toContain('ASSAULT');
    expect(told).not.toContain('COERCE');
  });

  it('reads a neighbourhood captured and fighters pushed out of an area as an assault', () => {
    expect(types('Government forces captured a rebel-held neighbourhood in the city on Monday.')).toContain('ASSAULT');
    expect(types('Troops pushed the militants out of three villages.')).toContain('ASSAULT');
    expect(types('The scandal pushed the minister out of office.')).not.toContain('ASSAULT');
  });

  it('reads no fighting from a call to end it', () => {
    expect(types('Japan halted economic aid in a bid to end the fighting.')).not.toContain('ASSAULT');
  });
});
