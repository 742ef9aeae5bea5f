// REQUEST triggers (French).
import type { TriggerRow } from '../../pack.js';

const T = 'REQUEST' as const;
/** The public asked to act ("a demandé à la population de rester chez elle", "aux habitants de se protéger"): an appeal, no party. */
const PUBLIC = "(?:toute? (?:la |les )?|tous les |la |les |l'|ses |leurs |son |sa )?(?:population|habitants|citoyens|personnes?|riverains|usagers|passants|automobilistes|consommateurs|voyageurs|parents|familles|fidèles|élèves|étudiants|collaborateurs|employés|salariés|public)(?![\\p{L}])";

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: "à la demande d(?:e|u|es|')", cameo: '020', sourceAfter: true, example: "Le Conseil de sécurité s'est réuni à la demande de la France." },
  { type: T, pattern: `demand(?:é|e|ent|ant) (?:à|aux|au|que|le|la|l')(?! ?${PUBLIC})|appel(?:é|le|lent|ant)? (?:à|aux|au)|appel(?:é|le|lent|ant) (?:les |la |le |l'|des |tous les |toutes les )?(?:[\\p{L}'’-]+ ){1,3}?à (?:cesser|arrêter|mettre fin|mettre un terme|respecter|négocier|dialoguer|la retenue|la désescalade)|exhort(?:é|e|ent)|réclam(?:é|e|ent)`, cameo: '020', example: "Le gouvernement malien a demandé le retrait des troupes françaises." },
];
