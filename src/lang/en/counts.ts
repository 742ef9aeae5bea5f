// English count words.
import type { CountLexicon } from '../pack.js';

/** Military and civilian people that "destroyed", "eliminated" or "lost" may count. */
const PERSONNEL = 'servicemen|service ?members|soldiers|troops|fighters|militiamen|militants|invaders|paratroopers|mercenaries|military personnel|personnel|people|civilians|men|military|Russians|Ukrainians';
/** One person in the singular: "Ukrainian soldier killed" counts one. */
const SINGLE = 'soldier|serviceman|servicewoman|service ?member|civilian|woman|man|child|boy|girl|teenager|journalist|reporter|photographer|policeman|police officer|peacekeeper|militiaman|fighter|rebel|militant|separatist|resident|volunteer|medic|paramedic|doctor|priest|mayor|lawmaker|politician|commander|driver|farmer|villager|border guard|guard|pensioner|officer';
/** Up to 80 characters of a phrase; a period inside a word ("C.Africa") does not end it. */
const WORDS = '(?: (?:[^.;:]|\\.(?=\\S)){1,80}?)?';
/**
 * Verbs giving a toll's new figure, read only after `head` ("the number of people killed … rose to 23"): the match is
 * the verb alone, so the words of the head stay out of the count (each verb's first letter comes before its
 * look-behind, as the lexicon's prefix index needs).
 */
function tollVerb(head: string, verbs: readonly string[]): string {
  return verbs.map((v) => `${v[0]}(?<=${head} ${v[0]})${v.slice(1)}`).join('|');
}

/** Nobody, in the words a toll of none is told with: "no one", "nobody", "none of the passengers", "no soldiers". */
const NOBODY = "(?:no one|no-one|nobody|none(?: of (?:them|us|those|the (?:[\\p{L}-]+ )?[\\p{L}-]+))?|no (?:[\\p{L}-]+ )?(?:people|persons|civilians|soldiers|troops|personnel|servicemen|peacekeepers|police(?:men)?|officers|passengers|residents|villagers|casualties))";
/** The verb forms between nobody and the participle ("was", "has been reported"). */
const WERE = "(?:was|were|has been|have been|had been|is|are|got)(?: (?:reported|reportedly|immediately reported|believed to have been|thought to have been))? |(?:reportedly |seriously )?";

/** The qualifiers a count may carry between the verb and the number. */
const QUALIFIER = 'up to|more than|over|about|almost|nearly|at least|some|around|approximately';

