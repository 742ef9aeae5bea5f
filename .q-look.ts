import { loadKnowledge } from './src/knowledge/index.js';
const k = loadKnowledge();
for (const n of process.argv.slice(2)) { const r = k.lookupPlace(n, { focusCountries: ['MLI'] }); console.log(n, '→', r ? `${r.place.name} ${r.place.country} ${r.place.precision} ${r.place.lat},${r.place.lon} | ${r.reason}` : null); }
