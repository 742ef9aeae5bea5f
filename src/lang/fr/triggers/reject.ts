// REJECT triggers (French).
import type { TriggerRow } from '../../pack.js';

const T = 'REJECT' as const;

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: 'rejet(?:é|ée|te|tent|ait)?|refus(?:é|ée|e|ent|ait)?|opposé son veto', cameo: '120', example: 'Le gouvernement a rejeté la proposition des rebelles.' },
];
