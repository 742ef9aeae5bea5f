// Refreshes docs/screenshots/ from the demo corpus (examples/) served on loopback, in Debian's
// Chromium. Run: npm run screenshots  (CHROMIUM_PATH overrides /usr/bin/chromium)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, hasChromium, ingestDemo, REPO, startHarness } from '../test/e2e/browser.js';
import type { EventStore } from '../src/store/event-store.js';

if (!hasChromium) {
  console.error(`screenshots: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(2);
}

const out = join(REPO, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
let stored = 0;
const hx = await startHarness(async (store: EventStore) => {
  stored = await ingestDemo(store);
});
try {
  const page = await hx.context.newPage();
  const base = hx.server.url;
  const ready = (path: string) => page.waitForSelector(`body[data-ready="${path}"]`, { timeout: 30_000 });
  const shot = async (name: string) => {
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    console.log(`docs/screenshots/${name}.png`);
  };
  console.log(`demo corpus: ${stored} documents stored`);

  await page.goto(base);
  await ready('/');
  await shot('overview');

  const list = (await (await fetch(`${base}/api/events?limit=500&sort=-sources`)).json()) as { items: { id: string; event: { type: string; date: { start: string } | null }; documentIds: string[] }[] };
  const top = list.items[0];
  if (top) {
    const type = top.event.type;
    const day = top.event.date?.start;
    const qs = new URLSearchParams({ type, ...(day ? { since: day.slice(0, 8) + '01', until: day } : {}) });
    await page.goto(`${base}/?${qs}`);
    await ready('/');
    await shot('filtered');

    await page.goto(`${base}/events/${encodeURIComponent(top.id)}`);
    await ready(`/events/${encodeURIComponent(top.id)}`);
    await shot('event');

    const docId = top.documentIds[0];
    if (docId) {
      await page.goto(`${base}/documents/${encodeURIComponent(docId)}`);
      await ready(`/documents/${encodeURIComponent(docId)}`);
      await shot('document');
    }
  } else {
    console.warn('no events in the demo corpus: only the overview was captured');
  }
} finally {
  await hx.close();
}
