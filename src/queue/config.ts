// Queue settings: where the queue lives and how jobs are retried. All overridable by environment variables.
export const DOCUMENT_QUEUE = 'vigie-documents';

export interface QueueSettings {
  /** Seconds a job may stay active before it is considered lost (worker killed) and retried. */
  readonly expireInSeconds: number;
  /** Attempts after the first before a job is marked failed. */
  readonly retryLimit: number;
  /** Seconds before the first retry (doubled each time). */
  readonly retryDelay: number;
  /** How often pg-boss looks for expired jobs (seconds). */
  readonly maintenanceIntervalSeconds: number;
  /** pg-boss's own schema in the database. */
  readonly schema: string;
}

function intEnv(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: expected a positive whole number, got "${raw}"`);
  return n;
}

export function queueSettings(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  return {
    expireInSeconds: intEnv('VIGIE_JOB_EXPIRE_SECONDS', 300, env),
    retryLimit: intEnv('VIGIE_JOB_RETRY_LIMIT', 5, env),
    retryDelay: intEnv('VIGIE_JOB_RETRY_DELAY', 5, env),
    maintenanceIntervalSeconds: intEnv('VIGIE_QUEUE_MAINTENANCE_SECONDS', 30, env),
    schema: env.VIGIE_QUEUE_SCHEMA || 'vigie_queue',
  };
}

/** The queue's PostgreSQL URL: --queue, then VIGIE_QUEUE, then the database when it is PostgreSQL. */
export function queueLocation(opt: string | undefined, db: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const url = opt ?? env.VIGIE_QUEUE ?? (db && /^postgres(ql)?:\/\//i.test(db) ? db : undefined);
  if (!url) throw new Error('no queue: pass --queue postgres://… or set VIGIE_QUEUE (the queue lives in PostgreSQL)');
  if (!/^postgres(ql)?:\/\//i.test(url)) throw new Error(`queue "${url}": expected a postgres://… URL`);
  return url;
}
