// readFileDocument: what `vigie extract FILE` reads.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readFileDocument } from '../../src/ingest/read-file-document.js';
import { tempDir } from './helpers.js';

const SEED = '../shared/examples/karabakh-2023-09.fr.txt';

describe('readFileDocument', () => {
  it.skipIf(!existsSync(SEED))('reads the seed example as in the file, with its month date (skipped without ../shared)', () => {
    const doc = readFileDocument(SEED);
    expect(doc).toMatchObject({ id: 'karabakh-2023-09.fr.txt', date: '2023-09', lang: null });
    expect(doc.text).toBe(readFileSync(SEED, 'utf8'));
  });

  it('decodes a Latin-1 file instead of producing replacement characters', () => {
    const p = join(tempDir(), 'latin.txt');
    writeFileSync(p, iconv.encode('Réfugiés arrivés à Goma', 'latin1'));
    expect(readFileDocument(p).text).toBe('Réfugiés arrivés à Goma');
  });

  it('takes the date from the file name, and --date over it', () => {
    const p = join(tempDir(), '2023-09-21-yevlakh.txt');
    writeFileSync(p, 'Les discussions ont débuté jeudi.');
    expect(readFileDocument(p).date).toBe('2023-09-21');
    expect(readFileDocument(p, { date: '2023-09-22' }).date).toBe('2023-09-22');
  });

  it('reads the main text and metadata of an HTML page', () => {
    const p = join(tempDir(), 'page.html');
    writeFileSync(p, '<html lang="fr"><head><meta property="article:published_time" content="2023-09-21"><meta property="og:title" content="Pourparlers à Yevlakh"></head><body><article><p>Les discussions entre les deux camps ont débuté jeudi à Yevlakh, au lendemain du cessez-le-feu annoncé par Bakou.</p></article></body></html>');
    const doc = readFileDocument(p);
    expect(doc).toMatchObject({ date: '2023-09-21', lang: 'fr', title: 'Pourparlers à Yevlakh' });
    expect(doc.text).toBe('Pourparlers à Yevlakh\n\nLes discussions entre les deux camps ont débuté jeudi à Yevlakh, au lendemain du cessez-le-feu annoncé par Bakou.');
  });

  it('names the file and field of an invalid .json document', () => {
    const p = join(tempDir(), 'doc.json');
    writeFileSync(p, JSON.stringify({ id: 'x' }));
    expect(() => readFileDocument(p)).toThrow(/doc\.json: field text/);
  });
});
