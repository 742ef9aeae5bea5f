// Hostile files: each gets a clear error or a correct result, and nothing already stored is lost.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventSchema, ExtractJsonOutputSchema, ExtractJsonlLineSchema, evidenceErrors } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { createApp } from '../../src/api/app.js';
import { openStore, type EventStore } from '../../src/store/index.js';
import { runCli, tempDir } from './helpers.js';

const CLI_ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const GOOD = 'Attaque à Kidal le 3 mars 2021 : 2 morts, selon la MINUSMA.';
const extractor = createExtractor();
let tmp: ReturnType<typeof tempDir>;
let store: EventStore;

beforeAll(async () => {
  tmp = tempDir();
  store = await openStore(join(tmp.dir, 'vigie.db'));
  // something already stored, that no hostile input may lose
  mkdirSync(join(tmp.dir, 'good'));
  writeFileSync(join(tmp.dir, 'good', 'kidal.txt'), GOOD);
  const s = await ingest([join(tmp.dir, 'good')], { store, extractor, options: { date: '2021-03-04', lang: 'fr' } });
  expect(s.stored).toBe(1);
});

afterAll(async () => {
  try {
    await store.close();
  } finally {
    tmp.cleanup();
  }
});

async function ingestFile(name: string, content: string | Uint8Array): Promise<Awaited<ReturnType<typeof ingest>>> {
  const dir = join(tmp.dir, `in-${name.replace(/\W/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), content);
  const before = await store.counts();
  const summary = await ingest([dir], { store, extractor, options: {} });
  const after = await store.counts();
  expect(after.documents).toBeGreaterThanOrEqual(before.documents);
  expect(await store.getDocument('kidal.txt').then((d) => d?.text)).toBe(GOOD);
  return summary;
}

function extractOk(stdout: string): ReturnType<typeof ExtractJsonOutputSchema.parse> {
  const out = ExtractJsonOutputSchema.parse(JSON.parse(stdout));
  for (const e of out.events) expect(evidenceErrors(e, out.document.text)).toEqual([]);
  return out;
}

describe('hostile files', () => {
  it('empty file: extract gives no events; ingest quarantines it with a reason', async () => {
    writeFileSync(join(tmp.dir, 'empty.txt'), '');
    const r = await runCli(['extract', join(tmp.dir, 'empty.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(extractOk(r.stdout).events).toEqual([]);
    const s = await ingestFile('empty.txt', '');
    expect(s.quarantined).toBe(1);
    expect((await store.listQuarantine()).some((q) => /empty/i.test(q.reason))).toBe(true);
  });

  it('binary file named .txt: ingest quarantines it or stores text without NUL bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const s = await ingestFile('noise.txt', bytes);
    expect(s.stored + s.quarantined).toBe(1);
    const docs = await store.listDocuments({ limit: 500 });
    const noise = docs.items.find((d) => d.id.endsWith('noise.txt'));
    if (noise) expect(noise.text.includes('\u0000')).toBe(false);
  });

  it('invalid UTF-8 bytes: ingest reads them as the detected single-byte encoding, no U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from('Attaque '), Buffer.from([0xc3, 0x28]), Buffer.from(' Gao, 3 morts.')]);
    const s = await ingestFile('bad-utf8.txt', bytes);
    expect(s.stored).toBe(1);
    const d = (await store.listDocuments({ limit: 500 })).items.find((x) => x.id.endsWith('bad-utf8.txt'));
    expect(d?.text).toContain('Gao, 3 morts.');
    expect(d?.text.includes('\ufffd')).toBe(false);
  });

  it('Latin-1 file: ingest decodes the accents', async () => {
    const s = await ingestFile('latin1.txt', Buffer.from('Attaque à Ménaka le 3 mars 2021, 2 morts.', 'latin1'));
    expect(s.stored).toBe(1);
    const d = (await store.listDocuments({ limit: 500 })).items.find((x) => x.id.endsWith('latin1.txt'));
    expect(d?.text).toContain('à Ménaka');
  });

  it('`vigie extract FILE` decodes a Latin-1 file too', async () => {
    writeFileSync(join(tmp.dir, 'latin1-extract.txt'), Buffer.from('Attaque à Ménaka, 2 morts.', 'latin1'));
    const r = await runCli(['extract', join(tmp.dir, 'latin1-extract.txt'), '--format', 'json']);
    expect(extractOk(r.stdout).document.text).toContain('à Ménaka');
  });

  // Run in a child process with a time limit, so that a hang fails instead of blocking the suite.
  // (Extraction used to grow about quadratically with text length; fixed upstream on 2026-11-24.)
  it('a 50 MB file: `vigie extract` answers within 60 s with contract output on a bounded text', () => {
    const line = `${GOOD} Les combats ont repris près de Gao.\n`;
    const file = join(tmp.dir, 'big.txt');
    const content = line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)));
    writeFileSync(file, content);
    const r = spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, 'extract', file, '--date', '2021-03-04', '--lang', 'fr', '--format', 'jsonl'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 512 * 1024 * 1024 });
    expect(r.error, 'timed out').toBeUndefined();
    expect(r.status).toBe(0);
    const out = ExtractJsonlLineSchema.parse(JSON.parse(r.stdout));
    expect(out.id).toBe('big.txt');
    for (const e of out.events) for (const ev of e.evidence) expect(content.slice(ev.start, ev.end)).toBe(ev.text);
  }, 90_000);

  it('deeply nested HTML (10,000 levels): ingest stores its text or quarantines it, no crash', async () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>${GOOD}</p>${'</div>'.repeat(10_000)}</body></html>`;
    const s = await ingestFile('nested.html', html);
    expect(s.stored + s.quarantined).toBe(1);
    if (s.stored) {
      const d = (await store.listDocuments({ limit: 500 })).items.find((x) => x.id.endsWith('nested.html'));
      expect(d?.text).toContain('Attaque à Kidal');
    } else expect((await store.listQuarantine()).some((q) => q.origin.includes('nested.html'))).toBe(true);
  });

  it('a JSONL line that is not JSON: named by file and line, the other lines go on', async () => {
    const jsonl = `{"id":"j1","text":"Affrontements à Tessalit : 4 morts.","date":"2021-03-04"}\n{not json\n{"id":"j3","text":"Manifestation à Bamako.","date":"2021-03-05"}\n`;
    writeFileSync(join(tmp.dir, 'docs.jsonl'), jsonl);
    const r = await runCli(['extract', '--input', join(tmp.dir, 'docs.jsonl'), '--format', 'jsonl']);
    const lines = r.stdout.trim().split('\n').map((l) => ExtractJsonlLineSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => l.id)).toEqual(['j1', 'line-2', 'j3']);
    expect(lines[1]?.error).toMatch(/docs\.jsonl:2: not JSON/);
    const s = await ingestFile('docs.jsonl', jsonl);
    expect(s.stored).toBe(2);
    expect(s.quarantined).toBe(1);
    expect((await store.listQuarantine()).some((q) => /docs\.jsonl:2/.test(`${q.origin} ${q.reason}`))).toBe(true);
  });

  it('a publication date in the future is kept and events stay valid', async () => {
    writeFileSync(join(tmp.dir, 'future.jsonl'), `{"id":"f1","text":"${GOOD}","date":"2999-01-01"}\n`);
    const r = await runCli(['extract', '--input', join(tmp.dir, 'future.jsonl'), '--format', 'jsonl']);
    const f1 = ExtractJsonlLineSchema.parse(JSON.parse(r.stdout.trim()));
    expect(f1.error).toBeUndefined();
    for (const e of f1.events) expect(EventSchema.safeParse(e).success).toBe(true);
  });

  it('an impossible publication date (2023-13-45) is a clear error naming the field', async () => {
    writeFileSync(join(tmp.dir, 'impossible.jsonl'), '{"id":"f2","text":"x","date":"2023-13-45"}\n');
    const r = await runCli(['extract', '--input', join(tmp.dir, 'impossible.jsonl'), '--format', 'jsonl']);
    const f2 = ExtractJsonlLineSchema.parse(JSON.parse(r.stdout.trim()));
    expect(f2.error ?? '').toMatch(/impossible\.jsonl:1: field date: not a calendar date/);
  });

  it('a number with a million digits: no crash, no Infinity or NaN in any count', async () => {
    const text = `Attaque à Kidal : ${'9'.repeat(1_000_000)} morts, selon l'armée.`;
    const res = extractor.extract({ id: 'huge-number', text, date: '2021-03-04', lang: 'fr' });
    for (const e of res.events) {
      expect(EventSchema.safeParse(e).success).toBe(true);
      for (const c of Object.values(e.counts)) expect(Number.isFinite(c?.value ?? 0)).toBe(true);
    }
    expect(JSON.parse(JSON.stringify(res.events))).toEqual(res.events);
  });

  it('<script> in the text is kept verbatim as data and served as JSON, never as HTML', async () => {
    const text = `${GOOD} <script>alert("x")</script> <img src=x onerror=alert(1)>`;
    const s = await ingestFile('script.json', JSON.stringify({ id: 'script-doc', text, date: '2021-03-04', lang: 'fr' }));
    expect(s.stored).toBe(1);
    expect((await store.getDocument('script-doc'))?.text).toBe(text);
    const res = await createApp({ store, webRoot: null }).request('/api/documents/script-doc');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type') ?? '').toMatch(/application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(JSON.stringify(await res.json())).toContain(JSON.stringify(text).slice(1, -1));
  });
});
