import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'AID',
  description: 'Provide economic, military, humanitarian aid or protection (CAMEO 07).',
  cameo: '07',
  acled: null,
  located: true,
  symmetric: false,
  countKinds: [],
  modes: [],
});
