// Every French trigger row, one file per event type (or group of rare types).
import type { TriggerRow } from '../../pack.js';
import { triggers as accuse } from './accuse.js';
import { triggers as agree } from './agree.js';
import { triggers as assault } from './assault.js';
import { triggers as coerce } from './coerce.js';
import { triggers as consult } from './consult.js';
import { triggers as others } from './others.js';
import { triggers as protest } from './protest.js';
import { triggers as reject } from './reject.js';
import { triggers as request } from './request.js';
import { triggers as threaten } from './threaten.js';

export const triggers: readonly TriggerRow[] = [
  ...assault, ...coerce, ...consult, ...agree, ...accuse, ...request, ...reject, ...threaten, ...protest, ...others,
];
