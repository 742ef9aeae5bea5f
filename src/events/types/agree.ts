import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'AGREE',
  description: 'Agree to, sign or express intent to cooperate, settle, cease fire (CAMEO 03, 057).',
  cameo: '03',
  acled: { event_type: 'Strategic developments', sub_event_type: 'Agreement' },
  locatedContexts: ['ceasefire'],
  symmetric: true,
  countKinds: [],
  modes: [],
});
