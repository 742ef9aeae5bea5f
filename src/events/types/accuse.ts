import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'ACCUSE',
  description: 'Accuse, denounce, criticise, blame (CAMEO 111, 112).',
  cameo: '112',
  acled: null,
  symmetric: false,
  countKinds: [],
  modes: [],
  reportsObject: true,
});
