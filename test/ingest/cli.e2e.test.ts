// `vigie ingest` and `vigie quarantine` in-process, on a SQLite file.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

const vigie = (...args: string[]) => runCli(args);

afterEach(() => vi.restoreAllMocks());

describe('vigie ingest / quarantine', () => {
  it('ingests with --json, then lists, shows and retries the quarantined line', async () => {
    const dir = tempDir();
    const db = join(dir, 'vigie.db');
    const file = join(dir, 'docs.csv');
    writeFileSync(file, 'ref,body,when\nr1,"Les discussions ont débuté jeudi à Yevlakh, au lendemain du cessez-le-feu.",2023-09-21\nr2,"Texte sans date valide.",hier\n');
    const flags = ['--db', db, '--csv-id-col', 'ref', '--csv-text-col', 'body', '--csv-date-col', 'when', '--quiet'];

    const first = await vigie('ingest', file, ...flags, '--json');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.out);
    expect(summary).toMatchObject({ files: 1, read: 2, stored: 1, quarantined: 1 });
    expect(summary.quarantine[0].reason).toBe(`${resolve(file)}:3: field when: "hier" is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or an ISO/RFC 822 timestamp)`);

    const list = await vigie('quarantine', 'list', '--db', db, '--json');
    const [entry] = JSON.parse(list.out);
    expect(entry).toMatchObject({ origin: `${resolve(file)}:3`, attempts: expect.any(Number), hasPayload: true });

    const show = await vigie('quarantine', 'show', entry.id, '--db', db);
    expect(show.out).toContain('reason:   ');
    expect(show.out).toContain('r2,Texte sans date valide.,hier');

    const human = await vigie('ingest', file, ...flags, '--strict');
    expect(human.code).toBe(3);
    expect(human.out).toMatch(/1 file\(s\), 2 document\(s\) read: 0 stored .* 1 duplicate\(s\) skipped, 1 quarantined/);
    expect(human.err).toContain('1 document(s) quarantined');

    writeFileSync(file, 'ref,body,when\nr1,"Les discussions ont débuté jeudi à Yevlakh, au lendemain du cessez-le-feu.",2023-09-21\nr2,"Texte daté.",2023-09-22\n');
    const retry = await vigie('quarantine', 'retry', '--db', db, '--csv-id-col', 'ref', '--csv-text-col', 'body', '--csv-date-col', 'when');
    expect(retry.code).toBe(0);
    expect(retry.out).toContain('1 of 1 resolved');
    expect((await vigie('quarantine', 'list', '--db', db)).out).toBe('quarantine is empty\n');

    const store = await openStore(db);
    try {
      expect(await store.getDocument('r2')).toMatchObject({ date: '2023-09-22', text: 'Texte daté.' });
    } finally {
      await store.close();
    }
  });

  it.each([
    [['--date', '21/09/2023'], '--date: expected YYYY-MM-DD, YYYY-MM or YYYY, got "21/09/2023"'],
    [['--format', 'docx'], '--format: expected one of seed, txt, html, json, jsonl, csv, feed, got "docx"'],
    [['--field-map', 'body=text'], '--field-map: unknown field "body"'],
    [['--lang', 'français'], '--lang: expected a language code'],
  ])('rejects bad flags %j with a clear message', async (args, message) => {
    const dir = tempDir();
    const r = await vigie('ingest', dir, '--db', join(dir, 'x.db'), ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('--queue without a PostgreSQL queue says how to name one', async () => {
    const dir = tempDir();
    vi.stubEnv('VIGIE_QUEUE', '');
    delete process.env.VIGIE_QUEUE;
    const r = await vigie('ingest', dir, '--db', join(dir, 'x.db'), '--queue');
    vi.unstubAllEnvs();
    expect(r.code).toBe(2);
    expect(r.err).toContain('no queue: pass --queue postgres://');
  });

  it('names an unknown quarantine entry', async () => {
    const dir = tempDir();
    const r = await vigie('quarantine', 'show', 'q_missing', '--db', join(dir, 'x.db'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('no quarantine entry "q_missing"');
  });
});
