// A synthetic corpus for queue and scale tests: N documents reporting fewer real events (each event told by
// 1–5 outlets), plus a test-double extractor that reads the event from a marker line in each document.
// Deterministic: the same (n, seed) always gives the same corpus.
import type { Event, InputDocument } from '../../src/core/contract.js';
import type { Extractor } from '../../src/extract/index.js';
import { toVigieDocument } from '../../src/ingest/normalize-document.js';
import { prng } from '../../src/util/prng.js';


const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'tu', 'ne', 'so', 'vi', 'da', 'pe', 'zu', 'gor', 'bal', 'fen', 'hir', 'jot'];
const COUNTRIES = ['MLI', 'BFA', 'NER', 'UKR', 'CAF', 'SDN'];

/** The marker line the test extractor reads: [[EVENT type|country|day|place|lat|lon|killed]]. */
const MARKER = /\[\[EVENT ([A-Z]+)\|([A-Z]{3})\|(\d{4}-\d{2}-\d{2})\|([^|\]]+)\|(-?[\d.]+)\|(-?[\d.]+)\|(\d+)\]\]/;

export function syntheticCorpus(n: number, seed = 7): InputDocument[] {
  const rand = prng(seed);
  const word = (): string => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
  const docs: InputDocument[] = [];
  let e = 0;
  while (docs.length < n) {
    // One real event: a distinct place (1° apart) and day (3 days apart), so distinct events never merge.
    const country = COUNTRIES[e % COUNTRIES.length]!;
    const lat = 10 + (e % 40);
    const lon = -10 + Math.floor(e / 40);
    const day = new Date(Date.UTC(2023, 0, 1) + (e % 100) * 3 * 86400000).toISOString().slice(0, 10);
    const reports = 1 + Math.floor(rand() * 5);
    for (let r = 0; r < reports && docs.length < n; r++) {
      const killed = 5 + Math.floor(rand() * 3);
      const filler = Array.from({ length: 40 }, word).join(' ');
      docs.push({
        id: `syn-${String(docs.length).padStart(5, '0')}`,
        text: `[[EVENT ASSAULT|${country}|${day}|Place${e}|${lat}|${lon}|${killed}]]\n${filler}.`,
        date: day,
        lang: 'fr',
        source: `outlet-${r}`,
      });
    }
    e++;
  }
  return docs;
}

/** Test double: one ASSAULT event per marker line, evidence = the marker. */
export function markerExtractor(): Extractor {
  return {
    extract(input) {
      const document = toVigieDocument(input);
      const m = MARKER.exec(input.text);
      if (!m) return { document, events: [] };
      const [all, type, country, day, place, lat, lon, killed] = m;
      const event: Event = {
        type: type as Event['type'],
        mode: null,
        context: [],
        modality: 'asserted',
        acled: null,
        cameo: null,
        date: { start: day!, end: null, precision: 'day', rule: 'marker' },
        place: { name: place!, country: country!, lat: Number(lat), lon: Number(lon), precision: 'city' },
        actors: [],
        counts: { killed: { value: Number(killed), qualifier: 'exact' } },
        attribution: null,
        evidence: [{ start: m.index, end: m.index + all!.length, text: all! }],
        confidence: 0.9,
      };
      return { document, events: [event] };
    },
  };
}
