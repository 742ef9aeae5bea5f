// The dashboard in real Chromium (Debian's package, driven by playwright-core) on a real SQLite store
// holding the demo corpus (examples/) and a few hand-coded fixture documents.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';
import { doc } from '../api/fixtures.js';
import { fillFixtures, TOLL_A } from './fixtures.js';
import { CHROMIUM, hasChromium, ingestDemo, startHarness, type Harness } from './browser.js';

if (!hasChromium) console.warn(`skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe.skipIf(!hasChromium)('dashboard in Chromium', () => {
  let hx: Harness;
  let page: Page;
  let demoDocs = 0;

  beforeAll(async () => {
    hx = await startHarness(async (store) => {
      demoDocs = await ingestDemo(store);
      await fillFixtures(store);
    });
    page = await hx.context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
  }, 120_000);
  afterAll(async () => {
    await hx?.close();
  });

  const ready = (path: string) => page.waitForSelector(`body[data-ready="${path}"]`, { timeout: 20_000 });
  const apiTotal = async (qs = '') => ((await (await fetch(`${hx.server.url}/api/events${qs}`)).json()) as { total: number }).total;
  const listedDates = () => page.$$eval('#event-list li a', (as) => as.map((a) => (a.textContent ?? '').slice(0, 10)));
  const listedTypes = () => page.$$eval('#event-list li .badge', (bs) => bs.map((b) => b.textContent));
  async function shot(name: string): Promise<void> {
    const file = join(hx.dir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  }

  it('loads the overview on the demo corpus: map with markers on an offline base map, timeline, list, credit', async () => {
    await page.goto(hx.server.url);
    await ready('/');
    const total = await apiTotal();
    const counts = await hx.store.counts();
    expect(counts.documents).toBe(demoDocs + 4);
    expect(await page.textContent('#status')).toContain(`${total} event`);
    expect(await page.locator('#map path.event-marker').count()).toBeGreaterThan(0);
    expect(await page.locator('#map .leaflet-overlay-pane path').count()).toBeGreaterThan(100); // country shapes
    expect(await page.locator('#map img.leaflet-tile').count()).toBe(0);
    expect(await page.locator('#timeline rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('#event-list li').count()).toBe(Math.min(total, 200));
    expect(await page.textContent('body')).toContain('GeoNames (CC BY 4.0)');
    await shot('overview');
  });

  it('filters by type and period, and keeps the filters in the URL', async () => {
    await page.goto(hx.server.url);
    await ready('/');
    await page.selectOption('select[name=type]', 'ASSAULT');
    await page.fill('input[name=since]', '2023-09-01');
    await page.fill('input[name=until]', '2023-09-30');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/type=ASSAULT/);
    await ready('/');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ type: 'ASSAULT', since: '2023-09-01', until: '2023-09-30' });
    const expected = await apiTotal('?type=ASSAULT&since=2023-09-01&until=2023-09-30');
    expect(await page.textContent('#status')).toContain(`${expected} event`);
    expect(new Set(await listedTypes())).toEqual(new Set(['ASSAULT']));
    for (const d of await listedDates()) expect(d >= '2023-09-01' && d <= '2023-09-30').toBe(true);
    expect(await page.locator('#event-list li', { hasText: 'Stepanakert' }).count()).toBeGreaterThan(0);
    // A reload (or a shared link) restores the same view.
    await page.reload();
    await ready('/');
    expect(await page.inputValue('select[name=type]')).toBe('ASSAULT');
    expect(await page.inputValue('input[name=since]')).toBe('2023-09-01');
    await shot('filtered');
  });

  it('brushing a period on the timeline filters the map and the list', async () => {
    await page.goto(hx.server.url);
    await ready('/');
    const before = await apiTotal();
    const box = (await page.locator('#timeline svg').boundingBox())!;
    // the right half of the time axis: the fixtures span 2015 to 2023, so this keeps 2023 and drops 2015
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/since=/);
    await ready('/');
    const params = new URL(page.url()).searchParams;
    const since = params.get('since')!;
    const until = params.get('until')!;
    expect(since <= until).toBe(true);
    const after = await apiTotal(`?since=${since}&until=${until}`);
    expect(after).toBeLessThan(before);
    expect(await page.textContent('#status')).toContain(`${after} event`);
    for (const d of await listedDates()) if (d !== 'undated') expect(d >= since && d <= until).toBe(true);
    expect(await page.locator('#event-list li', { hasText: 'Bamako' }).count()).toBe(0);
  });

  it('map markers open up: clusters zoom in, a marker lists its events and links to them', async () => {
    await page.goto(hx.server.url);
    await ready('/');
    for (let i = 0; i < 12; i++) {
      const popupLink = page.locator('.leaflet-popup a[href^="/events/"]').first();
      if (await popupLink.count()) {
        await popupLink.click();
        break;
      }
      const markers = page.locator('#map path.event-marker');
      expect(await markers.count()).toBeGreaterThan(0);
      await markers.first().click({ force: true });
      await page.waitForTimeout(400);
    }
    await page.waitForURL(/\/events\//);
    await ready(new URL(page.url()).pathname);
    expect(await page.locator('table.facts').count()).toBe(1);
  });

  it('opens an event: facts with precision, claims side by side, sources with the evidence highlighted', async () => {
    await page.goto(`${hx.server.url}/?type=ASSAULT&since=2023-09-19&until=2023-09-19&text=Stepanakert`);
    await ready('/');
    // the event that fixture-toll-a reports (demo-corpus events about Stepanakert may be listed too)
    const mine = (await (await fetch(`${hx.server.url}/api/events?document=fixture-toll-a`)).json()) as { items: { id: string }[] };
    expect(mine.items).toHaveLength(1);
    await page.locator(`#event-list li a[href="/events/${encodeURIComponent(mine.items[0]!.id)}"]`).click();
    await page.waitForURL(/\/events\//);
    await ready(new URL(page.url()).pathname);
    const facts = await page.textContent('table.facts');
    expect(facts).toContain('precision: day');
    expect(facts).toContain('precision: city');
    const cards = await page.locator('.claim-card').allTextContents();
    const claimText = cards.join(' | ');
    expect(claimText).toMatch(/27/);
    expect(claimText).toContain('le ministère arménien');
    const marks = await page.locator('.source-article mark.evidence').allTextContents();
    expect(marks).toContain("l'armée azerbaïdjanaise a bombardé Stepanakert");
    const articles = await page.locator('.source-article .article-text').allTextContents();
    expect(articles).toContain(TOLL_A);
    expect(await page.textContent('body')).toContain('GeoNames (CC BY 4.0)');
    await shot('event');
  });

  it('shows a document with its events highlighted, each linking to its event', async () => {
    await page.goto(`${hx.server.url}/documents/fixture-toll-a`);
    await ready('/documents/fixture-toll-a');
    const mark = page.locator('.article-text mark.evidence').first();
    expect(await mark.textContent()).toBe("l'armée azerbaïdjanaise a bombardé Stepanakert");
    await shot('document');
    await mark.click();
    await page.waitForURL(/\/events\//);
    await ready(new URL(page.url()).pathname);
    expect(await page.locator('.claim-card').count()).toBeGreaterThan(0);
  });

  it('shows an article containing <script> and <img onerror> as text (XSS)', async () => {
    await page.goto(`${hx.server.url}/documents/fixture-hostile`);
    await ready('/documents/fixture-hostile');
    const text = await page.textContent('.article-text');
    expect(text).toContain('<script>window.__xss = 1</script>');
    expect(text).toContain('<img src=x onerror="window.__xss = 2">');
    expect(await page.textContent('h1')).toContain('<img src=x onerror="window.__xss = 3">');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // open its event too: the place name holds markup that must stay text
    await page.locator('.doc-events a').first().click();
    await page.waitForURL(/\/events\//);
    await ready(new URL(page.url()).pathname);
    expect(await page.textContent('table.facts')).toContain('Goris <b>x</b>');
    expect(await page.locator('main b').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
  });

  it('marks which words gave each field (place, date, figure, source) on the event page and the document page', async () => {
    // Extracted by the real extractor, markup in its text: the field marks must stay text too.
    const text = "Selon l'armée malienne, des hommes armés ont attaqué Gao <img src=x onerror=\"window.__xss = 9\"> le 3 mars 2023, faisant au moins 12 morts.";
    const events = createExtractor().extract({ id: 'fixture-fields', text, date: '2023-03-04', lang: 'fr' }).events;
    expect(events.some((e) => e.fieldEvidence?.some((f) => f.field === 'place'))).toBe(true);
    await hx.store.saveDocument(doc('fixture-fields', text, { date: '2023-03-04', title: 'Attaque de Gao' }), events);
    const [m] = await hx.store.mentionsForDocument('fixture-fields');
    await page.goto(`${hx.server.url}/events/${encodeURIComponent(m!.eventId)}`);
    await ready(`/events/${encodeURIComponent(m!.eventId)}`);
    const place = page.locator('.source-article mark[data-field="place"]');
    expect(await place.allTextContents()).toEqual(['Gao']);
    expect(await place.first().getAttribute('class')).toContain('field-place');
    expect(await place.first().getAttribute('title')).toContain('place: Gao');
    expect(await page.locator('.source-article mark[data-field="date"]').allTextContents()).toEqual(['le 3 mars 2023']);
    expect(await page.locator('.source-article mark[data-field="counts.killed"]').allTextContents()).toEqual(['au moins 12 morts']);
    expect((await page.locator('.source-article mark[data-field="attribution"]').allTextContents()).join(' ')).toContain("l'armée malienne");
    // The legend names each field and quotes its words; the article reads the same as its text.
    expect(await page.textContent('.field-legend li[data-field="counts.killed"]')).toContain('au moins 12 morts');
    expect(await page.locator('.source-article .article-text').allTextContents()).toContain(text);
    await shot('event-fields');
    await page.goto(`${hx.server.url}/documents/fixture-fields`);
    await ready('/documents/fixture-fields');
    expect(await page.locator('.article-text mark[data-field="place"]').allTextContents()).toEqual(['Gao']);
    expect(await page.locator('.field-legend .field-chip').count()).toBeGreaterThan(3);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
  });
});
