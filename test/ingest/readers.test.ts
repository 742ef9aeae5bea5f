// Each reader on files written by the test (and the seed example from ../shared when present).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../src/ingest/formats.js';
import type { ReadItem, ReaderOptions } from '../../src/ingest/types.js';
import { tempDir } from './helpers.js';

function readFile(path: string, options: ReaderOptions = {}): ReadItem[] {
  const name = path.split('/').pop()!;
  return readBytes({ bytes: readFileSync(path), name, id: name, origin: path, options });
}

function write(name: string, content: string | Buffer): string {
  const p = join(tempDir(), name);
  writeFileSync(p, content);
  return p;
}

function docs(items: ReadItem[]) {
  return items.map((i) => {
    if (!i.ok) throw new Error(`unexpected failure: ${i.reason}`);
    return i.doc;
  });
}

const SEED = '../shared/examples/karabakh-2023-09.fr.txt';

describe('seed and plain text', () => {
  it.skipIf(!existsSync(SEED))('reads the seed example: month date, whole text kept (skipped without ../shared)', () => {
    const [doc] = docs(readFile(SEED));
    expect(doc?.date).toBe('2023-09');
    expect(doc?.text.startsWith(' date 2023-09 La présidence')).toBe(true);
    expect(doc?.id).toBe('karabakh-2023-09.fr.txt');
  });

  it('reads a seed header with a day date', () => {
    const [doc] = docs(readFile(write('a.txt', ' date 2023-09-21 Pourparlers à Yevlakh.\n\nCorps.\n')));
    expect(doc?.date).toBe('2023-09-21');
  });

  it('takes the date from a file name like 2023-09-21-slug.txt', () => {
    const [doc] = docs(readFile(write('2023-09-21-yevlakh.txt', 'Les discussions ont débuté jeudi.')));
    expect(doc).toMatchObject({ id: '2023-09-21-yevlakh.txt', date: '2023-09-21', text: 'Les discussions ont débuté jeudi.' });
  });

  it('leaves the date unknown otherwise', () => {
    const [doc] = docs(readFile(write('note.txt', 'Les discussions ont débuté jeudi.')));
    expect(doc?.date).toBeNull();
  });

  it('quarantines an empty file', () => {
    const [item] = readFile(write('empty.txt', '  \n'));
    expect(item).toMatchObject({ ok: false });
    expect(item && !item.ok && item.reason).toMatch(/empty\.txt: empty file/);
  });

  it('quarantines a seed header with an impossible date, naming line 1', () => {
    const [item] = readFile(write('bad.txt', ' date 2023-13 Lede.\n\nBody.'));
    expect(item && !item.ok && item.reason).toMatch(/bad\.txt:1: seed header: invalid date "2023-13"/);
  });

  it('reads Latin-1 text files', () => {
    const [doc] = docs(readFile(write('latin.txt', iconv.encode('Réfugiés à Goma, à l’est', 'windows-1252'))));
    expect(doc?.text).toBe('Réfugiés à Goma, à l’est');
  });
});

describe('html', () => {
  const page = `<!doctype html><html lang="fr-FR"><head><meta charset="utf-8">
<title>Page title | Le Journal</title>
<meta property="og:title" content="Reprise des pourparlers à Yevlakh">
<meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2023-09-21T14:30:00+02:00">
<link rel="canonical" href="https://example.org/yevlakh">
<script>var tracking = "ne pas lire";</script>
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Reprise des pourparlers à Yevlakh</h1>
<p>Les discussions entre les deux camps ont débuté jeudi à Yevlakh, au lendemain du cessez-le-feu, ont indiqué les autorités azerbaïdjanaises dans un communiqué publié en fin de journée.</p>
<p>La présidence a qualifié de &laquo;&nbsp;constructives&nbsp;&raquo; les deux heures de discussions et annoncé qu'une nouvelle réunion aurait lieu le plus rapidement possible, alors que des violations du cessez-le-feu ont été signalées.</p>
<p>Les séparatistes ont affirmé que des tirs avaient été entendus près de Stepanakert pendant la nuit, ce que Bakou a démenti en accusant ses adversaires de désinformation.</p>
</article>
<footer>© Le Journal — mentions légales</footer>
</body></html>`;

  it('reads the main text, title, date, language, outlet and canonical URL', () => {
    const [doc] = docs(readFile(write('page.html', page)));
    expect(doc?.title).toBe('Reprise des pourparlers à Yevlakh');
    expect(doc?.date).toBe('2023-09-21');
    expect(doc?.lang).toBe('fr');
    expect(doc?.source).toBe('Le Journal');
    expect(doc?.url).toBe('https://example.org/yevlakh');
    expect(doc?.text).toContain('Les discussions entre les deux camps ont débuté jeudi à Yevlakh');
    expect(doc?.text).toContain('\n\nLa présidence a qualifié');
    expect(doc?.text).not.toContain('tracking');
    expect(doc?.text).not.toContain('mentions légales');
    expect(doc?.text).not.toContain('<p>');
  });

  it('takes the date and language from JSON-LD when meta tags lack them', () => {
    const ld = page
      .replace('<meta property="article:published_time" content="2023-09-21T14:30:00+02:00">', '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2023-09-22T08:00:00Z","inLanguage":"fr"}]}</script>')
      .replace(' lang="fr-FR"', '');
    const [doc] = docs(readFile(write('ld.html', ld)));
    expect(doc?.date).toBe('2023-09-22');
    expect(doc?.lang).toBe('fr');
  });

  it('reads a Latin-1 page that declares its charset', () => {
    const bytes = iconv.encode(page.replace('charset="utf-8"', 'charset="iso-8859-1"'), 'latin1');
    const [doc] = docs(readFile(write('latin.htm', bytes)));
    expect(doc?.text).toContain('séparatistes ont affirmé');
  });

  it('quarantines a page with no text', () => {
    const [item] = readFile(write('blank.html', '<html><body><script>x()</script></body></html>'));
    expect(item && !item.ok && item.reason).toMatch(/blank\.html: no text found/);
  });
});

