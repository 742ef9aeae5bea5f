// English cues: attribution, modality, contexts, place and actor cue words, anaphora.
import type { ActorCues, AttributionCue, ClauseCues, ContextCue, CorefCues, ModalityCue, PlaceCues } from '../pack.js';

const SAY = 'said|says|say|claim|(?<!(?:a|an|the|this|new|latest|its|their|UN|U\\.N\\.) )report(?! (?:on|of|by|from|says|said))(?![:\\p{L}])|announced|announces|stated|states|reported|reports|claimed|claims|confirmed|confirms|told|added|declared|declares';

/**
 * Words between a negation and the event word it negates: adverbs, the auxiliaries of a passive or perfect, and light
 * verbs of a noun ("did not carry out the attack", "has not yet launched an offensive", "have not been arrested").
 */
const NEGATED_FILLER = "(?: (?:yet|immediately|directly|actually|really|officially|ever|again|even|be|been|being|get|got|carry out|carried out|launch|launched|stage|staged|take part in|taken part in|engage in|engaged in|conduct|conducted|make|made|hold|held|see|seen|witness|witnessed|report|reported|record|recorded|any|an?|the|any such))*";

export const attribution: readonly AttributionCue[] = [
  { pattern: 'according to|citing|sources? (?:said|say)', source: 'after', example: 'According to the Russian defence ministry, five soldiers were killed.' },
  // French typography puts a space before the colon ("… rebel attacks : UN").
  // A spaced dash as well, hyphen or en or em dash ("… killed near Bouar – MINUSCA").
  { pattern: "[\\p{L}\\d)]+(?: ?:| [-–—])(?= [^:;,.]{2,50}(?:[;.]|$))", source: 'after', example: '30 killed in clashes in Central African Republic: security source' },
  // A dash glued to one side only ("ceasefire -military", "attack- government adviser", "services -- source").
  { pattern: "[\\p{L}\\d)]+(?: --?(?=\\p{L})|(?<!(?<![\\p{L}])(?:anti|pro|ex|non|post|pre|semi))--?(?= \\p{L})| --(?= \\p{L}))(?= ?[^:;,.]{2,50}(?:[;.]|$))", source: 'after', example: 'Rebel sniper kills Ukrainian serviceman despite ceasefire -military' },
  // "have not said" is no claim.
  { pattern: `(?:has |have |had )?(?:${SAY})(?<!(?:not|never|n't) [\\p{L}]+)`, source: 'before', example: 'The presidency announced that a new meeting would take place.' },
];

export const modality: readonly ModalityCue[] = [
  { pattern: 'will (?:take place|be held)|would (?:take place|be held)|(?:is|are) (?:scheduled|planned|expected) (?:for|on)|(?:is|are|was|were) (?:scheduled|planned|expected|set|due) to(?= (?:take place|be held|resume|begin|start|open|continue|go ahead|convene|last|end|conclude))', modality: 'planned', scope: 'preceding', example: 'A new meeting between the two delegations will take place soon.' },
  { pattern: '(?:plans?|planned|intends?|intended|is to|are to|will|would) (?:to )?(?:hold|sign|meet|launch)', modality: 'planned', scope: 'following', example: 'The two countries plan to sign an agreement.' },
  // The event word that follows an announced schedule: "is expected to meet", "are set to sign", "plans to impose".
  { pattern: '(?:is|are|was|were) (?:expected|set|due|scheduled|poised|slated) to|(?:plans?|planning|intends?|intending) to', modality: 'planned', scope: 'following', example: 'The minister is expected to meet rebel leaders next week.' },
  { pattern: 'denied|denies|deny|rejected claims', modality: 'denied', scope: 'following', example: 'The army denied shelling the village.' },
  // A negated verb: "did not attack", "were not arrested", "never took place", "has not yet launched an offensive",
  // "there was no fighting". Only the event word the phrase leads into ('next'), not the rest of the sentence ("It was
  // not clear who carried out the attack" negates no event).
  { pattern: `(?:(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can)(?: not|n't)|cannot|never|no longer|(?:refus(?:ed|es|ing)|declin(?:ed|es|ing)|fail(?:ed|s|ing)) to)${NEGATED_FILLER}`, modality: 'denied', scope: 'next', example: 'The army did not attack the village.' },
  // A toll of none ("no casualties", "no deaths") is a zero count of the event told, not its denial.
  { pattern: `(?:there (?:was|were|has been|have been|had been) )?no(?: (?:new|further|major|more|such|reported|serious|heavy|armed))?(?! (?:casualties|victims|deaths|fatalities|injuries|losses|dead|killed|one|body)(?![\\p{L}]))`, modality: 'denied', scope: 'next', example: 'There was no fighting in the town on Sunday.' },
  { pattern: 'of (?:having )?(?:launching|carrying out|killing|attacking|shelling)|allegedly|alleged|reportedly', modality: 'alleged', scope: 'following', example: 'Armenia accused Azerbaijan of launching an offensive.' },
  { pattern: '(?:could|might|may) (?:be|take place|resume)', modality: 'hypothetical', scope: 'preceding', example: 'An offensive could be launched against the town.' },
  { pattern: 'could|might|may|if|in case of|threatened to', modality: 'hypothetical', scope: 'following', example: 'The army could launch an offensive against the town.' },
];

