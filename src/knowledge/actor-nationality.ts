// An actor described without a country ("rebels", "civils", "troops") takes the nationality the words beside it give:
// an adjective of nationality ("Ugandan rebels", "les civils maliens", "C.African troops") or a country's name or short
// name before it ("CAR troops", "Mali soldiers"). Unidentified soldiers or police of a named country are that state's
// force (the generic actor's `state` flag in data/actors/generic.tsv: GEN-SOLDIERS → MIL); other described actors
// keep their id and take the country, as ACLED names "Rebels (Uganda)". A described actor right beside a named one of
// its kind ("les soldats FACA", "Seleka rebels") is that one. Language-blind: the words are data (world-countries
// demonyms, country names and short names in the gazetteer, the actor files).
import type { ActorEntry, ActorMatch } from './types.js';
import { joinable, tokenize, type Token } from './normalize.js';

export interface NationalityLookup {
  /** The country (ISO-3) an adjective of nationality names, folded ("ugandan", "maliens" → its singular too). */
  demonym(key: string): string | null;
  /** The country (ISO-3) a capitalised name or short name denotes ("car", "mali"); null when it is no country's. */
  countryName(key: string): string | null;
  /** The state actor `role` of `iso3` standing for a described force ("MIL" → "CAF-MIL"); null when none. */
  stateActor(generic: ActorEntry, iso3: string): ActorEntry | null;
}

/** How many words a nationality may take ("Central African", "C. African Republic"). */
const MAX_WORDS = 3;

export function withNationality(text: string, matches: readonly ActorMatch[], look: NationalityLookup): ActorMatch[] {
  if (!matches.some(described)) return matches as ActorMatch[];
  // (Every step below is for the described actors only: most texts name a few.)
  const tokens = tokenize(text);
  // The country's own name read as its government ("Mali" in "Mali soldiers") gives way to the force it qualifies.
  const absorbed = new Set<ActorMatch>();
  const out = matches.map((m) => {
    if (!described(m)) return m;
    const i = tokenIndex(tokens, m.span.start);
    const j = tokenIndex(tokens, m.span.end - 1);
    if (i < 0 || j < 0) return m;
    const found = before(text, tokens, i, look) ?? after(text, tokens, j, look);
    if (!found) return m;
    const overlapping = matches.filter((o) => o !== m && o.span.start < found.end && found.start < o.span.end);
    if (overlapping.some((o) => !(o.actor.country === found.iso3 && o.span.start >= found.start && o.span.end <= found.end))) return m;
    for (const o of overlapping) absorbed.add(o);
    const actor = look.stateActor(m.actor, found.iso3) ?? { ...m.actor, country: found.iso3 };
    const start = Math.min(m.span.start, found.start);
    const end = Math.max(m.span.end, found.end);
    return { ...m, actor, span: { start, end }, text: text.slice(start, end) };
  });
  return withNamedHeads(text, absorbed.size ? out.filter((m) => !absorbed.has(m)) : out);
}

/** Kinds a described actor may name: soldiers a state's forces, rebels or militiamen a named armed group. */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  military: ['military', 'government'],
  rebel_group: ['rebel_group', 'militia'],
  militia: ['militia', 'rebel_group'],
};

/**
 * "les soldats FACA", "Seleka rebels": a described actor right beside a named one of its kind is that one, told with its
 * common noun: one actor, whose words run over both.
 */
function withNamedHeads(text: string, matches: ActorMatch[]): ActorMatch[] {
  if (matches.length < 2 || !matches.some(described)) return matches;
  const sorted = [...matches].sort((a, b) => a.span.start - b.span.start);
  const drop = new Set<ActorMatch>();
  const grown = new Map<ActorMatch, ActorMatch>();
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!;
    const b = sorted[k + 1]!;
    if (a.span.end > b.span.start || !joinable(text, a.span.end, b.span.start) || /['’]/u.test(text.slice(a.span.end, b.span.start))) continue;
    const [d, n] = described(a) && !described(b) ? [a, b] : described(b) && !described(a) ? [b, a] : [null, null];
    if (!d || !n || !NAMES[d.actor.kind]?.includes(n.actor.kind)) continue;
    drop.add(d);
    const start = Math.min(a.span.start, b.span.start);
    const end = Math.max(a.span.end, b.span.end);
    grown.set(n, { ...n, span: { start, end }, text: text.slice(start, end) });
  }
  if (!drop.size) return matches;
  return matches.filter((m) => !drop.has(m)).map((m) => grown.get(m) ?? m);
}

/** A described actor: no country, no person holding it. */
const described = (m: ActorMatch) => m.actor.country === null && !m.holder && m.actor.kind !== 'person';

interface Found {
  readonly iso3: string;
  readonly start: number;
  readonly end: number;
}

/** "Ugandan rebels", "CAR troops", "Central African troops": the longest nationality right before the actor. */
function before(text: string, tokens: readonly Token[], i: number, look: NationalityLookup): Found | null {
  for (let n = Math.min(MAX_WORDS, i); n >= 1; n--) {
    const first = i - n;
    if (!tokens[first]!.cap || !chain(text, tokens, first, i)) continue;
    const words = tokens.slice(first, i);
    const key = words.map((t) => t.key).join(' ');
    const iso3 = look.demonym(key) ?? look.countryName(key);
    if (iso3) return { iso3, start: words[0]!.start, end: words[words.length - 1]!.end };
  }
  return null;
}

/** "les rebelles centrafricains", "des civils maliens": an adjective of nationality right after the actor, in one word. */
function after(text: string, tokens: readonly Token[], j: number, look: NationalityLookup): Found | null {
  // After the noun the adjective is written in lower case ("rebelles centrafricains"); a capital opens another name.
  if (tokens[j + 1]?.cap !== false) return null;
  // One word: the adjective after the noun ("maliens", "centrafricaines").
  const w = tokens[j + 1]!;
  if (!chain(text, tokens, j, j + 1)) return null;
  const iso3 = look.demonym(w.key) ?? (w.key.endsWith('s') || w.key.endsWith('x') ? look.demonym(w.key.slice(0, -1)) : null);
  return iso3 ? { iso3, start: w.start, end: w.end } : null;
}

/** True when tokens from..to (inclusive) follow one another with only spaces, hyphens or an initial's period between. */
function chain(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!joinable(text, tokens[k]!.end, tokens[k + 1]!.start)) return false;
  return true;
}

/** The index of the token covering `at`; -1 when none. */
function tokenIndex(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= at) lo = mid + 1;
    else if (t.start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}
