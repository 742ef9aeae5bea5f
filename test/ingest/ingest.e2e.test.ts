// End to end on the real SQLite store: every format in one folder, idempotent re-runs,
// near-duplicates linked and not extracted, quarantine and retry.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Event, InputDocument } from '../../src/core/contract.js';
import type { Extractor } from '../../src/extract/index.js';
import { ingest, ingestDocuments } from '../../src/ingest/ingest.js';
import { retryQuarantine } from '../../src/ingest/retry.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/index.js';
import { countingExtractor, tempDir } from './helpers.js';

const FIX = join(import.meta.dirname, '../fixtures/ingest');
const fixture = (f: string): string => readFileSync(join(FIX, f), 'utf8');

let store: EventStore;
beforeEach(async () => {
  store = await openStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

function corpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'web'));
  mkdirSync(join(dir, 'feeds'));
  writeFileSync(join(dir, 'seed.txt'), ' date 2023-09 Les discussions ont débuté jeudi à Yevlakh.\n\nL\u2019Azerbaïdjan et les séparatistes se sont dits prêts à poursuivre les pourparlers.\n');
  writeFileSync(join(dir, '2023-09-21-latin.txt'), iconv.encode('Des milliers de réfugiés arméniens ont quitté le Haut-Karabakh par le corridor de Latchine vers l\u2019Arménie.', 'windows-1252'));
  writeFileSync(join(dir, 'web', 'page.html'), `<html lang="en"><head><meta property="article:published_time" content="2023-09-22"><title>Ceasefire largely holds in Nagorno-Karabakh | Wire</title></head>
<body><article><p>The ceasefire in Nagorno-Karabakh largely held on Friday, officials in Baku said, as talks between the two sides continued in the city of Yevlakh.</p>
<p>Armenian separatists said sporadic shooting had been heard near Stepanakert overnight, a claim denied by the Azerbaijani defence ministry.</p></article></body></html>`);
  writeFileSync(join(dir, 'batch.jsonl'), [
    JSON.stringify({ id: 'j1', text: 'Le Conseil de sécurité des Nations unies se réunit jeudi soir à la demande de la France.', date: '2023-09-21', lang: 'fr' }),
    JSON.stringify({ id: 'j2', text: 'Le Comité international de la Croix-Rouge se dit prêt à acheminer de l\u2019aide humanitaire au Karabakh.', date: 'demain' }),
  ].join('\n'));
  writeFileSync(join(dir, 'export.csv.gz'), gzipSync('id,date,text\nc1,2023-09-23,"Des manifestants se sont rassemblés à Erevan devant le siège du gouvernement, réclamant la démission du Premier ministre."\n'));
  writeFileSync(join(dir, 'feeds', 'fil.rss'), `<rss version="2.0"><channel><title>Fil</title><language>fr</language>
<item><guid>urn:fil:1</guid><title>Aide humanitaire</title><pubDate>Sun, 24 Sep 2023 08:00:00 GMT</pubDate><description>Un premier convoi de la Croix-Rouge est entré dans le Haut-Karabakh dimanche, selon l'organisation.</description></item></channel></rss>`);
  writeFileSync(join(dir, 'notes.md'), '# not an article');
  return dir;
}

