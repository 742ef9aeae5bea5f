// ASSAULT triggers (English).
import type { TriggerRow } from '../../pack.js';

const T = 'ASSAULT' as const;
const CIVILIANS = { event_type: 'Violence against civilians', sub_event_type: 'Attack' } as const;
const EXPLOSIVE = { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' } as const;
const SHELLING = { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' } as const;
const AIR = { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' } as const;
const ABDUCTION = { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' } as const;

/** Military bodies a force can defeat or strike a blow at. */
const UNITS = 'brigades?|battalions?|regiments?|divisions?|units?|(?:armed )?forces|troops|army|armies|militants|rebels|fighters|militias?|groups?|garrisons?|positions';
/** A casualty participle and the words that join it to its means ("killed in", "wounded by"). */
const HURT = '(?:killed|wounded|injured|died|dead)';
const MEANS_LINK = 'in|by|during|amid|after|as a result of|from|under';

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: '(?:ceasefire|cease-fire|truce) (?:violations?|breach(?:es)?)|(?:violat(?:e|ed|es|ing|ions?)|breach(?:ed|es|ing)?|fractur(?:e|ed|es|ing)|br(?:eak|oke|oken|eaking)) (?:of )?(?:the )?(?:[\\p{L}-]+ )?(?:ceasefire|cease-fire|truce)', context: ['ceasefire_violation'], cameo: '190', example: 'Five ceasefire violations were recorded overnight.' },
  { type: T, pattern: 'attack(?:s|ed|ing)?|counter-?attacks?|assault(?:s|ed)?|offensives?|raids?|incursions?|ambush(?:es|ed)?', cameo: '190', example: 'Gunmen attacked a convoy near Gao.' },
  { type: T, pattern: 'military operations?', cameo: '190', example: 'The military operation lasted two days.' },
  { type: T, pattern: 'clash(?:es|ed)?|fighting(?<!(?:end|ends|ending|stop|stopping|halt|halting|curb|curbing) (?:the |all )?fighting)|fought|battles?|skirmish(?:es)?|exchanges? of fire|gunfights?|firefights?|shoot-?outs?', mode: 'firearms', cameo: '193', example: 'Clashes between the army and rebels left 7 dead.' },
  { type: T, pattern: 'opened fire|shot (?:dead|at)|gunfire|shooting', mode: 'firearms', cameo: '193', example: 'Soldiers opened fire on protesters.' },
  { type: T, pattern: 'shell(?:ing|ed|s)|bombard(?:ment|ed)|artillery|rockets?|mortars?|missiles?(?<!nuclear missiles?)(?! (?:defen[cs]es?|shields?|treat(?:y|ies)|programm?es?|tests?|technology|talks))|missile strikes?|struck', mode: 'heavy-weapons', cameo: '195', acled: SHELLING, example: 'Russian shelling hit the city overnight.' },
  { type: T, pattern: 'air ?strikes?|airstrikes?|drone strikes?|bombing raids?|air raids?', mode: 'aerial-weapons', cameo: '195', acled: AIR, example: 'An airstrike hit the camp.' },
  { type: T, pattern: 'bomb(?:ing|ings|s|ed)?|(?:land)?mines?|IEDs?|improvised explosive devices?|car bombs?', mode: 'explosives', cameo: '183', acled: EXPLOSIVE, example: 'A roadside bomb killed two soldiers.' },
  { type: T, pattern: 'explosions?|blasts?', mode: 'explosives', cameo: '183', acled: EXPLOSIVE, incidental: true, example: 'An explosion hit a patrol near Gao.' },
  { type: T, pattern: 'suicide (?:bomb(?:ing|er)?s?|attacks?)', mode: 'suicide-bomb', cameo: '1831', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' }, example: 'A suicide bomber struck the market.' },
  { type: T, pattern: 'assassinat(?:e|ed|ion|ions)|assassination attempts?', mode: 'assassinate', cameo: '186', acled: CIVILIANS, example: 'The mayor was assassinated by gunmen.' },
  { type: T, pattern: 'kill(?:s|ed|ing)?|murder(?:s|ed)?|massacre(?:s|d)?|slaughter(?:s|ed|ing)?|execut(?:ed|ion|ions)|execut(?:e|es|ing)(?= (?:\\d+ |[\\p{L}-]+ )?(?:civilians|prisoners|people|men|women|children|villagers|soldiers|captives|hostages|detainees|suspects))|slain|lynch(?:ed|ing)|hunt(?:s|ed|ing)? down', mode: 'kill', cameo: '180', acled: CIVILIANS, example: 'Gunmen killed three villagers.' },
  { type: T, pattern: 'abduct(?:ed|ion|ions|s)?|kidnapp?(?:ed|ing|ings)?|taken hostage|hostage-taking', mode: 'abduct', cameo: '181', acled: ABDUCTION, example: 'Armed men abducted a village chief.' },
  { type: T, pattern: 'strikes?|killings|hacked to death|terrori[sz](?:e|es|ed|ing)|sow(?:s|ed|ing|n)? terror|ethnic cleansing|ethnically[- ]cleansed', cameo: '190', example: 'Sectarian killings continued in the capital.' },
  { type: T, pattern: 'beat(?:en|ing)? up|beat(?:en|ings?)|mistreat(?:ed|ment)', mode: 'beat', cameo: '180', acled: CIVILIANS, example: 'Soldiers routinely beat up detainees.' },
  { type: T, pattern: 'tortur(?:e|ed|es|ing)', mode: 'torture', cameo: '180', acled: CIVILIANS, example: 'Detainees were tortured in custody.' },
  { type: T, pattern: 'sexually (?:abused|assaulted)|rap(?:ed|es)|sexual violence', mode: 'sexual', cameo: '180', acled: { event_type: 'Violence against civilians', sub_event_type: 'Sexual violence' }, example: 'Agents sexually abused migrants.' },
  // Territory taken by force: "recaptured the town", "seized the village", "liberated Dvurechnoe".
  { type: T, pattern: 'recaptur(?:e|ed|es|ing)|retook|retake|retaken|regain(?:ed|s)? control|liberat(?:ed|es|ing)|(?:seiz(?:ed|es|ing)|captur(?:ed|es|ing)|overr(?:an|un)) (?:the )?(?:[\\p{L}-]+ ){0,3}?(?:towns?|city|cities|villages?|districts?|province|region|base|airport|port|territory|areas?|positions?|neighbou?rhoods?|suburbs?|strongholds?|outposts?|hills?|heights|settlements?|localit(?:y|ies))|(?:seiz(?:ed|es|ing)|took|taken|tak(?:es|ing)|gain(?:ed|s|ing)?|wrest(?:ed)?) (?:full )?control of|gained ground|(?:push(?:ed|es|ing)?|dr(?:ove|iven|ive|ives|iving)) (?:the |[\\p{L}-]+ ){1,4}?out of(?! (?:office|power|politics|business|the (?:race|party|market)))', cameo: '190', example: 'Iraqi troops recaptured another village on Sunday.' },
  { type: T, pattern: 'chemical (?:weapons? (?:attacks?|use)|attacks?)|(?:chlorine|sarin|mustard) gas|chlorine (?:was|were) (?:likely )?used|nerve agents?', cameo: '2041', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Chemical weapon' }, example: 'A chemical attack hit the town on Saturday.' },
  { type: T, pattern: 'grenades?(?! (?:were|was|had been|have been) (?:found|seized|recovered|discovered))|grenade attacks?', mode: 'explosives', cameo: '183', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade' }, example: 'A militant hurled a grenade at a security force party.' },
  // Violence as a cause fought ("a march against gender violence", "to end the violence") or private harm ("domestic
  // violence") tells no event of its own.
  { type: T, pattern: "violence(?<!(?:domestic|verbal|family|partner|marital) violence)(?<!(?:against|end|ending|stop|stopping|curb|curbing|combat|combating|combatting) (?:the |all |(?:[\\p{L}-]+ ){0,2})violence)|atrocit(?:y|ies)|reprisals?|abuses|bloodshed|carnage|mayhem|war crimes?|crimes against humanity", weak: true, cameo: '180', example: 'Fresh violence broke out in the region.' },
  // "killed in shelling by Kiev forces": the death and its means are one event (its victims before it, its agent after).
  { type: T, pattern: `${HURT} (?:${MEANS_LINK}) (?:an? |the )?(?:[\\p{L}'’-]+ ){0,2}?(?:shellings?|artillery(?: fire| strikes?)?|rocket (?:fire|attacks?|strikes?)|mortar (?:fire|attacks?)|missile (?:attacks?|strikes?)|bombardments?)`, mode: 'heavy-weapons', cameo: '195', acled: SHELLING, example: 'DPR militiaman killed in shelling by Ukrainian forces.' },
  { type: T, pattern: `${HURT} (?:${MEANS_LINK}) (?:an? |the )?(?:[\\p{L}'’-]+ ){0,2}?(?:air ?strikes?|airstrikes?|drone (?:attacks?|strikes?)|air raids?)`, mode: 'aerial-weapons', cameo: '195', acled: AIR, example: 'Two civilians killed in an air strike near the town.' },
  { type: T, pattern: `${HURT} (?:${MEANS_LINK}) (?:an? |the )?(?:[\\p{L}'’-]+ ){0,2}?(?:clash(?:es)?|fighting|battles?|gunfire|sniper (?:fire|attacks?)|firefights?|exchanges? of fire)`, mode: 'firearms', cameo: '193', example: 'Two soldiers killed in clashes with rebels.' },
  { type: T, pattern: `${HURT} (?:${MEANS_LINK}) (?:an? |the )?(?:[\\p{L}'’-]+ ){0,2}?(?:explosions?|blasts?|(?:land)?mines?|IEDs?|bomb(?:ing)?s?)`, mode: 'explosives', cameo: '183', acled: EXPLOSIVE, incidental: true, example: 'A soldier was killed in a mine blast near the front.' },
  // Headline and military-communiqué wording: "shell" as a bare verb, "destroyed 40 soldiers", "lost 100 servicemen".
  { type: T, pattern: 'shell|fired (?:on|at|upon)|open(?:s|ed|ing)? fire|hit (?:an? |the |\\d+ |two |three |several )?(?:enemy|columns?|command posts?|positions?|(?:ammunition |fuel )?depots?|concentration areas?|air defen[cs]e)|(?:came|come|comes|coming) under (?:heavy )?fire|under (?:the )?fire of|fire (?:damage|missions?|defeat)|inflicted (?:a )?(?:[\\p{L}-]+ )?(?:fire )?(?:damage|defeat|losses)', mode: 'heavy-weapons', cameo: '195', acled: SHELLING, example: 'Pro-Russian rebels shell Ukrainian positions overnight.' },
  { type: T, pattern: 'destroy(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|neutrali[sz](?:e|es|ed|ing)|wip(?:e|ed|es) out|sank|sunk|shot down|downed|repel(?:s|led|ling)|repulsed|knocked out', cameo: '190', example: 'Russian troops destroyed up to 40 soldiers in the Kupyansk direction.' },
  // Force named by its result on a military body or a place: "defeated two brigades", "dealt a massive blow to the Armed
  // Forces", "surround the port city" (not "defeated the incumbent", "a blow to the economy").
  { type: T, pattern: `(?:defeat(?:s|ed|ing)?|dealt (?:an? )?(?:[\\p{L}-]+ )?blows? to|deal(?:s|ing)? (?:an? )?(?:[\\p{L}-]+ )?blows? to)(?= (?:the |an? |two |three |several )?(?:[\\p{L}-]+ ){0,3}?(?:${UNITS}))|(?:surround(?:s|ed|ing)?|encircl(?:e|es|ed|ing))(?= (?:the )?(?:[\\p{L}-]+ ){0,2}?(?:city|town|village|port|base|airport|garrison|troops|forces|units?|brigades?))`, cameo: '190', example: 'Russian forces defeated two territorial defense brigades in the Zaporozhye region.' },
  { type: T, pattern: 'hostilities|confrontations?|combat|firing|fighting (?:in|near|around)', mode: 'firearms', cameo: '193', example: 'One soldier was wounded in hostilities near Avdiivka.' },
  { type: T, pattern: 'losses|(?:lost|lose|loses|losing) (?:up to |more than |over |about |almost |nearly |at least |some )?[\\p{L}\\d,]+ (?:[\\p{L}-]+ )?(?:servicemen|service ?members|soldiers|troops|fighters|militiamen|military personnel|personnel|men|people|military)|(?:servicemen|soldiers|troops|fighters|militiamen|military personnel) lost', mode: 'kill', cameo: '190', example: 'Armed Forces of Ukraine lost more than 100 servicemen in a day.' },
  { type: T, pattern: 'death tolls?|casualt(?:y|ies)|died|dies|dying|killed in action|KIA|WIA|wounded in action', mode: 'kill', cameo: '190', incidental: true, example: 'The death toll from the shelling rose to 28.' },
];
