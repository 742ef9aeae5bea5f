import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'PROTEST',
  description: 'Demonstrate, strike, riot, block roads (CAMEO 14).',
  cameo: '14',
  acled: { event_type: 'Protests', sub_event_type: 'Peaceful protest' },
  located: true,
  distinctModes: true,
  symmetric: false,
  countKinds: ['killed', 'injured', 'arrested'],
  modes: ['demo-org', 'demo-spon', 'riot-spon', 'strike-gen', 'strike-hun', 'obstruct'],
  // Police firing on the crowd, demonstrators and police clashing: the demonstration turned riot.
  absorbsForce: {
    from: 'ASSAULT',
    fromModes: [null, 'firearms', 'beat', 'kill'],
    ownModes: ['demo-org', 'demo-spon', 'riot-spon'],
    actors: ['GEN-POLICE', 'GEN-PROTESTERS', 'GEN-CIVILIANS'],
    sentences: 3,
    mode: 'riot-spon',
    cameo: '145',
    acled: { event_type: 'Riots', sub_event_type: 'Violent demonstration' },
  },
});
