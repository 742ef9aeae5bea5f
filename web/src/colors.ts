// One colour per PLOVER type (map markers, timeline legend, badges).
export const TYPE_COLORS: Record<string, string> = {
  ASSAULT: '#c0392b',
  COERCE: '#e67e22',
  MOBILIZE: '#d35400',
  THREATEN: '#f1c40f',
  PROTEST: '#9b59b6',
  SANCTION: '#8e44ad',
  ACCUSE: '#e84393',
  REJECT: '#6d214f',
  REQUEST: '#16a085',
  AGREE: '#27ae60',
  CONSULT: '#2ecc71',
  SUPPORT: '#2980b9',
  CONCEDE: '#00a8ff',
  COOPERATE: '#3498db',
  AID: '#1abc9c',
  RETREAT: '#7f8c8d',
};

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? '#555555';
}
