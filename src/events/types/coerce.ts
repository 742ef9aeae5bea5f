import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'COERCE',
  description: 'Arrest, detain, seize, destroy property, impose curfew or ban (CAMEO 17).',
  cameo: '17',
  acled: { event_type: 'Strategic developments', sub_event_type: 'Arrests' },
  located: true,
  // An arrest, a looting and a coup are different events, not the means of one.
  distinctModes: true,
  symmetric: false,
  countKinds: ['arrested', 'displaced'],
  cancelledByContexts: ['accident', 'disaster'],
  modes: ['arrest', 'confiscate', 'destroy', 'ban', 'martial-law', 'deport', 'demining', 'coup', 'search'],
});
