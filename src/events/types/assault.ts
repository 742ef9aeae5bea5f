import { defineEventType } from '../event-type.js';

export default defineEventType({
  id: 'ASSAULT',
  description: 'Use of force: attacks, armed clashes, shelling, bombings, killings, abductions (CAMEO 18, 19, 20).',
  cameo: '19',
  acled: { event_type: 'Battles', sub_event_type: 'Armed clash' },
  acledByTargetKind: {
    civilians: { event_type: 'Violence against civilians', sub_event_type: 'Attack' },
    person: { event_type: 'Violence against civilians', sub_event_type: 'Attack' },
  },
  located: true,
  symmetric: false,
  countKinds: ['killed', 'injured', 'missing', 'displaced', 'violations'],
  modes: ['firearms', 'heavy-weapons', 'aerial-weapons', 'drone', 'explosives', 'suicide-bomb', 'abduct', 'kill', 'beat', 'sexual', 'torture', 'assassinate'],
  impliedByCasualties: true,
  cancelledByContexts: ['accident', 'disaster'],
});
