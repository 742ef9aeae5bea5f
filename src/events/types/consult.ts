import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'CONSULT',
  description: 'Meet, talk, negotiate, visit (CAMEO 04).',
  cameo: '04',
  acled: null,
  symmetric: true,
  countKinds: [],
  modes: ['phone', 'visit', 'third-party', 'multilateral'],
});