describe('json and jsonl', () => {
  it('reads JSONL contract documents and quarantines bad lines with line and field', () => {
    const p = write('docs.jsonl', [
      JSON.stringify({ id: 'a', text: 'Texte A', date: '2023-09-21', lang: 'fr', title: 'T', source: 'S', url: 'u' }),
      '',
      '{not json',
      JSON.stringify({ id: 'c', date: '2023-09-21' }),
      JSON.stringify({ id: 'd', text: 'Texte D', date: 'hier' }),
      JSON.stringify({ id: 'e', text: 'Texte E', date: '2023-09-21T10:00:00Z' }),
    ].join('\n'));
    const items = readFile(p);
    expect(items).toHaveLength(5);
    expect(items[0]).toMatchObject({ ok: true, origin: `${p}:1`, doc: { id: 'a', text: 'Texte A', date: '2023-09-21', lang: 'fr', title: 'T', source: 'S', url: 'u' } });
    expect(items[1]).toMatchObject({ ok: false, origin: `${p}:3`, payload: '{not json' });
    expect(!items[1]!.ok && items[1]!.reason).toMatch(/docs\.jsonl:3: not JSON/);
    expect(!items[2]!.ok && items[2]!.reason).toMatch(/docs\.jsonl:4: field text: missing/);
    expect(!items[3]!.ok && items[3]!.reason).toMatch(/docs\.jsonl:5: field date: "hier" is not a date/);
    expect(items[4]).toMatchObject({ ok: true, doc: { id: 'e', date: '2023-09-21' } });
  });

  it('applies a field map (nested names too) and names documents without ids by line', () => {
    const p = write('export.jsonl', JSON.stringify({ uuid: 'x1', article: { body: 'Corps', published: '2023-09' } }) + '\n' + JSON.stringify({ article: { body: 'Sans id' } }));
    const out = docs(readFile(p, { fieldMap: { id: 'uuid', text: 'article.body', date: 'article.published' } }));
    expect(out[0]).toMatchObject({ id: 'x1', text: 'Corps', date: '2023-09' });
    expect(out[1]).toMatchObject({ id: 'export.jsonl:2', text: 'Sans id', date: null });
  });

  it('reads a .json document, an array, and a {documents: [...]} container', () => {
    expect(docs(readFile(write('one.json', JSON.stringify({ id: 'one', text: 'Un' })))).map((d) => d.id)).toEqual(['one']);
    expect(docs(readFile(write('arr.json', JSON.stringify([{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }])))).map((d) => d.id)).toEqual(['a', 'b']);
    expect(docs(readFile(write('c.json', JSON.stringify({ documents: [{ id: 'z', text: 'Z' }] })))).map((d) => d.id)).toEqual(['z']);
  });

  it('quarantines an array element by index and a broken .json file whole', () => {
    const items = readFile(write('arr.json', JSON.stringify([{ id: 'a', text: 'A' }, { id: 'b', text: 42 }])));
    expect(!items[1]!.ok && items[1]!.reason).toMatch(/arr\.json\[1\]: field text: expected a string, got number/);
    const [bad] = readFile(write('bad.json', '{"id": "a", '));
    expect(!bad!.ok && bad!.reason).toMatch(/bad\.json: not JSON/);
  });
});

