// REQUEST triggers (French).
import type { TriggerRow } from '../../pack.js';

const T = 'REQUEST' as const;

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: "à la demande d(?:e|u|es|')", cameo: '020', sourceAfter: true, example: "Le Conseil de sécurité s'est réuni à la demande de la France." },
  { type: T, pattern: "demand(?:é|e|ent|ant) (?:à|aux|au|que|le|la|l')|appel(?:é|le|lent|ant)? (?:à|aux|au)|appel(?:é|le|lent|ant) (?:les |la |le |l'|des |tous les |toutes les )?(?:[\\p{L}'’-]+ ){1,3}?à (?:cesser|arrêter|mettre fin|mettre un terme|respecter|négocier|dialoguer|la retenue|la désescalade)|exhort(?:é|e|ent)|réclam(?:é|e|ent)", cameo: '020', example: "Le gouvernement malien a demandé le retrait des troupes françaises." },
];
