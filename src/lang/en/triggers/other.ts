// English triggers for every type other than ASSAULT.
import type { TriggerRow } from '../../pack.js';

export const triggers: readonly TriggerRow[] = [
  { type: 'COERCE', pattern: 'arrest(?:s|ed|ing)?|detain(?:s|ed)?|detention|apprehended|captured', mode: 'arrest', cameo: '173', acled: { event_type: 'Strategic developments', sub_event_type: 'Arrests' }, example: 'Police arrested 12 protesters.' },
  { type: 'COERCE', pattern: 'coups?(?: d\'(?:é|e)tat)?|putsch|seized power', mode: 'coup', cameo: '1723', example: 'Soldiers staged a coup on Saturday.' },
  { type: 'COERCE', pattern: 'curfew', mode: 'martial-law', cameo: '175', example: 'A curfew was imposed in the capital.' },
  { type: 'COERCE', pattern: 'loot(?:ing|ed)|torched|burn(?:ed|t) down|set (?:on )?fire to', mode: 'destroy', cameo: '1711', acled: { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' }, example: 'Militiamen looted the market.' },
  { type: 'CONSULT', pattern: 'talks|meetings?|met|meet|negotiations?|discussions?|summit|consultations?', cameo: '040', example: 'The two sides held talks in Yevlakh.' },
  { type: 'CONSULT', pattern: 'visit(?:s|ed)?', mode: 'visit', cameo: '042', example: 'The president visited Bamako.' },
  { type: 'CONSULT', pattern: 'phone call|telephone conversation|spoke by phone', mode: 'phone', cameo: '041', example: 'The two leaders spoke by phone.' },
  { type: 'AGREE', pattern: 'ceasefire|cease-fire|truce|cessation of hostilities', context: ['ceasefire'], cameo: '0356', example: 'A ceasefire took effect on Wednesday.' },
  { type: 'AGREE', pattern: 'agreements?|agreed|accords?|deal|signed|sign', cameo: '057', example: 'The parties signed a peace agreement.' },
  { type: 'ACCUSE', pattern: 'accus(?:ed|es|ing|ation|ations)|blam(?:ed|es|ing)|denounc(?:ed|es|ing)|condemn(?:ed|s|ing)', cameo: '112', example: 'Armenia accused Azerbaijan of launching an offensive.' },
  { type: 'REQUEST', sourceAfter: true, pattern: 'at the request of', cameo: '020', example: 'The Council met at the request of France.' },
  { type: 'REQUEST', pattern: 'call(?:ed|s)? (?:on|for)|urg(?:ed|es)|demand(?:ed|s)|appeal(?:ed|s)? (?:to|for)', cameo: '020', example: 'Mali demanded the withdrawal of French troops.' },
  { type: 'REJECT', pattern: 'reject(?:ed|s)?|refus(?:ed|es)|vetoed', cameo: '120', example: 'The government rejected the proposal.' },
  { type: 'THREATEN', pattern: 'threat(?:en|ened|ens)|ultimatum', cameo: '130', example: 'Rebels threatened to resume fighting.' },
  { type: 'PROTEST', pattern: 'protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies)|march(?:ed)?|sit-in', mode: 'demo-org', cameo: '141', example: 'Thousands of protesters marched in Kyiv.' },
  { type: 'PROTEST', pattern: 'riots?|rioters|rioting', mode: 'riot-spon', cameo: '145', acled: { event_type: 'Riots', sub_event_type: 'Violent demonstration' }, example: 'Riots broke out in Bangui.' },
  { type: 'PROTEST', pattern: 'general strikes?|(?:on|went on|go on) strike|strikers|walkouts?', mode: 'strike-gen', cameo: '143', example: 'Teachers went on strike on Monday.' },
  { type: 'SANCTION', pattern: 'sanctions?|embargo|expelled (?:the ambassador|diplomats)|severed (?:diplomatic )?ties', cameo: '163', example: 'The EU imposed sanctions on the junta.' },
  { type: 'MOBILIZE', pattern: 'deploy(?:ed|s|ment)|reinforcements|mobiliz(?:ed|ation)|troop build-?up', mode: 'troops', cameo: '150', example: 'The army deployed reinforcements to Menaka.' },
  { type: 'RETREAT', pattern: 'withdr(?:ew|awn|awal)|pull(?:ed)? out|retreat(?:ed)?', cameo: '087', example: 'Troops withdrew from the town.' },
  { type: 'AID', pattern: 'humanitarian (?:aid|assistance)|food aid|aid convoy', cameo: '073', example: 'The UN delivered humanitarian aid to Kaga Bandoro.' },
  { type: 'SUPPORT', pattern: 'prais(?:ed|es)|welcom(?:ed|es)|endors(?:ed|es)|backed', cameo: '051', example: 'France welcomed the signing of the agreement.' },
  { type: 'CONCEDE', pattern: 'releas(?:ed|es)|freed', cameo: '0841', example: 'The hostages were released on Sunday.' },
  { type: 'COOPERATE', pattern: 'joint (?:patrols?|operations?)|military cooperation', cameo: '061', example: 'A joint patrol secured the road.' },
];
