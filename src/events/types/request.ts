import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'REQUEST',
  description: 'Appeal, ask or demand something of another actor (CAMEO 02, 10).',
  cameo: '02',
  acled: null,
  symmetric: false,
  countKinds: [],
  modes: [],
});
