// Saved web pages: the article's main text by Mozilla Readability over linkedom; title, publication
// date, language, outlet and canonical URL from meta tags and JSON-LD.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes, declaredCharset } from '../decode.js';
import { tryDocDate } from '../dates.js';
import { domToText, htmlToText, type DomNode } from '../html-text.js';
import { payloadOf, type ReadItem, type ReaderInput } from '../types.js';

interface MetaDoc {
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
  readonly documentElement: { getAttribute(name: string): string | null } | null;
  readonly body: unknown;
}

interface PageMeta {
  title?: string;
  date?: string;
  lang?: string;
  source?: string;
  url?: string;
}

function meta(doc: MetaDoc, selectors: readonly string[], attr = 'content'): string | undefined {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute(attr)?.trim();
    if (v) return v;
  }
  return undefined;
}

/** NewsArticle-like objects in JSON-LD blocks (including @graph arrays). */
function jsonLdArticles(doc: MetaDoc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) visit(o['@graph']);
      if ('datePublished' in o || 'headline' in o || 'inLanguage' in o) out.push(o);
    }
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // a broken JSON-LD block is ignored: meta tags remain
    }
  }
  return out;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return undefined;
}

function pageMeta(doc: MetaDoc): PageMeta {
  const ld = jsonLdArticles(doc);
  const fromLd = (key: string): string | undefined => ld.map((o) => str(o[key])).find(Boolean);
  const date =
    tryDocDate(meta(doc, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[property="og:published_time"]'])) ??
    tryDocDate(fromLd('datePublished')) ??
    tryDocDate(meta(doc, ['time[datetime]'], 'datetime'));
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim();
  const lang = htmlLang || meta(doc, ['meta[http-equiv="content-language"]', 'meta[name="language"]', 'meta[property="og:locale"]']) || fromLd('inLanguage');
  // <title> often carries the outlet's suffix: Readability's title (which strips it) comes before it, in extractHtml
  const title = meta(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? fromLd('headline');
  const source = meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? fromLd('publisher');
  const url = meta(doc, ['link[rel="canonical"]'], 'href') ?? meta(doc, ['meta[property="og:url"]']);
  return {
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(lang ? { lang: normalizeLang(lang) } : {}),
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
  };
}

/** "fr-FR", "fr_FR" → "fr". */
export function normalizeLang(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? tag;
}

/** Reads an HTML string into the main text and metadata; throws when no text is found. */
export function extractHtml(html: string): PageMeta & { text: string } {
  const metaDom = parseHTML(html).document as unknown as MetaDoc;
  const info = pageMeta(metaDom);
  const readDom = parseHTML(html).document;
  let body = '';
  try {
    const article = new Readability(readDom as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    if (article?.content) body = htmlToText(article.content);
    if (!info.title && article?.title) info.title = article.title;
    if (!info.date && article?.publishedTime) {
      const d = tryDocDate(article.publishedTime);
      if (d) info.date = d;
    }
  } catch {
    // Readability can fail on odd markup: fall back to the whole body below
  }
  if (!info.title) {
    const t = metaDom.querySelector('title')?.textContent?.trim();
    if (t) info.title = t;
  }
  if (!body.trim() && metaDom.body) body = domToText(metaDom.body as DomNode);
  if (!body.trim()) throw new Error('no text found in the page');
  const title = info.title?.replace(/\s+/g, ' ').trim();
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { ...info, text };
}

export function readHtml(input: ReaderInput): ReadItem[] {
  const { text: html } = decodeBytes(input.bytes, declaredCharset(input.bytes));
  try {
    const page = extractHtml(html);
    return [{
      ok: true,
      origin: input.origin,
      doc: {
        id: input.id,
        text: page.text,
        date: page.date ?? null,
        lang: page.lang ?? null,
        ...(page.title ? { title: page.title } : {}),
        ...(page.source ? { source: page.source } : {}),
        ...(page.url ? { url: page.url } : {}),
      },
    }];
  } catch (e) {
    return [{ ok: false, origin: input.origin, reason: `${input.origin}: ${(e as Error).message}`, payload: payloadOf(html) }];
  }
}
