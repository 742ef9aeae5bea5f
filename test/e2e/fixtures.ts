// Documents with hand-coded events whose evidence spans point into their text: a contested toll
// reported by two outlets, a ceasefire, and a hostile article (markup in its text and title).
import type { EventStore } from '../../src/store/event-store.js';
import { doc, event } from '../api/fixtures.js';

export const TOLL_A = "Selon le ministère arménien, l'armée azerbaïdjanaise a bombardé Stepanakert le 19 septembre. Au moins 27 personnes ont été tuées.";
export const TOLL_B = 'Stepanakert a été bombardée mardi 19 septembre; les autorités locales parlent de 32 morts.';
export const CEASEFIRE = 'Les deux parties ont signé un cessez-le-feu à Bamako le 20 juin 2015.';
export const HOSTILE =
  'Breaking <script>window.__xss = 1</script> fighters attacked the village of Goris <img src=x onerror="window.__xss = 2"> at dawn, killing 4.';

export async function fillFixtures(store: EventStore): Promise<void> {
  await store.saveDocument(doc('fixture-toll-a', TOLL_A, { source: 'Outlet A', title: 'Bombardement de Stepanakert' }), [
    event(TOLL_A, "l'armée azerbaïdjanaise a bombardé Stepanakert", {
      counts: { killed: { value: 27, low: 27, high: null, qualifier: 'at_least' } },
      attribution: { name: 'le ministère arménien', actor: null },
    }),
  ]);
  await store.saveDocument(doc('fixture-toll-b', TOLL_B, { source: 'Outlet B', title: 'Stepanakert sous les bombes' }), [
    event(TOLL_B, 'Stepanakert a été bombardée', {
      counts: { killed: { value: 32, qualifier: 'exact' } },
      attribution: { name: 'les autorités locales', actor: null },
    }),
  ]);
  await store.saveDocument(doc('fixture-ceasefire', CEASEFIRE, { date: '2015-06-20', title: 'Cessez-le-feu à Bamako' }), [
    event(CEASEFIRE, 'ont signé un cessez-le-feu', {
      type: 'AGREE', acled: null, cameo: '057', context: ['ceasefire'], actors: [],
      date: { start: '2015-06-20', end: null, precision: 'day', rule: 'doc date' },
      place: { name: 'Bamako', country: 'MLI', lat: 12.65, lon: -8, precision: 'city' },
    }),
  ]);
  await store.saveDocument(
    doc('fixture-hostile', HOSTILE, { lang: 'en', date: '2023-10-02', title: 'Attack <img src=x onerror="window.__xss = 3">', url: 'javascript:window.__xss=4' }),
    [
      event(HOSTILE, '<script>window.__xss = 1</script> fighters attacked the village of Goris <img src=x onerror="window.__xss = 2">', {
        date: { start: '2023-10-02', end: null, precision: 'day', rule: 'doc date' },
        place: { name: 'Goris <b>x</b>', country: 'ARM', lat: 39.51, lon: 46.34, precision: 'city' },
        counts: { killed: { value: 4, qualifier: 'exact' } },
      }),
    ],
  );
}
