import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'RETREAT',
  description: 'Withdraw forces, demobilise, retreat (CAMEO 087).',
  cameo: '087',
  acled: { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' },
  located: true,
  symmetric: false,
  countKinds: [],
  modes: [],
});
