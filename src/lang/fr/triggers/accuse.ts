// ACCUSE triggers (French).
import type { TriggerRow } from '../../pack.js';

const T = 'ACCUSE' as const;

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: 'accus(?:é|ée|és|ées|e|ent|ant|ait|ation|ations)', cameo: '112', example: "Le ministre a accusé Bakou d'avoir lancé une offensive." },
  { type: T, pattern: 'dénonc(?:é|ée|e|ent|ant|er|ait)|condamn(?:é|e|ent|ant|ait)|fustig(?:é|e|ent)|reproch(?:é|e|ent)', cameo: '111', example: "Il a dénoncé une campagne de désinformation d'Erevan." },
];
