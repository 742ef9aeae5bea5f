import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'SANCTION',
  description: 'Reduce relations, impose embargoes or sanctions, expel diplomats (CAMEO 16).',
  cameo: '16',
  acled: null,
  symmetric: false,
  countKinds: [],
  modes: [],
});
