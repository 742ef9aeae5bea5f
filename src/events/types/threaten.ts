import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'THREATEN',
  description: 'Threaten force, sanctions or other harm; give an ultimatum (CAMEO 13).',
  cameo: '13',
  acled: null,
  symmetric: false,
  countKinds: [],
  modes: ['violence', 'restrict', 'relations', 'political', 'curfew'],
});
