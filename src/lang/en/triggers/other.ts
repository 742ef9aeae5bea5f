// English triggers for every type other than ASSAULT.
import type { TriggerRow } from '../../pack.js';

/** Arms a seizure or a find may name. */
const WEAPONS = 'firearms|weapons|arms|ammunition|rounds|grenades|explosives|pistols|guns|rifles|projectiles|magazines|mortars|rockets|IEDs|bombs';
const DISRUPTED = { event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use' } as const;

export const triggers: readonly TriggerRow[] = [
  { type: 'COERCE', pattern: 'arrest(?:s|ed|ing)?|detain(?:s|ed)?|detention|apprehended|captured', mode: 'arrest', cameo: '173', acled: { event_type: 'Strategic developments', sub_event_type: 'Arrests' }, example: 'Police arrested 12 protesters.' },
  { type: 'COERCE', pattern: 'coups?(?: d\'(?:é|e)tat)?|putsch|seized power', mode: 'coup', cameo: '1723', example: 'Soldiers staged a coup on Saturday.' },
  { type: 'COERCE', pattern: 'curfew', mode: 'martial-law', cameo: '175', example: 'A curfew was imposed in the capital.' },
  { type: 'COERCE', pattern: 'loot(?:ing|ed)|torched|burn(?:ed|t) down|set (?:on )?fire to', mode: 'destroy', cameo: '1711', acled: { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' }, example: 'Militiamen looted the market.' },
  { type: 'CONSULT', pattern: 'talks|meetings?|met|meet|negotiations?|discussions?|summit|consultations?', cameo: '040', example: 'The two sides held talks in Yevlakh.' },
  { type: 'CONSULT', pattern: 'visit(?:s|ed)?', mode: 'visit', cameo: '042', example: 'The president visited Bamako.' },
  { type: 'CONSULT', pattern: 'phone call|telephone conversation|spoke by phone', mode: 'phone', cameo: '041', example: 'The two leaders spoke by phone.' },
  // "killed despite ceasefire", "amid truce": the ceasefire is the circumstance of another event, not an agreement told.
  { type: 'AGREE', pattern: "(?:ceasefire|cease-fire|truce|cessation of hostilities)(?<!(?:despite|amid|in spite of) (?:the |a |an )?(?:[\\p{L}-]+ )?(?:ceasefire|cease-fire|truce|cessation of hostilities))(?! (?:violations?|breach(?:es)?))", context: ['ceasefire'], cameo: '0356', example: 'A ceasefire took effect on Wednesday.' },
  { type: 'AGREE', pattern: 'agreements?|agreed|accords?|deal|signed|sign', cameo: '057', example: 'The parties signed a peace agreement.' },
  { type: 'ACCUSE', pattern: 'accus(?:ed|es|ing|ation|ations)|blam(?:ed|es|ing)|denounc(?:ed|es|ing)|condemn(?:ed|s|ing)', cameo: '112', example: 'The Armenian government accused Azerbaijan of launching an offensive.' },
  { type: 'REQUEST', sourceAfter: true, pattern: 'at the request of', cameo: '020', example: 'The Security Council met at the request of France.' },
  { type: 'REQUEST', pattern: 'call(?:ed|s)? (?:on|for)|urg(?:ed|es)|demand(?:ed|s)|appeal(?:ed|s)? (?:to|for)', cameo: '020', example: 'Mali demanded the withdrawal of French troops.' },
  { type: 'REJECT', pattern: 'reject(?:ed|s)?|refus(?:ed|es)|vetoed', cameo: '120', example: 'The government rejected the proposal.' },
  { type: 'THREATEN', pattern: 'threat(?:en|ened|ens)|ultimatum', cameo: '130', example: 'Rebels threatened to resume fighting.' },
  { type: 'PROTEST', pattern: 'protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies)|march(?<!(?:\\d|in|since|early|late|mid|of|last|next|until|by|from|through|to) march)(?!\\s+\\d)(?:ed|es)?|sit-in', mode: 'demo-org', cameo: '141', example: 'Thousands of protesters marched in Kyiv.' },
  { type: 'PROTEST', pattern: 'riots?|rioters|rioting', mode: 'riot-spon', cameo: '145', acled: { event_type: 'Riots', sub_event_type: 'Violent demonstration' }, example: 'Riots broke out in Bangui.' },
  // What a crowd does that makes a demonstration violent (ACLED: burning tyres, throwing stones, petrol bombs).
  { type: 'PROTEST', pattern: '(?:burn(?:ed|t|ing|s)?|set fire to) (?:car )?(?:tyres|tires)|burning (?:tyres|tires)|(?:threw|throwing|hurled|hurling|pelted|pelting)(?: [\\p{L}-]+){0,3} (?:with )?(?:stones|rocks|projectiles|petrol bombs|Molotov cocktails)|stone-throwing|petrol bombs|Molotov cocktails', mode: 'riot-spon', cameo: '145', acled: { event_type: 'Riots', sub_event_type: 'Violent demonstration' }, example: 'Protesters burned tyres outside the governor\'s office in Lagos.' },
  { type: 'PROTEST', pattern: 'general strikes?|(?:on|went on|go on) strike|strikers|walkouts?', mode: 'strike-gen', cameo: '143', example: 'Teachers went on strike on Monday.' },
  { type: 'SANCTION', pattern: 'sanctions?|embargo|expelled (?:the ambassador|diplomats)|severed (?:diplomatic )?ties', cameo: '163', example: 'The EU imposed sanctions on the junta.' },
  { type: 'MOBILIZE', pattern: 'deploy(?:ed|s|ment)|reinforcements|mobiliz(?:ed|ation)|troop build-?up', mode: 'troops', cameo: '150', example: 'The army deployed reinforcements to Menaka.' },
  { type: 'MOBILIZE', pattern: '(?:set(?:ting)? up|establish(?:ed|es|ing)?|buil[dt]|creat(?:ed|es|ing)|open(?:ed)?) (?:[\\p{L}\\d,-]+ ){0,4}?(?:observation |military |army )(?:posts?|points?|bases?|outposts?|headquarters|garrisons?|checkpoints?|barracks)|(?:set(?:ting)? up|establish(?:ed|es|ing)?|buil[dt]|creat(?:ed|es|ing)) (?:[\\p{L}\\d,-]+ ){0,3}?(?:bases?|outposts?|garrisons?|barracks)', mode: 'troops', cameo: '150', acled: { event_type: 'Strategic developments', sub_event_type: 'Headquarters or base established' }, example: 'Russian forces have set up a new military base in the village.' },
  { type: 'MOBILIZE', pattern: 'mov(?:e|ed|es|ing) (?:its |their |more )?(?:troops|forces|units|soldiers)|mass(?:ed|es|ing) (?:its |their )?troops|(?:troops|forces|units) (?:were|have been|had been|are being) (?:formed|moved|massed|sent)', mode: 'troops', cameo: '150', acled: { event_type: 'Strategic developments', sub_event_type: 'Change to group/activity' }, example: 'Syria is moving troops to a desert region near its border.' },
  { type: 'MOBILIZE', pattern: 'defect(?:ed|ion|ions)|reinforc(?:ed|ing|es)', mode: 'troops', cameo: '150', acled: { event_type: 'Strategic developments', sub_event_type: 'Change to group/activity' }, example: 'An estimated 160 soldiers have defected from the army.' },
  { type: 'RETREAT', pattern: 'withdr(?:aw|aws|awing|ew|awn|awal)|pull(?:ed)? out|retreat(?:ed)?', cameo: '087', example: 'Troops withdrew from the town.' },
  { type: 'AID', pattern: 'humanitarian (?:aid|assistance)|food aid|aid convoy', cameo: '073', example: 'The UN delivered humanitarian aid to Kaga Bandoro.' },
  { type: 'SUPPORT', pattern: 'prais(?:ed|es)|welcom(?:ed|es)|endors(?:ed|es)|backed', cameo: '051', example: 'The French government welcomed the signing of the agreement.' },
  { type: 'CONCEDE', pattern: 'releas(?:ed|es)|freed', cameo: '0841', example: 'The hostages were released by the rebels on Sunday.' },
  { type: 'COOPERATE', pattern: 'restor(?:e|ed|es|ing) (?:full )?(?:diplomatic )?(?:ties|relations)|establish(?:ed)? diplomatic (?:ties|relations)|cooperat(?:e|ed|ion) (?:with|on)', cameo: '064', example: 'Arnor is about to restore full diplomatic ties with Gondor.' },
  { type: 'AGREE', pattern: 'promis(?:ed|es)|pledg(?:ed|es)|vow(?:ed|s)|offered to|ready to', cameo: '030', example: 'The government promised aid to the affected villages.' },
  { type: 'COOPERATE', pattern: 'joint (?:patrols?|operations?)|military cooperation', cameo: '061', example: 'A joint patrol of the army and the police secured the road.' },
  { type: 'REQUEST', pattern: 'demanding|(?:reiterated|renewed|repeated) (?:its |their |his |her )?(?:demands?|calls?)|press(?:ed|ing)? (?:their |its )?demands|pushing (?:hard )?for', cameo: '020', example: 'Opposition groups are demanding that the president resign.' },
  { type: 'AID', pattern: '(?:granted|grants?|offered) (?:political |diplomatic )?asylum|evacuat(?:ed|es|ing|ion) (?:of )?(?:the )?(?:wounded|injured|civilians|refugees)|(?:sen[dt]|supplied|deliver(?:ed)?) (?:arms|weapons)|arms (?:supplies|deliveries)|emergency (?:food|aid|relief)|relief supplies', cameo: '070', example: 'Uganda has granted political asylum to 18 rebels.' },
  // Weapons seized or found: "the police seized seven illegal firearms", "20 grenades were found".
  { type: 'COERCE', pattern: `(?:seiz(?:ed|es|ing)|intercept(?:ed|s)|recover(?:ed|s)|defus(?:ed|es)|found|discovered|confiscat(?:ed|es)|stash(?:es)? of|caches? of)(?= [^.;]{0,60}?(?:${WEAPONS}))|(?:${WEAPONS})(?= [^.;]{0,80}?(?:were|was|have been|has been|had been) (?:seized|found|recovered|intercepted|confiscated|defused|discovered))`, mode: 'confiscate', cameo: '1711', acled: DISRUPTED, example: 'Officers seized nine pistols and 1,100 rounds of ammunition.' },
  { type: 'COERCE', pattern: 'confiscat(?:ed|es|ing|ion)', mode: 'confiscate', cameo: '1711', example: 'Police confiscated weapons from armed groups.' },
  { type: 'COERCE', pattern: 'demolish(?:ed|es|ing)?|demolitions?', mode: 'destroy', cameo: '1712', example: 'Army bulldozers demolished homes in southern Gaza.' },
  { type: 'COERCE', pattern: 'deport(?:ed|ation|ations)|expelled', mode: 'deport', cameo: '174', example: 'The government deported 40 migrants.' },
  { type: 'COERCE', pattern: 'banned|(?:imposed|impose) (?:a )?ban', mode: 'ban', cameo: '172', example: 'The president has banned opposition candidates.' },
  { type: 'COERCE', pattern: 'hack(?:ed|ing)? into|cyber-?attacks?', cameo: '170', example: 'North Korea tried to hack into army computers.' },
  { type: 'CONSULT', pattern: 'telephoned|mediat(?:e|ed|es|ing|ion)|mediation (?:mission|efforts?)', cameo: '040', example: 'The league undertook a mediation mission between the two sides.' },
  { type: 'CONCEDE', pattern: 'lift(?:ed|s|ing)? (?:the |a |its )?(?:[\\p{L}-]+ )?(?:curfew|ban|sanctions|restrictions|blockade|state of emergency|embargo)|(?:cancel(?:l)?ed|eased|ease|relaxed) (?:the )?restrictions|conceded', cameo: '080', example: 'The Serbian authorities lifted a night curfew in Montenegro.' },
  { type: 'RETREAT', pattern: 'surrender(?:ed|s|ing)?|demobili[sz](?:ed|ation)|disarm(?:ed|ament)|laid down (?:their|its) (?:arms|weapons)', cameo: '087', example: 'Five hundred rebels surrendered last week.' },
  { type: 'REJECT', pattern: 'fail(?:ed|s)? to (?:reach|agree)|(?:is|are|was|were) opposed to|refusing|(?:would|will) not (?:meet|accept|allow)|out of the question', cameo: '120', example: 'The two sides failed to reach agreement.' },
  // A warning is a threat only when it says what its author will do ("warned it would retaliate"), not a risk ("warned of cholera").
  { type: 'THREATEN', pattern: 'warn(?:ed|s|ing)? (?:that )?(?:it|they|he|she|we) (?:would|will)|or face', cameo: '130', example: 'The army warned it would retaliate against any attack.' },
  { type: 'AGREE', pattern: '(?:is|are|was|were) (?:willing|prepared) to|reached (?:a )?consensus|offered', cameo: '030', example: 'Syria says it is willing to withdraw its troops.' },
  { type: 'ACCUSE', pattern: 'critici[sz](?:e|ed|es|ing)|criticism of|deplor(?:e|ed|es|ing)', cameo: '111', example: 'The opposition criticized the closure of the border.' },
  { type: 'ACCUSE', pattern: 'investigat(?:e|ed|es|ing|ion|ions) (?:into|of|against)|(?:is|are|was|were|be) investigating|opened (?:an? )?(?:[\\p{L}-]+ )?(?:investigations?|inquir(?:y|ies)|probes?)', cameo: '090', example: 'A judge opened fraud investigations against 28 officials.' },
  { type: 'REJECT', pattern: 'declin(?:ed|es|ing) to|reneg(?:ed|es|ing) on|backed out of', cameo: '120', example: 'The vice-president has declined to resign.' },
  { type: 'COOPERATE', pattern: 'war games|(?:joint |military |naval )exercises?|drills? with', cameo: '061', example: 'French and Egyptian forces launched war games in the Mediterranean.' },
  { type: 'AID', pattern: 'donat(?:e|ed|es|ing|ion|ions)|contribut(?:e|ed|es|ing) (?:[\\p{L}\\d,.$€£-]+ ){0,4}?(?:to|towards)|pledged (?:[\\p{L}\\d,.$€£-]+ ){0,4}?(?:in aid|to)', cameo: '071', example: 'Japan donated ten ambulances to the hospital.' },
  { type: 'CONSULT', pattern: 'host(?:ed|s|ing)? (?:a |the )?(?:visit|talks|delegation|summit)|(?:will be |was )?hosting', mode: 'visit', cameo: '043', example: 'Mali hosted a delegation from Niger.' },
  { type: 'COERCE', pattern: 'cordon(?:ed)? off|sealed off|blockad(?:e|ed|ing) (?:the )?', cameo: '1721', example: 'Soldiers cordoned off the roads leading to the border.' },
  { type: 'SANCTION', pattern: '(?:broke|broken|break|breaking) (?:off )?(?:diplomatic )?(?:relations|ties)', cameo: '161', example: 'The Ethiopian government has broken relations with Libya.' },
];
