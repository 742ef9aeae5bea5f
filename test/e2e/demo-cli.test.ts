// `vigie demo --no-serve` ingests a corpus into the store, and a second run is a no-op.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await run(['node', 'vigie', ...args]), out };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

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
    let err = '';
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    const code = await run(['node', 'vigie', 'demo', '--no-serve', '--examples', join(dir, 'nope'), '--db', join(dir, 'x.db')]);
    e.mockRestore();
    expect(code).toBe(2);
    expect(err).toContain('demo corpus not found');
  });
});