export const counts: CountLexicon = {
  nouns: [
    { pattern: 'dead|killed|deaths?|fatalities|bodies|shot dead|slain|KIAs?|killed in action|died|die|lost in action|lost in (?:the |a )?(?:fighting|battles?|combat)', kind: 'killed', example: 'Clashes left 7 dead.' },
    // "victims" after a toll verb ("the blast left 12 victims", "claimed 7 victims") are the dead, unless a breakdown
    // follows ("12 victims, including 3 dead") or the figure is vague ("several victims").
    { pattern: "v(?<=(?:left|leaving|caused|causing|claimed|claiming)\\s+[\\p{L}\\p{N},  -]{0,30}v)(?<!(?:several|many|numerous|some) v)ictims(?!,? (?:including|among them|of whom))", kind: 'killed', example: 'The blast left 12 victims at the market in Gao.' },
    { pattern: 'lost(?= in (?:the )?[\\p{L}-]+ (?:direction|sector|area|region))', kind: 'killed', example: 'Over 250 servicemen lost in Donetsk direction in 24 hours.' },
    // The passive of the communiqué's verb, after people only: "more than 200 invaders were destroyed" (not "two tanks were destroyed").
    { pattern: `(?:were|have been|had been) (?:destroyed|eliminated|neutrali[sz]ed|liquidated)(?<=(?:${PERSONNEL}) (?:were|have been|had been) (?:destroyed|eliminated|neutrali[sz]ed|liquidated))`, kind: 'killed', example: 'More than 200 invaders were destroyed near Svatove.' },
    { pattern: 'injured|wounded|hurt|injuries|WIAs?|wounded in action', kind: 'injured', example: 'At least 400 injured.' },
    { pattern: 'missing', kind: 'missing', example: 'Two people are missing.' },
    { pattern: 'arrested|detained|arrests', kind: 'arrested', example: 'Twelve protesters arrested.' },
    { pattern: 'displaced|refugees', kind: 'displaced', example: '5,000 displaced by the fighting.' },
    { pattern: 'violations?', kind: 'violations', example: 'Five ceasefire violations were recorded.' },
  ],
  verbs: [
    { pattern: 'killing|killed|kills?|left dead|shot dead|shoots? dead|shooting dead|shot and killed|gunned down|guns? down|gunning down', kind: 'killed', example: 'Gunmen attacked the village, killing 3 civilians.' },
    // "destroyed 40 soldiers", "lost 100 servicemen": killed only when what follows is people, not tanks.
    { pattern: `(?:destroy(?:s|ed|ing)?|eliminat(?:es|ed|ing)|neutrali[sz](?:es|ed|ing)|los(?:t|es|ing))(?=\\s+(?:(?:${QUALIFIER})\\s+)?[\\p{L}\\d,]+\\s+(?:[\\p{L}-]+\\s+)?(?:${PERSONNEL})(?![\\p{L}]))`, kind: 'killed', example: 'Russian troops destroyed up to 40 Ukrainian soldiers.' },
    // "the death toll from … rose to 28"; a period inside a word ("C.Africa", "U.N.-backed") does not end the phrase.
    { pattern: 'death toll(?: (?:[^.;:]|\\.(?=\\S)){1,80}?)? (?:amounted to|amounts to|rose to|rises to|risen to|climbed to|climbs to|reached|stands at|stood at|increased to|jumped to|jumps to)', kind: 'killed', example: 'The death toll from the shelling rose to 28.', update: true },
    // Losses are a running total of a war, not one event's toll: no update.
    { pattern: 'losses(?: (?:[^.;:]|\\.(?=\\S)){1,80}?)? (?:amounted to|amounts to|rose to|rises to|risen to|climbed to|climbs to|reached|stands at|stood at|increased to|jumped to|jumps to)', kind: 'killed', example: 'Russian losses in the Bakhmut direction amounted to 120 servicemen.' },
    // "the number of people killed … has risen to 23", "the number of residents who died … increased to 2": a number of
    // the dead, not of the displaced or the wounded. The count is the verb and its figure: who the sentence names before
    // it ("killed in shelling by the army") stays out of the count's words.
    { pattern: tollVerb(`number of(?= (?:[\\p{L}-]+ ){0,6}(?:killed|dead|died|deaths|victims|fatalities)(?![\\p{L}]))${WORDS}`, ['rose to', 'rises to', 'risen to', 'climbed to', 'climbs to', 'reached', 'increased to', 'jumped to', 'jumps to']), kind: 'killed', example: 'The number of people killed in the attack on the camp has risen to 23, officials said.', update: true },
    // "Toll in C.Africa violence hits 50", "death toll tops 100".
    { pattern: tollVerb(`(?:death )?toll${WORDS}`, ['hits', 'hit', 'tops', 'topped', 'passes', 'passed']), kind: 'killed', example: 'Toll in Bangui violence hits 50 - Red Cross', update: true },
    // "after the deaths of two teenagers", "the death of 3 miners", as "la mort de deux adolescents".
    { pattern: 'deaths? of', kind: 'killed', example: 'Riots broke out after the deaths of two teenagers in police custody.' },
    { pattern: 'injuring|wounding|wounded|injured', kind: 'injured', example: 'A blast injured 4 people.' },
    // A present-tense headline verb after a toll ("kills 3, wounds 10", "kill 3 peacekeepers, wound 2").
    // "died of his wounds 2 days later" is the noun.
    { pattern: 'w(?<!(?:his|her|their|its|of|from|to|the) w)ounds?|i(?<!(?:his|her|their|its|of|from|to|the) i)njures?', kind: 'injured', example: 'Bomb blast kills 3, wounds 10 in Maiduguri market.' },
    { pattern: 'arrested|detained', kind: 'arrested', example: 'Police arrested 12 protesters.' },
  ],
  // A people noun may carry the body they belong to ("three soldiers of the French force", "two members of the
  // "Free Earth" group, seriously wounded,").
  people: `(?:people|persons?|civilians?|soldiers?|troops|men|women|child(?:ren)?|boys?|girls?|police(?:m[ae]n)?|officers?|peacekeepers?|fighters?|rebels?|militants?|villagers?|residents?|passengers?|protesters?|members?|insurgents?|workers?|servicem(?:a|e)n|militiam(?:a|e)n|separatists?|paratroopers?)(?: (?:of|from)(?: [\\p{L}'’-]+){1,3}(?: ["“][^"”.;:!?\\n]{1,60}["”])?,?)?`,
  nonPeople: 'fish|animals|cattle|cows|sheep|goats|camels|donkeys|horses|birds|dogs|cats|livestock|head of cattle|chickens|trees|buildings|houses|vehicles',
  fillers: 'of|of the|among',
  singles: [
    { pattern: `(?:${SINGLE}) (?:was |has been |is |reportedly |reported )?(?:killed|shot dead|slain|dies|died)`, kind: 'killed', example: 'Ukrainian soldier killed near Shumy.' },
    { pattern: `(?:kills?|killed|killing|shoots? dead|shot dead) (?:[\\p{Lu}][\\p{L}.-]+ ){0,2}(?:${SINGLE})(?! (?:population|casualties|deaths|areas|targets|infrastructure))`, kind: 'killed', example: 'Rebel sniper kills Ukrainian serviceman despite ceasefire.' },
    { pattern: `(?:${SINGLE}) (?:was |has been |is |reportedly |reported )?(?:wounded|injured|hurt)`, kind: 'injured', example: 'Ukrainian soldier wounded in Donbas.' },
    { pattern: `(?:wounds?|wounded|wounding|injures?|injured|injuring) (?:[\\p{Lu}][\\p{L}.-]+ ){0,2}(?:${SINGLE})(?! (?:population|casualties|areas|targets|infrastructure))`, kind: 'injured', example: 'Shelling wounds Ukrainian serviceman near Avdiivka.' },
  ],
  // "three killed during an arrest", "in the course of the raid".
  during: "during|in the course of",
  // "Rebels killed 7 soldiers in an ambush", "killed in a rebel air strike", "killed amid fierce fighting": the attack
  // the killing was.
  occasion: "during|in the course of|in|amid|amidst",
  none: [
    { pattern: 'no (?:casualties|victims)|no (?:immediate )?reports? of (?:casualties|victims)|without (?:causing |any )?(?:casualties|victims)', kinds: ['killed', 'injured'], example: 'There were no casualties.' },
    // "no one was killed", "nobody has been hurt", "none of them were injured", "no soldiers were killed", "no deaths".
    { pattern: `${NOBODY} (?:${WERE})(?:killed|dead|died|lost (?:their|his|her) li(?:fe|ves))|no (?:deaths|fatalities|dead)|no (?:loss|losses) of (?:human )?life`, kinds: ['killed'], example: 'No one was killed in the clashes.' },
    { pattern: `${NOBODY} (?:${WERE})(?:hurt|injured|wounded|harmed)|no injuries|no (?:one|body) (?:else )?(?:hurt|injured|wounded)`, kinds: ['injured'], example: 'Nobody was hurt in the blast.' },
  ],
};
