// Positive evidence that a mention and a cluster report one event, beyond a compatible type, place and
// date. A loose match (a town inside a province, two nearby places, a day inside a range of days or a
// week, a month, a country) says little where many events happen: where the blocking neighbourhood holds
// other events, such a match must be corroborated by something the two reports share and the
// neighbouring events do not (see matchMention and docs/claims.md).
import { COUNT_KINDS, type Event } from '../../core/contract.js';
import { actorKey } from './actor-overlap.js';
import { claimInterval } from './figures.js';
import { countryWords } from './country-words.js';
import { foldName } from './normalize.js';
import type { ClusterView, MentionInput } from './types.js';

/**
 * A kind of figure both events give with values that agree (their intervals meet); null when none. An
 * open bound ("at least 2") agrees with any larger figure and so singles nothing out: both figures
 * must be bounded.
 */
export function agreeingFigure(a: Event, b: Event): { kind: string; detail: string } | null {
  for (const kind of COUNT_KINDS) {
    const x = a.counts[kind];
    const y = b.counts[kind];
    if (!x || !y) continue;
    const ix = claimInterval(x);
    const iy = claimInterval(y);
    if (!Number.isFinite(ix.hi) || !Number.isFinite(iy.hi)) continue;
    if (ix.lo <= iy.hi && iy.lo <= ix.hi) return { kind, detail: `${kind} ${x.value}~${y.value}` };
  }
  return null;
}

/** Numbers as written with group separators ("2 900", "2,900", "2.900") become one token. */
const GROUPED_NUMBER = /(\d)[\s,.\u00a0\u202f](?=\d{3}(?!\d))/gu;

/**
 * The distinctive tokens of a text: numbers, and names, i.e. words written with a capital letter
 * inside the text (its first word is capitalised whatever it is). Grammar and common words, which
 * many reports of different events share, are left out without a list of any language's words; so are
 * the words of `knownNames` (the place's names and their other spellings, the claimant's name) and the
 * names of the country and its people: the place is compared on its own, and one claimant reports many events.
 */
export function textTokens(text: string, knownNames: readonly string[] = [], country: string | null = null): Set<string> {
  const known = knownNames.flatMap((n) => foldName(n).split(' ')).filter(Boolean);
  const skip = new Set([...known, ...countryWords(country)]);
  const out = new Set<string>();
  const words = text.replace(GROUPED_NUMBER, '$1').split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
  words.forEach((w, i) => {
    const t = foldName(w);
    if (!t || skip.has(t) || known.some((k) => spellingVariant(t, k))) return;
    const isNumber = /^\p{N}+$/u.test(t);
    const isName = i > 0 && /^\p{Lu}/u.test(w) && [...t].length >= 3;
    if (isNumber || isName) out.add(t);
  });
  return out;
}

/**
 * Two spellings of one name (Kupiansk / Kupyansk, Ilovaisk / Ilovaysk): words of five letters or more
 * that start alike and differ by at most two edits.
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  const x = [...a];
  const y = [...b];
  if (x.length < 5 || y.length < 5 || Math.abs(x.length - y.length) > 2 || x[0] !== y[0]) return false;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]! <= 2;
}

const tokenCache = new WeakMap<Event, Set<string>>();

/**
 * Names whose words say nothing of which event it is: the place (compared on its own) and the claimant
 * (one ministry's daily briefing reports many events).
 */
function knownNames(e: Event): string[] {
  const p = e.place;
  return [p?.name, p?.admin1, p?.admin2, e.attribution?.name].filter((n): n is string => !!n);
}

function tokensOf(e: Event): Set<string> {
  let t = tokenCache.get(e);
  if (!t) {
    t = textTokens(e.evidence.map((x) => x.text).join(' '), knownNames(e), e.place?.country ?? null);
    tokenCache.set(e, t);
  }
  return t;
}

/** What one candidate event shares with the mention: actors, agreeing figures, distinctive tokens. */
interface SharedWith {
  readonly actors: ReadonlySet<string>;
  readonly figures: ReadonlyMap<string, string>; // kind → detail
  readonly tokens: ReadonlySet<string>;
}

function sharedWith(m: Event, mineActors: ReadonlySet<string>, mineTokens: ReadonlySet<string>, c: ClusterView, maxCompared: number): SharedWith {
  const actors = new Set<string>();
  const figures = new Map<string, string>();
  const tokens = new Set<string>();
  for (const e of [c.event, ...c.mentions.slice(0, maxCompared).map((x) => x.event)]) {
    for (const a of e.actors) { const k = actorKey(a); if (mineActors.has(k)) actors.add(k); }
    const f = agreeingFigure(m, e);
    if (f && !figures.has(f.kind)) figures.set(f.kind, f.detail);
    for (const t of tokensOf(e)) if (mineTokens.has(t)) tokens.add(t);
  }
  return { actors, figures, tokens };
}

/** What corroborates a loose match of the mention with candidate c (a reason), or null when nothing does. */
export type Corroborate = (c: ClusterView) => string | null;

/**
 * A mention against the candidate events of its neighbourhood, built once per mention. A piece of
 * evidence counts only when no other candidate shares it with the mention too: a figure of one kind on
 * which they agree; the set of actors they both name; `minSharedTokens` distinctive tokens (numbers,
 * names) of their evidence.
 */
export function neighbourhood(m: MentionInput, candidates: readonly ClusterView[], opts: { maxCompared: number; minSharedTokens: number }): Corroborate {
  const mineActors = new Set(m.event.actors.map(actorKey));
  const mineTokens = tokensOf(m.event);
  const shared = new Map<string, SharedWith>();
  const counts = new Map<string, number>();
  for (const c of candidates) {
    const s = sharedWith(m.event, mineActors, mineTokens, c, opts.maxCompared);
    shared.set(c.id, s);
    for (const k of [...[...s.figures.keys()].map((x) => `f:${x}`), ...[...s.tokens].map((x) => `t:${x}`)]) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  /** Shared with the one candidate that has it, and with no other. */
  const only = (key: string): boolean => (counts.get(key) ?? 0) === 1;
  return (c) => {
    const s = shared.get(c.id);
    if (!s) return null;
    const figure = [...s.figures].find(([kind]) => only(`f:${kind}`));
    if (figure) return `figures agree (${figure[1]})`;
    // the parties they both name, when no other candidate names all of them (the two sides of a war are in
    // all of its events; a pair of sides or a third party may still single one out)
    if (s.actors.size > 0 && ![...shared].some(([id, x]) => id !== c.id && [...s.actors].every((a) => x.actors.has(a)))) {
      return `distinctive actors (${[...s.actors].sort().join(',')})`;
    }
    const tokens = [...s.tokens].filter((t) => only(`t:${t}`)).sort();
    if (tokens.length >= opts.minSharedTokens) return `shared words (${tokens.slice(0, 5).join(',')})`;
    return null;
  };
}
