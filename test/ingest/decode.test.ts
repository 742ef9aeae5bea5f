import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, declaredCharset } from '../../src/ingest/decode.js';

const FR = "L'Azerbaïdjan et les séparatistes arméniens se sont dits prêts à poursuivre les pourparlers à Yevlakh, déclare la présidence.";

describe('decodeBytes', () => {
  it.each([
    ['utf-8', Buffer.from(FR, 'utf8'), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FR, 'utf8')]), 'utf-8-bom'],
    ['latin-1', iconv.encode(FR, 'latin1'), 'windows-1252'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FR, 'utf-16le')]), 'utf-16le'],
  ])('reads %s', (_name, bytes, encoding) => {
    const d = decodeBytes(bytes);
    expect(d.text).toBe(FR);
    expect(d.encoding).toBe(encoding);
  });

  it('reads a short Latin-1 text as Latin-1, not as another Latin-alphabet code page', () => {
    expect(decodeBytes(iconv.encode('Réfugiés arrivés à Goma', 'latin1')).text).toBe('Réfugiés arrivés à Goma');
  });

  it('reads Windows-1252 curly apostrophes and the euro sign (bytes 0x80-0x9F)', () => {
    const text = 'L\u2019armée a promis 5 \u20ac « immédiatement » — selon Bakou.';
    const d = decodeBytes(iconv.encode(text, 'windows-1252'));
    expect(d.text).toBe(text);
  });

  it('prefers the charset a page declares when the bytes are not UTF-8', () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body>Réfugiés à Goma</body></html>';
    const bytes = iconv.encode(html, 'latin1');
    expect(declaredCharset(bytes)).toBe('iso-8859-1');
    expect(decodeBytes(bytes, declaredCharset(bytes)).text).toBe(html);
  });

  it('keeps valid UTF-8 even when a page declares Latin-1', () => {
    const bytes = Buffer.from('<meta charset="iso-8859-1">Réfugiés', 'utf8');
    expect(decodeBytes(bytes, 'iso-8859-1').text).toBe('<meta charset="iso-8859-1">Réfugiés');
  });
});
