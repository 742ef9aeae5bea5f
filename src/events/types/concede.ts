import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'CONCEDE',
  description: 'Yield: release prisoners, ease restrictions, return territory, apologise (CAMEO 08).',
  cameo: '08',
  acled: null,
  symmetric: false,
  countKinds: [],
  modes: [],
});