export const contexts: readonly ContextCue[] = [
  { pattern: '(?:UN |United Nations )?Security Council', context: 'un_security_council', scope: 'nearest', example: 'The UN Security Council met in an emergency session.' },
  { pattern: 'peace (?:talks|process|negotiations|agreement|deal|conference)', context: 'peace_talks', scope: 'sentence', example: 'Peace talks between the government and the rebels resumed in Algiers.' },
  { pattern: 'ceasefire|cease-fire|truce', context: 'ceasefire', scope: 'sentence', example: 'Both sides agreed to a ceasefire.' },
  { pattern: 'accidents?|accidental(?:ly)?|gas leaks?|short circuits?|technical failures?|drown(?:ed|ing|ings)?|floods?|flooding|storms?|earthquakes?|landslides?|collapsed?|(?:gas|ammonia|fuel|chemical) leaks?|gas cylinders?|tanker trucks?|overheating|human error|mishandling', context: 'accident', scope: 'paragraph', example: 'Looters attacked the trucks after the accident.' },
  // Disasters, as in French: an actorless death told beside one is no attack. Fire only when named as a blaze ("the
  // house fire", "a fire broke out"), not "artillery fire" or "opened fire".
  { pattern: "(?:house|forest|bush|building|factory|warehouse|market|apartment) fires?|wildfires?|blazes?|fire (?:broke out|engulfed|swept through|ravaged|gutted)|natural disasters?|hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?|volcanic eruptions?|avalanches?|droughts?|heat ?waves?|epidemics?|pandemics?|cholera outbreaks?", context: 'disaster', scope: 'paragraph', example: 'During the hurricane, gunmen attacked an aid convoy.' },
];

export const places: PlaceCues = {
  locative: 'in|at|near|outside|around|inside|km (?:from|of)|north of|south of|east of|west of|town of|village of|city of|district of|region of',
  nonLocative: 'from|to|ambassador of|counterpart|born in',
};

export const actors: ActorCues = {
  agent: 'by',
  civilians: 'civilians?|villagers|passengers|residents|worshippers|pupils|students',
  passive: '(?:were|was|been|being|are|is|got) (?:[\\p{L}-]+ )?',
  genitive: 'of|of the',
  articles: '(?:the|a|an)? ?(?:(?:latest|new|first) )?(?:(?:toll|statement|report|spokesman|spokesperson|sources?) (?:of|from|by) )?(?:the )?',
  sourceEnd: 'in a statement|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|,|;|:',
  relative: 'who|which|that|whose|according',
  // Offices, governments and bodies that take part in talks, requests and praise when the actor dictionary knows none.
  parties: "governments?|governmental|ministers?|ministry|ministries|ministerial|presidents?|presidency|presidential|vice-presidents?|premiers?|heads? of (?:state|government)|chancellors?|diplomats?|diplomatic|ambassadors?|embass(?:y|ies)|counterparts?|envoys?|mediators?|mediation|delegations?|delegates?|leaders?|leadership|officials?|authorities|governors?|mayors?|lawmakers?|legislators?|parliament(?:ary|arians?)?|congress|senators?|senate|part(?:y|ies)|unions?|opposition|coalition|junta|rebels?|insurgents?|militants?|militias?|armed groups?|arm(?:y|ies)|military|troops|forces|peacekeepers|United Nations|UN|African Union|European Union|Security Council|spokes(?:man|woman|person)|Kremlin|White House|Pentagon|international community|both sides|(?:the )?two (?:countries|sides|parties|states|capitals|neighbou?rs)|the two sides|warring parties",
};

