// English count words.
import type { CountLexicon } from '../pack.js';

export const counts: CountLexicon = {
  nouns: [
    { pattern: 'dead|killed|deaths?|fatalities|bodies|shot dead|slain|KIAs?|killed in action|died|die', kind: 'killed', example: 'Clashes left 7 dead.' },
    { pattern: 'injured|wounded|hurt|injuries|WIAs?|wounded in action', kind: 'injured', example: 'At least 400 injured.' },
    { pattern: 'missing', kind: 'missing', example: 'Two people are missing.' },
    { pattern: 'arrested|detained|arrests', kind: 'arrested', example: 'Twelve protesters arrested.' },
    { pattern: 'displaced|refugees', kind: 'displaced', example: '5,000 displaced by the fighting.' },
    { pattern: 'violations?', kind: 'violations', example: 'Five ceasefire violations were recorded.' },
  ],
  verbs: [
    { pattern: 'killing|killed|left dead', kind: 'killed', example: 'Gunmen attacked the village, killing 3 civilians.' },
    { pattern: 'injuring|wounding|wounded|injured', kind: 'injured', example: 'A blast injured 4 people.' },
    { pattern: 'arrested|detained', kind: 'arrested', example: 'Police arrested 12 protesters.' },
  ],
  people: 'people|persons?|civilians?|soldiers?|troops|men|women|children|police(?:men)?|officers?|peacekeepers?|fighters?|rebels?|militants?|villagers?|residents?|passengers?|protesters?|members?|insurgents?|workers?',
  fillers: 'of|of the|among',
  none: [
    { pattern: 'no (?:casualties|victims|one (?:was )?(?:killed|hurt|injured))', kinds: ['killed', 'injured'], example: 'There were no casualties.' },
  ],
};
