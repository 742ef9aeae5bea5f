// Shared by the browser tests and scripts/screenshots.ts: builds the dashboard, fills a real SQLite
// store (the demo corpus plus optional fixtures), serves it on loopback and drives Debian's Chromium.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { createApp } from '../../src/api/app.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { createExtractor } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/index.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Builds web/ with Vite into a fresh folder (so a stale dist/web can never be what is tested). */
export async function buildWeb(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: join(REPO, 'web'),
    configFile: join(REPO, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Ingests examples/ (when present) into the store with the real extractor. */
export async function ingestDemo(store: EventStore): Promise<number> {
  const dir = join(REPO, 'examples');
  if (!existsSync(dir) || readdirSync(dir).length === 0) return 0;
  const summary = await ingest([dir], { store, extractor: createExtractor() });
  return summary.stored;
}

export interface Harness {
  readonly store: EventStore;
  readonly server: RunningServer;
  readonly context: BrowserContext;
  readonly dir: string;
  close(): Promise<void>;
}

/** A served store and a browser. `fill` adds documents before the server starts. */
export async function startHarness(fill: (store: EventStore) => Promise<void>): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-e2e-'));
  const web = join(dir, 'web');
  await buildWeb(web);
  const store = await openStore(join(dir, 'vigie.db'), { now: () => new Date('2024-01-01T00:00:00Z') });
  await fill(store);
  const server = await startServer(createApp({ store, webRoot: web }), { port: 0, host: '127.0.0.1' });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  return {
    store, server, context, dir,
    async close() {
      await context.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
