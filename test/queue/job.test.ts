// Queue settings and job payloads: what needs no PostgreSQL server.
import { describe, expect, it } from 'vitest';
import { queueLocation, queueSettings } from '../../src/queue/config.js';
import { jobId, parseJob } from '../../src/queue/job.js';
import type { ReadItem } from '../../src/ingest/types.js';

const item: ReadItem = { ok: true, origin: 'a.jsonl:1', doc: { id: 'a', text: 'Une attaque à Gao.', date: '2023-05-02', lang: 'fr' } };

describe('queue jobs', () => {
  it('derives one UUID-shaped job id per item, so enqueueing twice queues once', () => {
    expect(jobId(item)).toBe(jobId({ ...item, doc: { ...item.doc } }));
    expect(jobId(item)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobId({ ...item, doc: { ...item.doc, text: 'Une attaque à Kidal.' } })).not.toBe(jobId(item));
  });

  it('rejects malformed payloads naming the field', () => {
    expect(parseJob({ item })).toEqual({ item });
    expect(() => parseJob(null)).toThrow(/field item/);
    expect(() => parseJob({ item: { ok: true, origin: 'x', doc: { id: 1 } } })).toThrow(/x: field item\.doc/);
    expect(parseJob({ item: { ok: false, origin: 'f.csv:3', reason: 'bad', payload: null } }).item.ok).toBe(false);
  });
});

describe('queue settings', () => {
  it('reads the environment and names a bad variable', () => {
    expect(queueSettings({})).toMatchObject({ expireInSeconds: 300, retryLimit: 5, retryDelay: 5, maintenanceIntervalSeconds: 30, schema: 'vigie_queue' });
    expect(queueSettings({ VIGIE_JOB_EXPIRE_SECONDS: '3' }).expireInSeconds).toBe(3);
    expect(() => queueSettings({ VIGIE_JOB_RETRY_LIMIT: 'many' })).toThrow(/VIGIE_JOB_RETRY_LIMIT/);
  });

  it('finds the queue: --queue, then VIGIE_QUEUE, then a PostgreSQL --db', () => {
    const pgUrl = 'postgres://u@h/db';
    expect(queueLocation('postgres://q@h/x', pgUrl, {})).toBe('postgres://q@h/x');
    expect(queueLocation(undefined, 'vigie.db', { VIGIE_QUEUE: pgUrl })).toBe(pgUrl);
    expect(queueLocation(undefined, pgUrl, {})).toBe(pgUrl);
    expect(() => queueLocation(undefined, 'vigie.db', {})).toThrow(/--queue/);
    expect(() => queueLocation('redis://x', undefined, {})).toThrow(/postgres/);
  });
});
