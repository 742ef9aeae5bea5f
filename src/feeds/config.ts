// feeds.yaml: the feeds `vigie watch` polls. Errors name the file, the line and the field.
//   defaults: { interval: 15m, fetchArticles: true }
//   feeds:
//     - url: https://example.org/rss.xml
//       interval: 5m        # 30s, 5m, 2h or seconds; at least 10s
//       lang: fr            # optional: language of every item
//       source: Le Monde    # optional: outlet name (default: the feed's title)
//       fetchArticles: true # fetch each item's page and read its main text (Readability)
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';

export interface FeedConfig {
  readonly url: string;
  readonly intervalMs: number;
  readonly lang: string | null;
  readonly source: string | null;
  readonly fetchArticles: boolean;
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/;
const MIN_INTERVAL_MS = 10_000;

/** "30s", "5m", "2h" or a number of seconds → milliseconds. */
export function parseDuration(v: string | number): number | null {
  const m = DURATION.exec(String(v).trim());
  if (!m) return null;
  const n = Number(m[1]);
  return Math.round(n * (m[2] === 'h' ? 3_600_000 : m[2] === 'm' ? 60_000 : 1000));
}

const Duration = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = parseDuration(v);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration (30s, 5m, 2h or seconds)` });
    return z.NEVER;
  }
  if (ms < MIN_INTERVAL_MS) {
    ctx.addIssue({ code: 'custom', message: `${v} is too short (at least 10s: be kind to the servers you poll)` });
    return z.NEVER;
  }
  return ms;
});

const Feed = z.object({
  url: z.string().refine((u) => /^https?:\/\//i.test(u), 'expected an http:// or https:// URL'),
  interval: Duration.optional(),
  lang: z.string().min(2).max(8).optional(),
  source: z.string().min(1).optional(),
  fetchArticles: z.boolean().optional(),
}).strict();

const FeedsFile = z.object({
  defaults: z.object({ interval: Duration.optional(), fetchArticles: z.boolean().optional() }).strict().optional(),
  feeds: z.array(Feed).min(1, 'list at least one feed'),
}).strict();

export class FeedsConfigError extends Error {}

export function parseFeedsConfig(text: string, file = 'feeds.yaml'): FeedConfig[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new FeedsConfigError(`${file}:${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`);
  }
  const r = FeedsFile.safeParse(doc.toJS());
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // The line of the deepest node that exists on the issue's path.
    let line: number | null = null;
    for (let n = path.length; n >= 0 && line === null; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) line = lineCounter.linePos(node.range[0]).line;
    }
    const field = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || '(root)';
    throw new FeedsConfigError(`${file}:${line ?? 1}: field ${field}: ${issue.message}`);
  }
  const defaults = r.data.defaults ?? {};
  const seen = new Set<string>();
  return r.data.feeds.map((f, i) => {
    if (seen.has(f.url)) throw new FeedsConfigError(`${file}: field feeds[${i}].url: ${f.url} is listed twice`);
    seen.add(f.url);
    return {
      url: f.url,
      intervalMs: f.interval ?? defaults.interval ?? 15 * 60_000,
      lang: f.lang ?? null,
      source: f.source ?? null,
      fetchArticles: f.fetchArticles ?? defaults.fetchArticles ?? true,
    };
  });
}

export function readFeedsConfig(path: string): FeedConfig[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new FeedsConfigError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseFeedsConfig(text, path);
}
