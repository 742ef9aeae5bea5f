import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'MOBILIZE',
  description: 'Mobilise or deploy forces, raise alert, show force (CAMEO 15).',
  cameo: '15',
  acled: { event_type: 'Strategic developments', sub_event_type: 'Headquarters or base established' },
  located: true,
  symmetric: false,
  countKinds: [],
  modes: ['troops', 'weapons', 'police'],
});
