// pg-boss (a job queue inside PostgreSQL: SKIP LOCKED fetches, retries, expiry of lost jobs) opened for Vigie.
import PgBoss from 'pg-boss';
import { DOCUMENT_QUEUE, queueSettings, type QueueSettings } from './config.js';

export interface OpenQueueOptions {
  readonly settings?: QueueSettings;
  /** Run pg-boss maintenance (expiry → retry of lost jobs) in this process (default true). */
  readonly supervise?: boolean;
  /** Connection pool size (default 4). */
  readonly max?: number;
}

export async function openQueue(url: string, opts: OpenQueueOptions = {}): Promise<PgBoss> {
  const s = opts.settings ?? queueSettings();
  const boss = new PgBoss({
    connectionString: url,
    schema: s.schema,
    max: opts.max ?? 4,
    supervise: opts.supervise ?? true,
    schedule: false,
    maintenanceIntervalSeconds: s.maintenanceIntervalSeconds,
    application_name: 'vigie',
  });
  boss.on('error', (e) => process.stderr.write(`vigie queue: ${e.message}\n`));
  await boss.start();
  if (!(await boss.getQueue(DOCUMENT_QUEUE))) {
    try {
      await boss.createQueue(DOCUMENT_QUEUE, {
        name: DOCUMENT_QUEUE,
        policy: 'standard',
        retryLimit: s.retryLimit,
        retryDelay: s.retryDelay,
        retryBackoff: true,
        expireInSeconds: s.expireInSeconds,
      });
    } catch (e) {
      // Another process created it at the same moment.
      if (!(await boss.getQueue(DOCUMENT_QUEUE))) throw e;
    }
  }
  return boss;
}
