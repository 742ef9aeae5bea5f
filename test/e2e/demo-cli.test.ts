// `vigie demo --no-serve` ingests a corpus into the store, and a second run is a no-op.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args);

describe('vigie demo', () => {
  it('ingests the corpus once; running it again changes nothing', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, '2023-09-20-cessez-le-feu.fr.txt'), 'Les séparatistes ont accepté mercredi un cessez-le-feu au Haut-Karabakh.\n');
    writeFileSync(join(corpus, 'docs.jsonl'), `${JSON.stringify({ id: 'd1', text: 'Shelling hit Kramatorsk on Monday, officials said.', date: '2023-05-01', lang: 'en' })}\n`);
    const db = join(dir, 'demo.db');
    const first = await cli('demo', '--no-serve', '--examples', corpus, '--db', db);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`${db}: 2 documents`);
    const second = await cli('demo', '--no-serve', '--examples', corpus, '--db', db);
    expect(second.code).toBe(0);
    expect(second.out).toContain(`${db}: 2 documents`);
    expect(second.out.replace(/.*: 2 documents/, '')).toBe(first.out.replace(/.*: 2 documents/, ''));
  });

  it('fails clearly when the corpus is missing', async () => {
    const { code, err } = await cli('demo', '--no-serve', '--examples', join(dir, 'nope'), '--db', join(dir, 'x.db'));
    expect(code).toBe(2);
    expect(err).toContain('demo corpus not found');
  });
});
