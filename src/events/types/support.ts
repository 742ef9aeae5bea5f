import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'SUPPORT',
  description: 'Praise, endorse, defend verbally, recognise diplomatically (CAMEO 05).',
  cameo: '05',
  acled: null,
  symmetric: false,
  countKinds: [],
  modes: [],
});
