// Every English trigger row.
import type { TriggerRow } from '../../pack.js';
import { triggers as assault } from './assault.js';
import { triggers as other } from './other.js';
import { triggers as relations } from './relations.js';

export const triggers: readonly TriggerRow[] = [...assault, ...other, ...relations];