describe('ingest (SQLite)', () => {
  it('reads every format in a folder, normalises and stores the text, detects languages, quarantines the bad line', async () => {
    const dir = corpus();
    const extractor = countingExtractor();
    const progress: number[] = [];
    const s = await ingest([dir], { store, extractor, onProgress: (p) => progress.push(p.done) });
    expect(s).toMatchObject({ files: 6, read: 7, stored: 6, duplicates: 0, nearDuplicates: 0, quarantined: 1 });
    expect(s.skippedFiles).toEqual([`${join(dir, 'notes.md')} (unknown format)`]);
    expect(s.quarantine[0]!.reason).toBe(`${resolve(dir, 'batch.jsonl')}:2: field date: "demain" is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or an ISO/RFC 822 timestamp)`);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(extractor.calls).toHaveLength(6);

    const seed = await store.getDocument('seed.txt');
    expect(seed).toMatchObject({ date: '2023-09', datePrecision: 'month', lang: 'fr', origin: resolve(dir, 'seed.txt') });
    expect(seed!.text).toContain("L'Azerbaïdjan"); // typographic apostrophe normalised in the stored text
    const latin = await store.getDocument('2023-09-21-latin.txt');
    expect(latin).toMatchObject({ date: '2023-09-21', datePrecision: 'day', lang: 'fr' });
    expect(latin!.text).toContain("réfugiés arméniens ont quitté le Haut-Karabakh par le corridor de Latchine vers l'Arménie");
    expect(await store.getDocument('web/page.html')).toMatchObject({ date: '2023-09-22', lang: 'en', title: 'Ceasefire largely holds in Nagorno-Karabakh' });
    expect(await store.getDocument('j1')).toMatchObject({ date: '2023-09-21', lang: 'fr' });
    expect(await store.getDocument('c1')).toMatchObject({ date: '2023-09-23', lang: 'fr' });
    expect(await store.getDocument('urn:fil:1')).toMatchObject({ date: '2023-09-24', lang: 'fr', source: 'Fil', title: 'Aide humanitaire' });
    expect((await store.counts()).quarantined).toBe(1);
  });

  it('is a no-op when the same folder is ingested again', async () => {
    const dir = corpus();
    await ingest([dir], { store, extractor: countingExtractor() });
    const before = await store.counts();
    const extractor = countingExtractor();
    const again = await ingest([dir], { store, extractor });
    expect(again).toMatchObject({ stored: 0, duplicates: 6, quarantined: 1 });
    expect(extractor.calls).toEqual([]);
    expect(await store.counts()).toEqual(before);
  });

  it('applies include/exclude globs, --date as a fallback and --lang as an override', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'undated.txt'), 'Le président a reçu les ambassadeurs des pays voisins pour évoquer la situation humanitaire.');
    const s = await ingest([dir], { store, extractor: countingExtractor(), options: { include: ['*.txt'], exclude: ['seed.txt'], date: '2023-09-30', lang: 'en' } });
    expect(s.stored).toBe(2);
    expect(await store.getDocument('seed.txt')).toBeNull();
    expect(await store.getDocument('undated.txt')).toMatchObject({ date: '2023-09-30', lang: 'en' });
    expect(await store.getDocument('2023-09-21-latin.txt')).toMatchObject({ date: '2023-09-21', lang: 'en' });
  });

  it('streams large JSONL line by line with the same results as a whole read, progress knowing the total', async () => {
    const dir = tempDir();
    const lines = [
      JSON.stringify({ id: 'a', text: 'Les discussions ont débuté jeudi à Yevlakh.', date: '2023-09-21' }),
      '',
      '{broken',
      JSON.stringify({ id: 'b', text: 'Bakou dément toute violation du cessez-le-feu.' }),
    ];
    writeFileSync(join(dir, 'big.jsonl'), '\uFEFF' + lines.join('\r\n') + '\r\n');
    const progress: { done: number; total: number }[] = [];
    const streamed = await ingest([dir], { store, extractor: countingExtractor(), options: { streamJsonlAboveBytes: 0 }, onProgress: ({ done, total }) => progress.push({ done, total }) });
    expect(streamed).toMatchObject({ files: 1, read: 3, stored: 2, quarantined: 1 });
    expect(streamed.quarantine[0]!.reason).toMatch(new RegExp(`big\\.jsonl:3: not JSON`));
    expect(progress.at(-1)).toEqual({ done: 3, total: 4 }); // 4 lines counted, one of them blank
    expect(await store.getDocument('a')).toMatchObject({ date: '2023-09-21', origin: `${resolve(dir, 'big.jsonl')}:1` });

    const other = await openStore(':memory:');
    try {
      const whole = await ingest([dir], { store: other, extractor: countingExtractor() });
      expect({ ...whole, durationMs: 0 }).toEqual({ ...streamed, durationMs: 0 });
    } finally {
      await other.close();
    }
  });

  it('reads stdin ("-")', async () => {
    async function* stdin() {
      yield Buffer.from(JSON.stringify({ id: 's1', text: 'Des tirs ont été signalés près de Stepanakert.' }) + '\n');
      yield JSON.stringify({ id: 's2', text: 'Bakou dément toute violation du cessez-le-feu.' }) + '\n';
    }
    const s = await ingest(['-'], { store, extractor: countingExtractor(), stdin: stdin() });
    expect(s.stored).toBe(2);
    expect(await store.getDocument('s2')).toMatchObject({ origin: 'stdin:2' });
  });

  it('quarantines a missing path and an id reused for a different text, and goes on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.jsonl'), JSON.stringify({ id: 'x', text: 'Premier texte sur les pourparlers.' }) + '\n' + JSON.stringify({ id: 'x', text: 'Un tout autre texte.' }) + '\n');
    const s = await ingest([join(dir, 'absent'), dir], { store, extractor: countingExtractor() });
    expect(s.stored).toBe(1);
    expect(s.quarantine.map((q) => q.reason)).toEqual([
      `${join(dir, 'absent')}: cannot read (ENOENT)`,
      `${resolve(dir, 'a.jsonl')}:2: id "x" is already stored with a different text (ingest the new version under another id)`,
    ]);
  });
});

