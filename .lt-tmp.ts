import { openStore } from './src/store/index.js';
const s = await openStore(process.argv[2]!, { migrate: false });
const qs: [string, any][] = [['first', {}], ['month', { since: '2024-03-01', until: '2024-03-31' }], ['text killed', { text: 'killed' }], ['text Stepanakert', { text: 'Stepanakert' }], ['text cessez', { text: 'cessez-le-feu' }], ['bbox', { bbox: [30, 40, 50, 55] }]];
for (const [n, q] of qs) {
  await s.listEvents(q);
  const t: number[] = [];
  for (let i = 0; i < 15; i++) { const t0 = performance.now(); const p = await s.listEvents(q); t.push(performance.now() - t0); if (i === 0) console.log(n, 'total', p.total, 'items', p.items.length); }
  t.sort((a, b) => a - b);
  console.log(n.padEnd(18), 'median', t[7]!.toFixed(2), 'max', t[14]!.toFixed(2));
}
await s.close();
