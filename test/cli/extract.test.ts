// `vigie extract` as the evaluation calls it: the compiled CLI, contract-valid output, exact evidence spans.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceErrors, ExtractJsonlLineSchema, ExtractJsonOutputSchema } from '../../src/core/contract.js';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin', 'vigie.js');
const seed = join(root, '..', 'shared', 'examples', 'karabakh-2023-09.fr.txt');
const tmp = mkdtempSync(join(tmpdir(), 'vigie-extract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function vigie(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
}

describe('vigie extract', () => {
  it.skipIf(!existsSync(seed))('reads the seed example: month-precision date, contract-valid JSON, exact evidence', () => {
    const r = vigie(['extract', seed, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const out = ExtractJsonOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.document.date).toBe('2023-09');
    expect(out.document.date_precision).toBe('month');
    expect(out.document.lang).toBe('fr');
    for (const ev of out.events) expect(evidenceErrors(ev, out.document.text)).toEqual([]);
  });

  it('batch mode: one line per input document, same order; a broken line gets an error, the rest goes on', () => {
    const input = join(tmp, 'docs.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'a', text: 'Des hommes armés ont attaqué un poste de police à Gao mardi, faisant trois morts.', date: '2021-05-12', lang: 'fr' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'Shelling killed two civilians in Kharkiv on Monday, officials said.', date: '2022-03-08', lang: null }),
      JSON.stringify({ id: 'd', date: '2022-03-08' }),
    ].join('\n'));
    const r = vigie(['extract', '--input', input, '--format', 'jsonl']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => ExtractJsonlLineSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => l.id)).toEqual(['a', 'line-2', 'c', 'd']);
    expect(lines[1]?.error).toMatch(/docs\.jsonl:2: not JSON/);
    expect(lines[3]?.error).toMatch(/docs\.jsonl:4: field text/);
    expect(lines[2]?.lang).toBe('en');
    expect(lines[0]?.error).toBeUndefined();
  });

  it('names the file when it cannot be read', () => {
    const r = vigie(['extract', join(tmp, 'missing.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt: cannot read \(ENOENT\)/);
  });

  it('prints help for the command', () => {
    const out = execFileSync(process.execPath, [bin, 'extract', '--help'], { encoding: 'utf8' });
    expect(out).toMatch(/--input <path>/);
  });
});
