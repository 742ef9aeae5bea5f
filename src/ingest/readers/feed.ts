// RSS 2.0 and Atom feed files: one document per item/entry (title + description/content as text).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeBytes, declaredCharset } from '../decode.js';
import { tryDocDate } from '../dates.js';
import { htmlToText } from '../html-text.js';
import { payloadOf, type RawDocument, type ReadItem, type ReaderInput } from '../types.js';
import { normalizeLang } from './html.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

/** Text of an element that may be a string, {#text}, or absent. */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === 'object') return text((v as Node)['#text']);
  return undefined;
}

export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return text(links);
  const nodes = links as Node[];
  const alt = nodes.find((l) => typeof l === 'object' && (l['@rel'] === undefined || l['@rel'] === 'alternate'));
  const href = (alt ?? nodes[0]) as Node | string | undefined;
  return typeof href === 'string' ? href : text(href?.['@href']);
}

function itemDoc(fields: { id: string; title?: string; body?: string; date?: string; lang?: string; source?: string; url?: string }): RawDocument {
  const body = fields.body ? htmlToText(fields.body) : '';
  const title = fields.title ? htmlToText(fields.title) : undefined;
  const textOut = title && body && !body.startsWith(title) ? `${title}\n\n${body}` : body || title || '';
  return {
    id: fields.id,
    text: textOut,
    date: tryDocDate(fields.date),
    lang: fields.lang ? normalizeLang(fields.lang) : null,
    ...(title ? { title } : {}),
    ...(fields.source ? { source: fields.source } : {}),
    ...(fields.url ? { url: fields.url } : {}),
  };
}

export function readFeed(input: ReaderInput): ReadItem[] {
  const { text: xml } = decodeBytes(input.bytes, declaredCharset(input.bytes));
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [{ ok: false, origin: input.origin, reason: `${input.origin}:${valid.err.line}: not well-formed XML (${valid.err.msg})`, payload: payloadOf(xml) }];
  }
  const root = parser.parse(xml) as Node;
  const docs: { origin: string; doc: RawDocument }[] = [];
  const channel = (root.rss as Node | undefined)?.channel as Node | undefined ?? (root['rdf:RDF'] as Node | undefined);
  const feed = root.feed as Node | undefined;
  if (channel) {
    const lang = text(channel.language) ?? text(channel['dc:language']);
    const source = text(channel.title);
    const items = ((channel.item ?? (root['rdf:RDF'] as Node | undefined)?.item) as Node[] | undefined) ?? [];
    items.forEach((it, i) => {
      const url = text(it.link);
      docs.push({
        origin: `${input.origin}#${i + 1}`,
        doc: itemDoc({
          id: text(it.guid) ?? url ?? `${input.id}#${i + 1}`,
          title: text(it.title),
          body: text(it['content:encoded']) ?? text(it.description),
          date: text(it.pubDate) ?? text(it['dc:date']),
          lang: text(it['dc:language']) ?? lang,
          source,
          url,
        }),
      });
    });
  } else if (feed) {
    const lang = text(feed['@xml:lang']);
    const source = text(feed.title);
    ((feed.entry as Node[] | undefined) ?? []).forEach((e, i) => {
      const url = atomLink(e.link);
      docs.push({
        origin: `${input.origin}#${i + 1}`,
        doc: itemDoc({
          id: text(e.id) ?? url ?? `${input.id}#${i + 1}`,
          title: text(e.title),
          body: text(e.content) ?? text(e.summary),
          date: text(e.published) ?? text(e.updated),
          lang: text((e as Node)['@xml:lang']) ?? lang,
          source,
          url,
        }),
      });
    });
  } else {
    return [{ ok: false, origin: input.origin, reason: `${input.origin}: not an RSS or Atom feed (root element is not <rss>, <feed> or <rdf:RDF>)`, payload: payloadOf(xml) }];
  }
  if (docs.length === 0) return [{ ok: false, origin: input.origin, reason: `${input.origin}: the feed has no items`, payload: null }];
  return docs.map(({ origin, doc }): ReadItem =>
    doc.text.trim() ? { ok: true, origin, doc } : { ok: false, origin, reason: `${origin}: item has no title, description or content`, payload: null },
  );
}
