// `vigie export` end to end (in-process CLI) on a real SQLite file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { EventSchema } from '../../src/core/contract.js';
import { openStore } from '../../src/store/index.js';
import { fillFixtures } from '../e2e/fixtures.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-export-'));
  db = join(dir, 'v.db');
  const store = await openStore(db);
  await fillFixtures(store);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args);

describe('vigie export', () => {
  it('writes ACLED-style CSV of the filtered events to --out', async () => {
    const out = join(dir, 'e.csv');
    const { code, err } = await cli('export', '--format', 'csv', '--db', db, '--type', 'AGREE', '--out', out);
    expect(code).toBe(0);
    expect(err).toContain('1 event(s) written');
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',MLI,');
    expect(lines[1]).toContain('Mali');
  });

  it('writes GeoJSON and JSON with every event', async () => {
    const gj = join(dir, 'e.geojson');
    expect((await cli('export', '--format', 'geojson', '--db', db, '--out', gj)).code).toBe(0);
    const fc = JSON.parse(readFileSync(gj, 'utf8'));
    const js = join(dir, 'e.json');
    expect((await cli('export', '--format', 'json', '--db', db, '--out', js)).code).toBe(0);
    const arr = JSON.parse(readFileSync(js, 'utf8'));
    expect(fc.features).toHaveLength(arr.length);
    expect(arr.length).toBeGreaterThanOrEqual(3);
    for (const e of arr) expect(EventSchema.safeParse(e).success).toBe(true);
  });

  it.each([
    [['--format', 'xml'], '--format'],
    [['--format', 'csv', '--since', '2023-13-01'], '--since'],
    [['--format', 'csv', '--country', 'France'], '--country'],
  ])('rejects %j with a message naming the option', async (args, name) => {
    const { code, err } = await cli('export', '--db', db, ...args);
    expect(code).toBe(2);
    expect(err).toContain(name);
  });
});
