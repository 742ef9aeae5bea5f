// Property tests of the ingest readers (HTML, RSS/Atom, JSON, JSONL, CSV, text, seed) through
// readBytes, the one entry the ingest edge uses: never throws, never hangs, each item is a document
// with a text or a failure with a reason naming its origin.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../src/ingest/formats.js';
import { FORMATS, type ReadItem } from '../../src/ingest/types.js';

const htmlPool = ['<html>', '</html>', '<body>', '</body>', '<p>', '</p>', '<div>', '</div>', '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', ']]>',
  '<meta charset="latin1">', '<html lang="fr">', '<title>', '</title>', '<article>', '&amp;', '&#0;', '&#xFFFFFF;', '&nbsp;', '<', '>', '"', "'", 'Attaque à Kidal', 'text', '\n', '\u0000'];
const feedPool = ['<?xml version="1.0"?>', '<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>', '</item>', '<title>', '</title>', '<description>', '</description>',
  '<pubDate>', 'Tue, 19 Sep 2023 10:00:00 GMT', '</pubDate>', '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>', '<entry>', '</entry>', '<link href="x"/>', '<![CDATA[', ']]>', '&lt;b&gt;', 'Kidal', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;'];
const jsonPool = ['{', '}', '[', ']', '"id"', '"text"', '"date"', '"lang"', ':', ',', '"x"', '"2023-09"', '"2023-13-45"', 'null', '1e999', '-0', '"\\u0000"', '"\\ud800"', '\n', 'true'];
const csvPool = ['id', 'text', 'date', ',', ';', '\t', '"', '""', '\n', '\r\n', 'Attaque', '2023-09-19', 'é'];

const fromPool = (pool: readonly string[]): fc.Arbitrary<string> => fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 5 })), { maxLength: 60 }).map((a) => a.join(''));
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
  fromPool(htmlPool).map((s) => new TextEncoder().encode(s)),
  fromPool(feedPool).map((s) => new TextEncoder().encode(s)),
  fromPool(jsonPool).map((s) => new TextEncoder().encode(s)),
  fromPool(csvPool).map((s) => Buffer.from(s, 'latin1')),
);

function checkItems(items: readonly ReadItem[], origin: string): void {
  expect(Array.isArray(items)).toBe(true);
  for (const it of items) {
    expect(it.origin.startsWith(origin)).toBe(true);
    if (it.ok) {
      expect(typeof it.doc.text).toBe('string');
      expect(typeof it.doc.id).toBe('string');
      expect(it.doc.id.length).toBeGreaterThan(0);
    } else {
      expect(it.reason.length).toBeGreaterThan(0);
    }
  }
}

describe('ingest readers (property)', () => {
  for (const format of [...FORMATS, undefined]) {
    it(`readBytes as ${format ?? 'sniffed format'}: no throw, documents or reasons`, () => {
      fc.assert(
        fc.property(bytes, (b) => {
          const origin = `prop.${format ?? 'bin'}`;
          checkItems(readBytes({ bytes: b, name: origin, id: origin, origin, ...(format ? { format } : {}), options: {} }), origin);
        }),
        { numRuns: 300 },
      );
    });
  }
});
