import { loadKnowledge } from './src/knowledge/index.js';
const k = loadKnowledge();
for (const n of process.argv.slice(2)) { const r = k.lookupPlace(n, { focusCountries: ['MLI'] }); console.log(n, r?.entry.admin1, r?.entry.admin2, r?.entry.lat, r?.entry.lon, r?.entry.rank, r?.entry.population); }
