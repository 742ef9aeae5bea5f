// `vigie extract --format jsonl` and `--format json` carry each event's field evidence, exact against the input text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceErrors, ExtractJsonlLineSchema, ExtractJsonOutputSchema } from '../../src/core/contract.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'vigie-field-evidence-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TEXT = "Selon l'armée malienne, des hommes armés ont attaqué Gao le 3 mars 2023, faisant au moins 12 morts.";

describe('vigie extract: field evidence in the output', () => {
  it('jsonl: each event lists the spans of its fields, and they survive the contract schema', async () => {
    const input = join(tmp, 'docs.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'a', text: TEXT, date: '2023-03-04', lang: 'fr' })}\n`);
    const r = await runCli(['extract', '--input', input, '--format', 'jsonl']);
    expect(r.code, r.err).toBe(0);
    const line = ExtractJsonlLineSchema.parse(JSON.parse(r.out.trim().split('\n')[0]!));
    const e = line.events.find((x) => x.type === 'ASSAULT')!;
    expect(evidenceErrors(e, TEXT)).toEqual([]);
    const of = (f: string) => (e.fieldEvidence ?? []).filter((x) => x.field === f).map((x) => x.text);
    expect(of('place')).toEqual(['Gao']);
    expect(of('date')).toEqual(['le 3 mars 2023']);
    expect(of('counts.killed')).toEqual(['au moins 12 morts']);
    expect(of('attribution')).toContain("l'armée malienne");
  });

  it('json: the same spans for the same text', async () => {
    const input = join(tmp, 'a.txt');
    writeFileSync(input, TEXT);
    const r = await runCli(['extract', input, '--format', 'json', '--lang', 'fr', '--date', '2023-03-04']);
    expect(r.code, r.err).toBe(0);
    const out = ExtractJsonOutputSchema.parse(JSON.parse(r.out));
    for (const e of out.events) expect(evidenceErrors(e, out.document.text)).toEqual([]);
    expect(out.events.some((e) => (e.fieldEvidence ?? []).some((f) => f.field === 'place' && f.text === 'Gao'))).toBe(true);
  });
});
