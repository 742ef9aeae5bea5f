// Triggers (French) for types with few phrasings: SANCTION, MOBILIZE, RETREAT, AID, SUPPORT, CONCEDE, COOPERATE.
import type { TriggerRow } from '../../pack.js';

/** Forces withdrawn: "retiré ses troupes", "retrait des casques bleus". */
const MOVE = "(?:ses|leurs|les|des|du) (?:troupes|forces|soldats|militaires|casques bleus|contingents?|combattants|éléments|hommes)";

export const triggers: readonly TriggerRow[] = [
  { type: 'SANCTION', pattern: 'sanctions?|embargos?|expuls(?:é|és|ion) (?:l\'ambassadeur|des diplomates)|rompu (?:les|ses) relations', cameo: '163', example: "L'Union européenne a adopté des sanctions contre la junte." },
  // Unfurling a banner is no deployment: "ont déployé une banderole".
  { type: 'MOBILIZE', pattern: "déploi(?:ement|ements|e|ent)|déploy(?:é|ée|és|ées|er)(?! (?:[\\p{L}'’]+ ){1,2}(?:banderoles?|bannières?|drapeaux?|pancartes?|affiches?))|renforts?|mobilis(?:é|ation|ent)", mode: 'troops', cameo: '150', example: "L'armée a déployé des renforts à Ménaka." },
  // A withdrawal of forces, not "a retiré sa plainte" or "s'était retiré de la vie politique".
  { type: 'RETREAT', pattern: `(?:se sont|s'est|se|s'étaient|s'était) retir(?:é|ée|és|ées|ent|e|er)(?! de la vie)|retir(?:é|ée|és|ées|ent|er) ${MOVE}|retraits? ${MOVE}|repli(?:é|és|ent)?`, cameo: '087', example: 'Les troupes se sont retirées de la ville.' },
  { type: 'AID', pattern: "aide humanitaire|aide alimentaire|vivres(?<!approvisionn\\p{L}* en vivres)|assistance humanitaire", cameo: '073', example: "L'ONU a acheminé de l'aide humanitaire à Kaga Bandoro." },
  // Care for victims ("un soutien psychologique", "leur soutien aux familles touchées") and arguing ("il a soutenu
  // que…") back no party.
  { type: 'SUPPORT', pattern: "soutien(?! (?:psychologique|psycho-social|psychosocial|moral|scolaire|médical)| (?:aux|à|à la|à leurs?|à ses) (?:familles?|victimes|sinistrés|proches|blessés|malades|endeuillés))|soutenu(?! que)|soutenir|salu(?:é|e|ent)|félicit(?:é|e|ent)", cameo: '051', example: 'Le gouvernement français a salué la signature de l’accord.' },
  { type: 'CONCEDE', pattern: "libér(?:é|ée|és|ées|ation)|relâch(?:é|ée|és|ées)", cameo: '0841', example: 'Les otages ont été libérés dimanche par les rebelles.' },
  { type: 'COOPERATE', pattern: "patrouilles? conjointes?|opérations? conjointes?|coopération militaire", cameo: '061', example: "Une patrouille conjointe de l'armée a sécurisé la route." },
];
