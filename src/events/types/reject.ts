import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'REJECT',
  description: 'Reject a proposal, refuse, veto (CAMEO 12).',
  cameo: '12',
  acled: null,
  symmetric: false,
  countKinds: [],
  modes: [],
});
