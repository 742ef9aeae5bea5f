// ASSAULT triggers (French). Patterns: regex sources, whole words, case-insensitive.
import type { TriggerRow } from '../../pack.js';

const T = 'ASSAULT' as const;
const CIVILIANS = { event_type: 'Violence against civilians', sub_event_type: 'Attack' } as const;
const EXPLOSIVE = { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' } as const;
const SHELLING = { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' } as const;
const AIR = { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' } as const;
const ABDUCTION = { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' } as const;

/** Things removed, not people taken: "ont enlevé le maximum de terre", "l'enlèvement des ordures". */
const THINGS = "(?:le|la|les|l'|des|du|de la) (?:maximum|terre|débris|gravats|décombres|ordures|déchets|barricades?|obstacles?)";
/** Words before a harm named as a cause fought or an end sought: "contre les", "stop aux", "non à la", "mettre fin aux". */
const CAUSE = "(?:contre|stop (?:à|aux)|non (?:à|aux)|halte (?:à|aux)|fin (?:à|aux)) (?:les |la |le |l'|des |ces |cette |ce |cet |leurs? |ses |sa |son |toutes? (?:les |formes? de )?)?(?:[\\p{L}'’-]+ ){0,2}";
/** Harm done in private, not between parties: "violences conjugales", "violences verbales". */
const PRIVATE = "(?:conjugales|domestiques|intrafamiliales|familiales|verbales|psychologiques|obstétricales|éducatives)";
/**
 * Explosives held, laid or defused, not set off: "accusé de vol d'armes à feu, de cartouches et d'engins explosifs", "une
 * cache de bombes artisanales", "les casques bleus ont désamorcé un engin explosif", "soupçonnés d'être des poseurs de mine". The words before the device that name it a thing stolen, seized, stored or trafficked (a list of
 * such things may stand between); the look-behind runs only where a device word matched. Its words are spelt out: a `\p{L}+`
 * read backwards at each of the 60 places costs ten times more.
 */
const HELD = "(?<![\\p{L}])(?:vols?|saisies?|possession|détention|trafics?|stocks?|caches?|dépôts?|cargaisons?|arsenal|fabrication|lots?|munitions|cartouches|poseurs?|pos(?:é|ée|és|ées|ent|er|aient|ait)|désamor(?:c|ç)(?:e|es|é|ée|és|ées|er|ent|ait|aient|ant|age|ages)|neutralis(?:e|é|ée|és|ées|er|ent|ait|aient|ant|ation|ations)|détrui(?:t|ts|te|tes|re|sent|sait|saient|sant)|démin(?:e|é|ée|és|ées|er|ent|age|ages|eurs?))(?: [^.;:!?]{0,60})?(?: |'|’)(?:de |d'|d’|des |les |aux? )?";
/** Senses of the same words outside violence: a heart attack, a sales drive, prices that soar, a penalty shoot-out. */
const NOT_FORCE = {
  attack: "(?! (?:cardiaques?|cérébrales?|de panique|d'apoplexie|informatiques?))",
  shot: "(?! (?:au but|aux buts|à l'arc|sportifs?))",
  // "tuer le temps"; "personne n'a été tué", "aucun soldat n'a été tué" tell a toll of none, not a killing.
  killTime: "(?! le temps)(?<!(?:personne|nul(?:le)?|aucune? [\\p{L}-]+) n'(?:a|ont|avait|avaient|aurait|auraient) (?:(?:été|pu être) )?tu(?:e|é|ée|és|ées|ent|ant|er|èrent|ait|aient))",
  offensive: "(?! (?:commerciales?|diplomatiques?|de charme|médiatiques?|publicitaires?|marketing|juridiques?|judiciaires?|fiscales?|législatives?))",
  explosion: "(?! (?:de joie|de colère|démographiques?|sociales?|des (?:prix|coûts|loyers|ventes|cas|contaminations|demandes)|du (?:prix|coût|nombre|chômage)|de la (?:demande|dette|natalité)))",
  rise: "(?<!(?:prix|tarifs|coûts|loyers|ventes|chiffres|cours|demandes?|factures|dépenses|inflation|audiences?|bénéfices|importations|exportations|contaminations|compteurs|records?|budgets?)(?: [\\p{L}'’-]+){0,3} (?:ont |a |avaient |avait |)explos(?:e|ent|é))",
} as const;
/**
 * Common crime, not conflict: a hold-up of a bank or a shop ("le braquage d'une banque", "une épicerie a été braquée"), and
 * harm done by thugs or burglars ("attaquée par des voyous"). Armed men, bandits and highway robbers stay: they are
 * the armed actors of the conflicts monitored.
 */
const SHOP = "(?:banques?|bijouteries?|épiceries?|supermarchés?|magasins?|pharmacies?|stations?-service|agences? bancaires?|bureaux? de change|fourgons? blindés?|bureaux? de poste)";
const THUGS = "(?:voyous|délinquants|cambrioleurs|voleurs|malfrats|pickpockets|braqueurs|gangsters|petits caïds)";
const CRIME = {
  robbed: `(?! (?:d'une |de la |du |d'un |de l'|de |des )?${SHOP}(?![\\p{L}]))`,
  shopRobbed: `(?<!${SHOP} (?:a été |ont été |avait été |avaient été |)braqu(?:é|és|ée|ées))`,
  byThugs: `(?! (?:[\\p{L}'’-]+ ){0,3}?par (?:des |deux |trois |quatre |plusieurs |une bande de |un groupe de )?(?:jeunes )?${THUGS}(?![\\p{L}]))`,
} as const;
/** A crowd that can be put down by force. */
const CROWD = "(?:manifestants?|manifestations?|foules?|protestataires|grévistes|opposants|rassemblements?|marches?|émeutiers)";

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: "violations? (?:du|de la) (?:cessez-le-feu|trêve)|violée? (?:le|la) (?:cessez-le-feu|trêve)", context: ['ceasefire_violation'], cameo: '190', example: 'Des violations du cessez-le-feu ont été constatées.' },
  { type: T, pattern: `attaqu(?:e|es|é|ée|ées|és|ent|ant|er|èrent|ait|aient)${NOT_FORCE.attack}${CRIME.byThugs}|contre-attaques?|pris(?:e|es)? pour cibles?|pren(?:d|nent|ait|aient|ant) pour cibles?`, cameo: '190', example: "Attaque d'un convoi civil à 37 km d'Andéranboukane." },
  { type: T, pattern: 'attentats?(?:-suicides?)?|kamikazes?', mode: 'explosives', cameo: '183', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' }, example: 'Un attentat a visé le marché de Gao.' },
  { type: T, pattern: `assauts?|offensives?${NOT_FORCE.offensive}|raids?|incursions?|embuscades?|ratissages?`, cameo: '190', example: "L'armée a lancé une offensive contre les rebelles." },
  { type: T, pattern: "opérations? (?:militaires?|armées?)", cameo: '190', example: "L'opération militaire a duré deux jours." },
  { type: T, pattern: "accrochages?|affrontements?|affront(?:ent|aient|é|és)|confronté(?:e|s|es)? (?:aux|à la|aux|à l'|à des) (?:forces de l'ordre|forces de sécurité|policiers|police|gendarmes|militaires|soldats|manifestants|émeutiers)|combats?|combattu|heurts|échanges? de tirs|fusillades?", mode: 'firearms', cameo: '193', example: 'Des affrontements ont opposé l’armée aux rebelles.' },
  { type: T, pattern: `(?:ouvert|ouvrent|ouvre|ouvrant) le feu|tirs?${NOT_FORCE.shot}|tir(?:é|ent|ait|aient|ant) sur|coups de feu`, mode: 'firearms', cameo: '193', example: "Des hommes armés ont ouvert le feu sur une patrouille." },
  { type: T, pattern: 'bombard(?:ements?|é|ée|és|ent|er)|pilonn(?:ages?|é|ée|és|ent)|obus|roquettes?|mortiers?|tirs d\'artillerie|artillerie lourde', mode: 'heavy-weapons', cameo: '195', acled: SHELLING, example: 'La ville a été bombardée dans la nuit.' },
  { type: T, pattern: "frappes? (?:aériennes?|de drones?|d'(?:un |une |des )?(?:avions?|drones?|hélicoptères?|aviation))|raids? aériens?|bombardements? aériens?|frappes? (?:contre|sur|visant) (?:des |les |la |le |l'|une |un |plusieurs )?(?:positions?|bases?|camps?|cibles?|repaires?|bastions?|dépôts?|sites?|convois?|véhicules?|villes?|villages?|quartiers?)|(?:drones?|avions?|aviation|hélicoptères?|chasseurs?|bombardiers?|missiles?)(?: [\\p{L}'’-]+){0,3}? (?:a|ont|avait|avaient) frappé", mode: 'aerial-weapons', cameo: '195', acled: AIR, example: 'Une frappe aérienne a touché le camp.' },
  { type: T, pattern: `(?:saute|sauté|sautent|sauter|heurté|heurte) (?:sur )?(?:une|un) (?:mine|engin explosif)|(?:engins? explosifs?(?: improvisés?)?|mines?(?: artisanales?| antipersonnel)?|EEI|IED|bombes?(?: artisanales?)?(?! lacrymogènes?| de gaz| à gaz))(?<!${HELD}(?:engins? explosifs?(?: improvisés?)?|mines?(?: artisanales?| antipersonnel)?|EEI|IED|bombes?(?: artisanales?)?))|voitures? piégées?|véhicules? piégés?`, mode: 'explosives', cameo: '183', acled: EXPLOSIVE, example: 'Un convoi de la MINUSMA saute sur une mine entre Aguelhok et Tessalit.' },
  { type: T, pattern: `explosions?${NOT_FORCE.explosion}|explos(?:e|ent|é)${NOT_FORCE.rise}`, mode: 'explosives', cameo: '183', acled: EXPLOSIVE, incidental: true, example: "Une explosion a visé une patrouille près de Gao." },
  { type: T, pattern: "assassin(?:at|ats|é|ée|és|ées|ent|er)|tentatives? d'assassinat", mode: 'assassinate', cameo: '186', acled: CIVILIANS, example: 'Assassinat du maire de Boni par des présumés djihadistes.' },
  { type: T, pattern: `tu(?:e|é|ée|és|ées|ent|ant|er|èrent|ait|aient)${NOT_FORCE.killTime}|a(?:battu(?:e|s|es)?|batt(?:ent|ant|re))(?<!(?<![\\p{L}])s'(?:est |sont |était |étaient )?a(?:battu(?:e|s|es)?|batt(?:ent|ant|re)))|exécut(?:ion|ions|é|ée|és|ées|ent)|traqu(?<!(?:la|une|cette|sa|leur|de) traqu)(?:e|ent|ant|é|ée|és|ées)|massacres?|massacr(?:é|és|ées|ent)|décapit(?:e|é|ée|és|ées|ent|ation|ations)|égorg(?:e|é|ée|és|ées|ent)|lynch(?:é|és|age)|meurtres?`, mode: 'kill', cameo: '180', acled: CIVILIANS, incidental: true, example: 'Un civil a été tué par des hommes armés.' },
  { type: T, pattern: "neutralis(?:é|ée|és|ées|ent|ant|er|ait|aient)(?<!(?:mines?|engins?|explosifs?|improvisés?|EEI|IED|bombes?|obus|armes?|munitions?|véhicules?|colis) neutralis(?:é|ée|és|ées|ent|ant|er|ait|aient))(?! (?:d'une |d'un |une |un |de |des |les |la |le |l'|deux |trois |plusieurs )?(?:mines?|engins?|bombes?|obus|explosifs?|EEI|IED|colis))", mode: 'kill', cameo: '180', weak: true, example: 'Au moins 6 rebelles de la CPC neutralisés par l’armée à Bakouma.' },
  { type: T, pattern: "bless(?:ant|é par|ée par|és par)|passés? à tabac|tabass(?:é|és)|maltrait(?:é|ée|és|ées|ent)", mode: 'beat', cameo: '180', incidental: true, example: 'Des individus armés attaquent 2 cars blessant 2 passagers.' },
  { type: T, pattern: `(?:enl(?:è|e)vements?|enlev(?:é|ée|és|ées|ent|er)|enlèvent|enlève)(?! ${THINGS})|fai(?:t|s|ent)? prisonniers?|kidnapp(?:ing|é|ée|és|ées|ent)|rapts?|pris(?:e|es)? en otages?|prises? d'otages?|pris(?:e|es)? (?:[\\p{L}'’-]+ ){1,4}en otages?`, mode: 'abduct', cameo: '181', acled: ABDUCTION, example: "Enlèvement d'un chef de village près de Tombouctou." },
  // Force used on a crowd: "la police a violemment réprimé les manifestants", "les grévistes ont été réprimés".
  { type: T, pattern: `répri(?:mé|mée|més|mées|ment|me|mant|mer|mait|maient)(?= (?:[\\p{L}'’-]+ ){0,3}?${CROWD})|réprimé(?:e|s|es)? (?:[\\p{L}-]+ )?par (?:la |les |l'|des )?(?:police|gendarmerie|forces|armée|militaires|policiers|gendarmes|soldats)|répression (?:[\\p{L}-]+ )?(?:des|de la|du|d'une|d'un|de) ${CROWD}`, mode: 'beat', cameo: '180', example: 'La police a violemment réprimé les manifestants à Conakry.' },
  // An assault on a person ("victime d'une agression", "a été agressé"): not "agression verbale" (words, no force).
  { type: T, pattern: `agressions?(?! verbales?)|agress(?:é|ée|és|ées|ent|er|ait|aient|èrent)${CRIME.byThugs}`, mode: 'beat', cameo: '180', example: "Un commerçant a été agressé par trois individus armés à Kati." },
  { type: T, pattern: "rixes?|bagarres?|(?:en )?(?:venir|venu(?:e|s|es)?|viennent) aux mains", mode: 'beat', cameo: '180', example: 'Les deux groupes en sont venus aux mains devant la mairie.' },
  { type: T, pattern: `braquages?${CRIME.robbed}|braqu(?:é|és|ée|ées|ent|er)${CRIME.shopRobbed}${CRIME.byThugs}(?! (?:leurs?|ses|son|sa|des|les|une|un) (?:armes?|fusils?|pistolets?|kalachnikovs?|regards?|projecteurs?|caméras?|lampes?|yeux))|coupeurs de route`, mode: 'firearms', cameo: '180', acled: CIVILIANS, example: 'Braquage d’un car de transport sur la route de Gao.' },
  { type: T, pattern: "(?:mis|mise|mises|mettent|met|mettant) (?:[\\p{L}'’-]+ ){0,4}en (?:débandade|déroute)|débandades?|déroutes?", cameo: '190', example: 'Létélé, attaque d’une position des soldats FACA par des rebelles de 3R, débandade générale.' },
  { type: T, pattern: "repris(?:e|es)?(?<=(?:villes?|localités?|villages?|positions?|bases?|camps?|zones?|régions?|communes?|quartiers?|cités?|mines?|sites?|préfectures?|sous-préfectures?|chefs-lieux|axes?)(?: [^.;:!?]{0,80})? repris(?:e|es)?) (?:par|aux mains d)|(?:tomb(?:é|ée|és|ées|e|ent)|passée?s?) (?:aux|entre les|sous le contrôle des?) mains|(?:pris|prennent|prend|reprennent|reprend|repris|prendre|reprendre) le contrôle d|annex(?:é|ée|és|ées) par", cameo: '190', example: 'La ville de Moyenne-Sido au nord du pays reprise par les FACA et les forces bilatérales.' },
  { type: T, pattern: 'bavures?(?<!sans bavures?)', weak: true, cameo: '180', acled: CIVILIANS, example: 'Centrafrique : bavures en série des mercenaires russes.' },
  // Violence named as a cause fought ("la marche contre les violences policières", "l'association « Stop aux violences »")
  // or as private harm ("violences conjugales") tells no event of its own.
  { type: T, pattern: `(?:violences?(?! ${PRIVATE})|exactions?|tueries?)(?<!${CAUSE}(?:violences?|exactions?|tueries?))|représailles|carnages?|bains? de sang|crimes? de guerre|crimes? contre l'humanité|s(?:è|e)m(?:e|ent|ant|é|er) (?:la terreur|le chaos)|terroris(?:e|ent|é|ée|és|ées)`, weak: true, cameo: '180', example: 'De nouvelles violences ont éclaté dans la région.' },
  // An armed conflict named as such: with a figure, a place, a date or a party of its own it is a telling of fighting.
  { type: T, pattern: "guerres? civiles?|conflits? (?:civils? )?armés?|insurrections? armées?|soulèvements? armés?", weak: true, cameo: '190', example: 'La guerre civile a fait plus de 300 morts dans la région de Zinder.' },
  { type: T, pattern: 'ripost(?:e|é|ent)', weak: true, cameo: '190', example: "Riposte de l'armée malienne aux alentours de Fakola." },
];
