// THREATEN triggers (French).
import type { TriggerRow } from '../../pack.js';

const T = 'THREATEN' as const;

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: 'menac(?:e|é|ée|ent|ant|ait)|ultimatums?', cameo: '130', example: 'Les rebelles ont menacé de reprendre les armes.' },
];
