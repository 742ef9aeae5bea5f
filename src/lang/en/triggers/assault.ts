// ASSAULT triggers (English).
import type { TriggerRow } from '../../pack.js';

const T = 'ASSAULT' as const;
const CIVILIANS = { event_type: 'Violence against civilians', sub_event_type: 'Attack' } as const;
const EXPLOSIVE = { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' } as const;
const SHELLING = { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' } as const;
const AIR = { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' } as const;
const ABDUCTION = { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' } as const;

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: 'ceasefire violations?|violations? of the (?:ceasefire|truce)|violated the (?:ceasefire|truce)', context: ['ceasefire_violation'], cameo: '190', example: 'Five ceasefire violations were recorded overnight.' },
  { type: T, pattern: 'attack(?:s|ed|ing)?|counter-?attacks?|assault(?:s|ed)?|offensives?|raids?|incursions?|ambush(?:es|ed)?', cameo: '190', example: 'Gunmen attacked a convoy near Gao.' },
  { type: T, pattern: 'military operations?', cameo: '190', example: 'The military operation lasted two days.' },
  { type: T, pattern: 'clash(?:es|ed)?|fighting|fought|battles?|skirmish(?:es)?|exchanges? of fire|gunfights?|firefights?|shoot-?outs?', mode: 'firearms', cameo: '193', example: 'Clashes between the army and rebels left 7 dead.' },
  { type: T, pattern: 'opened fire|shot (?:dead|at)|gunfire|shooting', mode: 'firearms', cameo: '193', example: 'Soldiers opened fire on protesters.' },
  { type: T, pattern: 'shell(?:ing|ed|s)|bombard(?:ment|ed)|artillery|rockets?|mortars?|missiles?|missile strikes?|struck', mode: 'heavy-weapons', cameo: '195', acled: SHELLING, example: 'Russian shelling hit the city overnight.' },
  { type: T, pattern: 'air ?strikes?|airstrikes?|drone strikes?|bombing raids?|air raids?', mode: 'aerial-weapons', cameo: '195', acled: AIR, example: 'An airstrike hit the camp.' },
  { type: T, pattern: 'bomb(?:ing|ings|s|ed)?|(?:land)?mines?|IEDs?|improvised explosive devices?|car bombs?', mode: 'explosives', cameo: '183', acled: EXPLOSIVE, example: 'A roadside bomb killed two soldiers.' },
  { type: T, pattern: 'explosions?|blasts?', mode: 'explosives', cameo: '183', acled: EXPLOSIVE, incidental: true, example: 'An explosion hit a patrol near Gao.' },
  { type: T, pattern: 'suicide (?:bomb(?:ing|er)?s?|attacks?)', mode: 'suicide-bomb', cameo: '1831', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' }, example: 'A suicide bomber struck the market.' },
  { type: T, pattern: 'assassinat(?:ed|ion|ions)|assassination attempts?', mode: 'assassinate', cameo: '186', acled: CIVILIANS, example: 'The mayor was assassinated by gunmen.' },
  { type: T, pattern: 'kill(?:s|ed|ing)?|murder(?:s|ed)?|massacre(?:s|d)?|execut(?:ed|ion|ions)|slain|lynch(?:ed|ing)', mode: 'kill', cameo: '180', acled: CIVILIANS, example: 'Gunmen killed three villagers.' },
  { type: T, pattern: 'abduct(?:ed|ion|ions|s)?|kidnapp?(?:ed|ing|ings)?|taken hostage|hostage-taking', mode: 'abduct', cameo: '181', acled: ABDUCTION, example: 'Armed men abducted a village chief.' },
  { type: T, pattern: 'strikes?|killings|hacked to death|terroriz(?:e|ed|ing)|ethnic cleansing', cameo: '190', example: 'Sectarian killings continued in the capital.' },
  { type: T, pattern: 'violence|atrocit(?:y|ies)|reprisals?', weak: true, cameo: '180', example: 'Fresh violence broke out in the region.' },
];
