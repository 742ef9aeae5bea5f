// The event-type registry: the one list of PLOVER types Vigie codes. Adding a type = one file in
// types/ and one entry here; the extractor reads this list and names no type itself.
import accuse from './types/accuse.js';
import agree from './types/agree.js';
import aid from './types/aid.js';
import assault from './types/assault.js';
import coerce from './types/coerce.js';
import concede from './types/concede.js';
import consult from './types/consult.js';
import cooperate from './types/cooperate.js';
import mobilize from './types/mobilize.js';
import protest from './types/protest.js';
import reject from './types/reject.js';
import request from './types/request.js';
import retreat from './types/retreat.js';
import sanction from './types/sanction.js';
import support from './types/support.js';
import threaten from './types/threaten.js';
import type { EventTypeDef } from './event-type.js';

export const EVENT_TYPES = [
  agree, consult, support, concede, cooperate, aid, retreat, request,
  accuse, reject, threaten, protest, sanction, mobilize, coerce, assault,
] as const;

export type EventTypeId = (typeof EVENT_TYPES)[number]['id'];

const BY_ID: ReadonlyMap<string, EventTypeDef> = new Map(EVENT_TYPES.map((t) => [t.id, t]));

/** The definition of a type id; undefined for an id not in the registry. */
export function getEventType(id: string): EventTypeDef | undefined {
  return BY_ID.get(id);
}

export function isEventTypeId(id: string): id is EventTypeId {
  return BY_ID.has(id);
}

export type { AcledMapping, EventTypeDef } from './event-type.js';