describe('limits', () => {
  it('quarantines a text longer than maxChars, naming the limit', async () => {
    const s = await ingestDocuments([{ id: 'long', text: 'mot '.repeat(50) }], { store, extractor: countingExtractor(), options: { maxChars: 100 } });
    expect(s.quarantine.map((q) => q.reason)).toEqual(['memory#long: text too long (200 characters; the limit is 100)']);
    expect(await store.getDocument('long')).toBeNull();
  });
});

describe('near-duplicates', () => {
  it('links a republished wire story to its original without extracting it; another story on the event stays separate', async () => {
    const extractor = countingExtractor();
    const docs: InputDocument[] = [
      { id: 'original', text: fixture('wire-original.fr.txt'), date: '2023-09-21' },
      { id: 'republished', text: fixture('wire-republished.fr.txt'), date: '2023-09-21' },
      { id: 'other', text: fixture('same-event-other-story.fr.txt'), date: '2023-09-21' },
    ];
    const s = await ingestDocuments(docs, { store, extractor });
    expect(s).toMatchObject({ read: 3, stored: 3, nearDuplicates: 1, duplicates: 0 });
    expect(s.nearDuplicateLinks).toEqual([{ id: 'republished', of: 'original', similarity: expect.any(Number) }]);
    expect(extractor.calls).toEqual(['original', 'other']);
    expect((await store.getDocument('republished'))!.nearDuplicateOf).toBe('original');
    expect((await store.getDocument('other'))!.nearDuplicateOf).toBeNull();
    expect(await store.mentionsForDocument('republished')).toEqual([]);
  });

  it('extracts a republished copy that states a new figure (an updated toll is a new claim)', async () => {
    const orig = fixture('wire-original.fr.txt');
    const updated = fixture('wire-republished.fr.txt').replace('Des milliers d', 'Plus de 6 500 d');
    const extractor = countingExtractor();
    const s = await ingestDocuments([{ id: 'a', text: orig }, { id: 'b', text: updated }], { store, extractor });
    expect(s.nearDuplicates).toBe(0);
    expect(extractor.calls).toEqual(['a', 'b']);
  });

  it('links a copy of a copy to the first publication', async () => {
    const orig = fixture('wire-original.fr.txt');
    const copy1 = fixture('wire-republished.fr.txt');
    const copy2 = copy1.replace('Le Conseil de sécurité', 'Enfin, le Conseil de sécurité');
    await ingestDocuments([{ id: 'a', text: orig }, { id: 'b', text: copy1 }, { id: 'c', text: copy2 }], { store, extractor: countingExtractor() });
    expect((await store.getDocument('c'))!.nearDuplicateOf).toBe('a');
  });

  it('skips an exact duplicate under another id (same normalised text)', async () => {
    const s = await ingestDocuments([
      { id: 'a', text: 'L\u2019armée a annoncé un cessez-le-feu\u00A0: les combats ont cessé.' },
      { id: 'b', text: "L'armée a annoncé un cessez-le-feu : les combats ont cessé." },
    ], { store, extractor: countingExtractor() });
    expect(s).toMatchObject({ stored: 1, duplicates: 1 });
  });
});

describe('evidence offsets', () => {
  it('refer to the stored (normalised) text', async () => {
    // A test double standing for the extractor: one event whose evidence is the sentence naming Yevlakh.
    const extractor: Extractor = {
      extract(doc) {
        const start = doc.text.indexOf('Les discussions');
        const end = doc.text.indexOf('.', start) + 1;
        const event: Event = {
          type: 'CONSULT', mode: null, context: [], modality: 'asserted', acled: null, cameo: null, date: null, place: null,
          actors: [], counts: {}, attribution: null, evidence: [{ start, end, text: doc.text.slice(start, end) }], confidence: 0.5,
        };
        return { document: { id: doc.id, text: doc.text, date: null, lang: null }, events: [event] };
      },
    };
    const dir = tempDir();
    writeFileSync(join(dir, 'crlf.txt'), 'Cafe\u0301 d\u2019abord\u00A0!\r\nLes discussions ont de\u0301bute\u0301 jeudi a\u0300 Yevlakh.\r\n');
    await ingest([dir], { store, extractor });
    const doc = (await store.getDocument('crlf.txt'))!;
    const [mention] = await store.mentionsForDocument('crlf.txt');
    const ev = mention!.event.evidence[0]!;
    expect(doc.text.slice(ev.start, ev.end)).toBe('Les discussions ont débuté jeudi à Yevlakh.');
    expect(ev.text).toBe('Les discussions ont débuté jeudi à Yevlakh.');
  });
});