describe('csv', () => {
  it('reads quoted fields with delimiters, quotes and newlines, naming rows by line', () => {
    const p = write('export.csv', 'id,date,text\r\n1,2023-09-21,"Bakou a dit ""non"", puis\r\noui"\r\n2,2023-09,Simple\r\n');
    const items = readFile(p);
    expect(docs(items)).toEqual([
      { id: '1', date: '2023-09-21', text: 'Bakou a dit "non", puis\r\noui', lang: null },
      { id: '2', date: '2023-09', text: 'Simple', lang: null },
    ]);
    expect(items[1]!.origin).toBe(`${p}:4`);
  });

  it('maps columns, sniffs ; delimiters and quarantines bad rows', () => {
    const p = write('db.csv', 'ref;publie;corps\nA;21/09/2023;Texte A\nB;2023-09-22;Texte B\nC;2023-09-23\n');
    const items = readFile(p, { fieldMap: { id: 'ref', date: 'publie', text: 'corps' } });
    expect(!items[0]!.ok && items[0]!.reason).toMatch(/db\.csv:2: field publie: "21\/09\/2023" is not a date/);
    expect(items[1]).toMatchObject({ ok: true, doc: { id: 'B', date: '2023-09-22', text: 'Texte B' } });
    expect(!items[2]!.ok && items[2]!.reason).toMatch(/db\.csv:4: 2 fields where the header has 3/);
  });

  it('reads .tsv with tabs', () => {
    expect(docs(readFile(write('x.tsv', 'id\ttext\nt1\tBakou, jeudi ; Erevan\n')))).toEqual([{ id: 't1', text: 'Bakou, jeudi ; Erevan', date: null, lang: null }]);
  });

  it('says which column is missing', () => {
    const [item] = readFile(write('x.csv', 'a,b\n1,2\n'));
    expect(!item!.ok && item!.reason).toMatch(/x\.csv:1: no column "text" for the text \(columns: a, b; use --csv-text-col\)/);
  });
});

describe('feeds', () => {
  it('reads RSS 2.0 items with their dates, links, language and outlet', () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Le Fil</title><language>fr-fr</language>
<item><title>Pourparlers à Yevlakh</title><link>https://example.org/1</link><guid>urn:1</guid>
<pubDate>Thu, 21 Sep 2023 12:00:00 GMT</pubDate><description>&lt;p&gt;Les discussions ont débuté &amp;amp; duré deux heures.&lt;/p&gt;</description></item>
<item><title>Cessez-le-feu</title><link>https://example.org/2</link><pubDate>Wed, 20 Sep 2023 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Un cessez-le-feu est entré en vigueur.</p>]]></content:encoded></item>
</channel></rss>`;
    const p = write('fil.rss', rss);
    const out = docs(readFile(p));
    expect(out[0]).toMatchObject({ id: 'urn:1', date: '2023-09-21', lang: 'fr', source: 'Le Fil', url: 'https://example.org/1', title: 'Pourparlers à Yevlakh' });
    expect(out[0]!.text).toBe('Pourparlers à Yevlakh\n\nLes discussions ont débuté & duré deux heures.');
    expect(out[1]).toMatchObject({ id: 'https://example.org/2', date: '2023-09-20', text: 'Cessez-le-feu\n\nUn cessez-le-feu est entré en vigueur.' });
  });

  it('reads Atom entries', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Wire</title><id>urn:feed</id>
<entry><title>Talks in Yevlakh</title><id>urn:e1</id><link rel="alternate" href="https://example.org/e1"/>
<published>2023-09-21T10:00:00Z</published><content type="html">&lt;p&gt;Talks began on Thursday.&lt;/p&gt;</content></entry>
</feed>`;
    const [doc] = docs(readFile(write('wire.atom', atom)));
    expect(doc).toMatchObject({ id: 'urn:e1', date: '2023-09-21', lang: 'en', source: 'Wire', url: 'https://example.org/e1', text: 'Talks in Yevlakh\n\nTalks began on Thursday.' });
  });

  it('quarantines XML that is not well-formed, naming the line', () => {
    const [item] = readFile(write('broken.xml', '<rss><channel>\n<item><title>x</title>\n</channel></rss>'));
    expect(!item!.ok && item!.reason).toMatch(/broken\.xml:\d+: not well-formed XML/);
  });
});

describe('binary content', () => {
  it('quarantines a binary file named .txt instead of storing noise', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const [item] = readFile(write('noise.txt', Buffer.from(bytes)));
    expect(!item!.ok && item!.reason).toMatch(/noise\.txt: binary content, not text/);
  });
});

describe('gzip', () => {
  it('reads .jsonl.gz and .txt.gz through the inner format', () => {
    const jsonl = write('docs.jsonl.gz', gzipSync(JSON.stringify({ id: 'g1', text: 'Texte compressé' }) + '\n'));
    expect(docs(readFile(jsonl))[0]).toMatchObject({ id: 'g1', text: 'Texte compressé' });
    const txt = write('2023-09-21-note.txt.gz', gzipSync(iconv.encode('Réfugiés', 'latin1')));
    expect(docs(readFile(txt))[0]).toMatchObject({ id: '2023-09-21-note.txt', date: '2023-09-21', text: 'Réfugiés' });
  });

  it('quarantines a corrupt .gz', () => {
    const [item] = readFile(write('bad.txt.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3])));
    expect(!item!.ok && item!.reason).toMatch(/bad\.txt\.gz: cannot gunzip/);
  });
});
