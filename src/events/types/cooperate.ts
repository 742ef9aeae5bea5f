import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'COOPERATE',
  description: 'Material cooperation: joint operations, shared intelligence, trade (CAMEO 06).',
  cameo: '06',
  acled: null,
  symmetric: true,
  countKinds: [],
  modes: [],
});