describe('quarantine and retry', () => {
  it('re-reads a fixed file: the entry leaves the quarantine and the document is stored', async () => {
    const dir = tempDir();
    const file = join(dir, 'b.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'ok', text: 'Texte correct.' }) + '\n' + '{"id": "fixme", "text": "Texte" ,,}\n');
    const first = await ingest([file], { store, extractor: countingExtractor() });
    expect(first.quarantine[0]!.origin).toBe(`${resolve(file)}:2`);
    const [entry] = await store.listQuarantine();
    expect(entry).toMatchObject({ origin: `${resolve(file)}:2`, payload: '{"id": "fixme", "text": "Texte" ,,}' });

    // still broken: stays, no second entry
    expect(await retryQuarantine([], { store, extractor: countingExtractor() })).toEqual([
      { id: entry!.id, origin: entry!.origin, status: 'failing', reason: expect.stringMatching(/b\.jsonl:2: not JSON/) },
    ]);
    expect(await store.listQuarantine()).toHaveLength(1);

    writeFileSync(file, JSON.stringify({ id: 'ok', text: 'Texte correct.' }) + '\n' + JSON.stringify({ id: 'fixme', text: 'Texte réparé.' }) + '\n');
    const outcomes = await retryQuarantine([entry!.id], { store, extractor: countingExtractor() });
    expect(outcomes).toEqual([{ id: entry!.id, origin: entry!.origin, status: 'resolved', reason: null }]);
    expect(await store.listQuarantine()).toEqual([]);
    expect((await store.getDocument('fixme'))!.text).toBe('Texte réparé.');
  });

  it('retries from the kept payload when the file is gone (a document the extractor failed on)', async () => {
    const dir = tempDir();
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'boom', text: 'Un texte qui fait échouer l\u2019extracteur.', date: '2023-09-21' }) + '\n');
    const failing: Extractor = { extract() { throw new Error('stage exploded'); } };
    const s = await ingest([file], { store, extractor: failing });
    expect(s.quarantine[0]!.reason).toBe(`${resolve(file)}:1: extraction failed (stage exploded)`);
    rmSync(file);
    const outcomes = await retryQuarantine([], { store, extractor: countingExtractor() });
    expect(outcomes[0]).toMatchObject({ status: 'resolved' });
    expect(await store.getDocument('boom')).toMatchObject({ date: '2023-09-21', text: "Un texte qui fait échouer l'extracteur." });
    expect(await store.listQuarantine()).toEqual([]);
  });

  it('retries an HTML page the extractor failed on from its kept document, metadata included', async () => {
    const dir = tempDir();
    const file = join(dir, 'page.html');
    writeFileSync(file, '<html lang="fr"><head><meta property="article:published_time" content="2023-09-21"><meta property="og:title" content="Pourparlers à Yevlakh"></head><body><article><p>Les discussions entre les deux camps ont débuté jeudi à Yevlakh, au lendemain du cessez-le-feu.</p></article></body></html>');
    const failing: Extractor = { extract() { throw new Error('stage exploded'); } };
    await ingest([file], { store, extractor: failing });
    rmSync(file);
    expect((await retryQuarantine([], { store, extractor: countingExtractor() }))[0]).toMatchObject({ status: 'resolved' });
    expect(await store.getDocument('page.html')).toMatchObject({
      date: '2023-09-21', lang: 'fr', title: 'Pourparlers à Yevlakh',
      text: 'Pourparlers à Yevlakh\n\nLes discussions entre les deux camps ont débuté jeudi à Yevlakh, au lendemain du cessez-le-feu.',
    });
  });

  it('re-reads a path that was missing and exists now', async () => {
    const dir = join(tempDir(), 'later');
    const s = await ingest([dir], { store, extractor: countingExtractor() });
    expect(s.quarantine[0]).toMatchObject({ origin: resolve(dir), reason: `${dir}: cannot read (ENOENT)` });
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'Les discussions ont repris vendredi.');
    expect(await retryQuarantine([], { store, extractor: countingExtractor() })).toEqual([{ id: s.quarantine[0]!.id, origin: resolve(dir), status: 'resolved', reason: null }]);
    expect(await store.getDocument('a.txt')).not.toBeNull();
  });

  it('names an unknown entry', async () => {
    await expect(retryQuarantine(['q_nope'], { store, extractor: countingExtractor() })).rejects.toThrow('no quarantine entry "q_nope"');
  });
});
