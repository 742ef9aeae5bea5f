// CONSULT triggers (French).
import type { TriggerRow } from '../../pack.js';

const T = 'CONSULT' as const;

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: "réunions?|réuni(?:e|s|es)?|se sont réunis|se retrouver(?:ont)?|rencontres?|rencontr(?:é|ée|ent)|discussions?|pourparlers|négociations?|entretiens?|entretenu(?:s)?|sommets?", cameo: '040', example: 'Les discussions entre les deux camps ont débuté jeudi à Yevlakh.' },
  { type: T, pattern: "visites?|visit(?:é|ée|ent)|s'est rendue? à", mode: 'visit', cameo: '042', example: 'Le président a effectué une visite à Bamako.' },
  { type: T, pattern: 'entretien téléphonique|au téléphone|appel téléphonique', mode: 'phone', cameo: '041', example: 'Les deux dirigeants ont eu un entretien téléphonique.' },
  { type: T, pattern: 'médiations?', cameo: '045', example: "L'Algérie a proposé sa médiation." },
];