export const coref: CorefCues = {
  demonstrative: 'this|that|these|those|the same',
};

/** Verbs asked for whose object is an event that did happen: "urged the UN to probe (the killings)". */
const LOOK_INTO = '(?:probe|investigate|look into|examine|document|condemn|denounce|punish|stop|end|halt|prevent|address|explain|account for)(?![\\p{L}])';

export const clauses: ClauseCues = {
  // A bare "to" also opens objects and results ("led to clashes"): only the unambiguous openers.
  stance: 'anti|pro',
  purpose: "(?:in order to|so as to|to (?:express|voice|show|declare|pledge) (?:their|his|her|its|our))",
  // An earlier event recalled to compare: "a previous attack", "prior clashes", "the attack before that".
  recalled: "previous|prior",
  // What a request or a threat asks for or promises is not told as happening: "urged the United States to withdraw
  // (sanctions)", "called on donors to send (aid)", "demanded the (withdrawal) of", "threatened to hold a general (strike)".
  requested: `(?:call(?:ed|s|ing)? (?:on|upon)|urg(?:ed|es|ing)|ask(?:ed|s|ing)|appeal(?:ed|s|ing)? (?:to|on)|press(?:ed|es|ing)|encourag(?:ed|es|ing)|invit(?:ed|es|ing)|exhort(?:ed|s|ing)|order(?:ed|s|ing)|threaten(?:ed|s|ing)|want(?:s|ed)?)\\s+(?:[\\p{L}\\p{N}'’.,-]+\\s+){0,6}?to(?:\\s+(?!${LOOK_INTO})[\\p{L}-]+(?:\\s+[\\p{L}'’-]+){0,2}?)?|(?:call(?:ed|s|ing)?|appeal(?:ed|s|ing)?) for(?: (?:a|an|the|an immediate|immediate|a new|new|fresh))?|(?:demand(?:ed|s|ing)?|sought|seek(?:s|ing)?|request(?:ed|s|ing)?) (?:a|an|the|an immediate|immediate)` +
    // "rejected a proposal for a cease-fire", "an offer from Kabul for direct talks", "demanded that Israel (ease
    // restrictions)", "the rebels must reach an (agreement)".
    `|(?:proposals?|offers?|ultimatums?|appeals?|calls?|initiatives?) (?:[\\p{L}\\p{N}'’.,-]+\\s+){0,4}?(?:for|to)(?:\\s+(?!${LOOK_INTO})[\\p{L}-]+(?:\\s+[\\p{L}'’-]+){0,2}?)?` +
    `|(?:demand(?:ed|s|ing)?|insist(?:ed|s|ing)?|call(?:ed|s|ing)? for) (?:[\\p{L}-]+\\s+){0,2}?that\\s+(?:[\\p{L}'’.-]+\\s+){0,2}?[\\p{L}'’.-]+` +
    `|must(?:\\s+[\\p{L}-]+(?:\\s+[\\p{L}'’-]+){0,2}?)?`,
  // A sum over a period or a habit: "every year", "so far this year", "since the start of the war". Not adverbs alone
  // ("routinely beat up detainees" is coded as an event).
  habitual: "every (?:year|month|week|day|night|summer|winter|weekend|time)|each (?:year|month|week|day|night|time)|(?:so far|earlier|already) this year|this year alone|per (?:year|month|week)|on average|since (?:the (?:start|beginning|outbreak) of (?:the year|the war|the conflict|the crisis|the month|the uprising|the insurgency|hostilities))|for (?:years|decades|months)|in recent (?:months|weeks)|over the (?:past|last) (?:few |several |two |three |four |five |ten |\\d+ )?(?:years|decades|months)",
};
