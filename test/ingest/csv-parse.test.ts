import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../src/ingest/readers/csv-parse.js';

function quote(field: string): string {
  return /[",\r\n]/.test(field) || field === '' ? `"${field.replace(/"/g, '""')}"` : field;
}

describe('parseCsv', () => {
  it('round-trips any table written per RFC 4180', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const csv = rows.map((r) => r.map(quote).join(',')).join('\r\n');
        expect(parseCsv(csv).map((r) => r.fields)).toEqual(rows);
      }),
    );
  });

  it('reports the line a record starts on', () => {
    expect(parseCsv('a,b\n"x\ny",z\nq,r\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['an unterminated quote', 'a,b\n"open,x\n', /unterminated quoted field/, 2],
    ['text after a closing quote', 'a,b\n"x"y,z\n', /after a closing quote/, 2],
  ])('rejects %s with its line', (_name, csv, message, line) => {
    try {
      parseCsv(csv);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      expect((e as Error).message).toMatch(message);
      expect((e as CsvError).line).toBe(line);
    }
  });
});
