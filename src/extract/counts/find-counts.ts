// Counts: a number followed by what it counts ("au moins 200 morts", "deux hommes abattus"), a count
// verb followed by a number ("tuant 3 civils"), or a phrase saying nobody was hurt (zero counts).
import type { Count } from '../../core/contract.js';
import type { NumberMention } from '../numbers/types.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { findInTable } from '../lexicon/table.js';
import type { CountHit, SentenceView } from '../model.js';
import { sentenceAt } from '../sentences.js';
import { markUpdate, markVague } from './refine.js';
import { sumCounts, tollList, tollListBefore } from './toll-list.js';

/** A hyphen and a letter (made once, not at each number). */
const HYPHEN_WORD = /^-\p{L}/u;

/** A count; marked vague when an approximation word alone gave it ("plusieurs", "several"): a later figure may refine it. */
function toCount(n: NumberMention, approximations: Readonly<Record<string, unknown>>): Count {
  const count: Count = { value: n.value, low: n.low, high: n.high, qualifier: n.qualifier };
  const words = n.text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  return n.qualifier !== 'exact' && Object.hasOwn(approximations, words) ? markVague(count) : count;
}

export function findCounts(text: string, sentences: readonly SentenceView[], numbers: readonly NumberMention[], pack: CompiledPack): CountHit[] {
  const out: CountHit[] = [];
  const approximations = pack.pack.numbers.approximations;
  const used = new Set<NumberMention>();
  const byStart = new Map(numbers.map((n) => [n.start, n]));
  const verbs = findInTable(pack.tables.countVerbs, text);
  // A number right after a count verb is that verb's object ("a tué trois personnes et en a blessé huit"): the
  // noun of a later verb does not count it.
  const objectOf = (v: { end: number }) => byStart.get(v.end + (/^\s+/.exec(text.slice(v.end, v.end + 4))?.[0].length ?? 0));
  const objects = new Set(verbs.map(objectOf).filter((n) => n !== undefined));
  // ... and the verb is not the count noun of a number before it ("A blast killed 500 people" is no count of one).
  const transitive = verbs.filter((v) => objectOf(v) !== undefined);
  const none = findInTable(pack.tables.noVictims, text);
  let lastEnd = -1;
  for (const [index, n] of numbers.entries()) {
    const s = sentenceAt(sentences, n.start);
    // A number inside the words of a count already read ("une femme de 72 ans tuée") is not a count of its own.
    if (!s || n.start < lastEnd || objects.has(n)) continue;
    // Nor is one inside a toll of none ("no one was killed").
    if (none.some((m) => m.start <= n.start && n.end <= m.end)) continue;
    // A number glued by a hyphen to the next word ("UPDATE 1-Thirty troops killed", "a 20-year-old man killed") counts no one.
    if (HYPHEN_WORD.test(text.slice(n.end, n.end + 2))) continue;
    const re = pack.countNounAny;
    re.lastIndex = n.end;
    const m = re.exec(text);
    if (!m || n.end + m[0].length > s.end) continue;
    const i = m.findIndex((g, k) => k > 0 && g !== undefined) - 1;
    const row = pack.countNounAfter[i]?.row;
    if (!row) continue;
    const nounEnd = n.end + m[0].length;
    if (transitive.some((v) => v.start < nounEnd && nounEnd <= v.end)) continue;
    // "Three soldiers and 15 rebels were killed": the items told before the count add up.
    const list = tollListBefore(text, numbers, index, (p) => used.has(p) || objects.has(p), pack, s.start);
    let count = toCount(n, approximations);
    if (list) {
      for (const x of list.items) used.add(x);
      count = sumCounts(list.items.map((x) => toCount(x, approximations)).reduce((a, b) => sumCounts(a, [b])), [count]);
    }
    // "Deux soldats et trois civils ont été tués": items inside the count's own words add up too.
    const inner = list ? null : tollList(text, n, byStart, used, pack, nounEnd);
    if (inner) {
      for (const x of inner.items) used.add(x);
      count = sumCounts(count, inner.items.map((x) => toCount(x, approximations)));
    }
    out.push({ start: list ? list.start : n.start, end: nounEnd, kind: row.kind, count, sentence: s.index, rule: `number+noun${list || inner ? '+list' : ''}:${row.kind}` });
    used.add(n);
    lastEnd = n.end + m[0].length;
  }
  for (const v of verbs) {
    const row = v.row;
    {
      const gap = /^\s+/.exec(text.slice(v.end, v.end + 4));
      const n = byStart.get(v.end + (gap ? gap[0].length : 0));
      const s = sentenceAt(sentences, v.start);
      if (!n || used.has(n) || !s || countsNoPerson(text, n, pack)) continue;
      used.add(n);
      let count = toCount(n, approximations);
      // "kill 3 soldiers, 15 rebels": the items of a list of tolls add up.
      const list = row.update ? null : tollList(text, n, byStart, used, pack, s.end);
      if (list) {
        for (const x of list.items) used.add(x);
        count = sumCounts(count, list.items.map((x) => toCount(x, approximations)));
      }
      out.push({ start: v.start, end: list ? list.end : n.end, kind: row.kind, count: row.update ? markUpdate(count) : count, sentence: s.index, rule: `verb+number${list ? '+list' : ''}:${row.kind}` });
    }
  }
  for (const m of none) {
    const row = m.row;
    {
      const s = sentenceAt(sentences, m.start);
      if (!s) continue;
      for (const kind of row.kinds) out.push({ start: m.start, end: m.end, kind, count: { value: 0, low: null, high: null, qualifier: 'exact' }, sentence: s.index, rule: `no-victim:${kind}` });
    }
  }
  // "Ukrainian soldier killed": one person named in the singular with no number of its own counts one,
  // unless a count already read covers those words ("a soldier was killed").
  for (const m of pack.tables.countSingles.rows.length ? findInTable(pack.tables.countSingles, text) : []) {
    const s = sentenceAt(sentences, m.start);
    if (!s || m.end > s.end || out.some((c) => c.kind === m.row.kind && c.start < m.end && m.start < c.end)) continue;
    if (numbers.some((n) => n.start < m.end && m.start < n.end)) continue;
    out.push({ start: m.start, end: m.end, kind: m.row.kind, count: { value: 1, low: 1, high: 1, qualifier: 'exact' }, sentence: s.index, rule: `single:${m.row.kind}` });
  }
  out.sort((a, b) => a.start - b.start);
  return inheritQualifiers(text, out, pack);
}

/** "ont tué 40 têtes de bétail": the number counts animals or things, not people. */
function countsNoPerson(text: string, n: NumberMention, pack: CompiledPack): boolean {
  const re = pack.nonPeopleAfter;
  if (!re) return false;
  re.lastIndex = n.end;
  return re.test(text);
}

/** "au moins 200 morts et 400 blessés": a count joined to the previous one shares its qualifier. */
function inheritQualifiers(text: string, counts: CountHit[], pack: CompiledPack): CountHit[] {
  const joiners = new Set([...pack.pack.numbers.joiners.map((j) => j.toLowerCase()), ',']);
  for (let i = 1; i < counts.length; i++) {
    const prev = counts[i - 1]!;
    const cur = counts[i]!;
    const gap = text.slice(prev.end, cur.start).trim().toLowerCase();
    if (cur.count.qualifier !== 'exact' || prev.count.qualifier === 'exact' || prev.count.qualifier === 'range' || !joiners.has(gap)) continue;
    const q = prev.count.qualifier;
    counts[i] = { ...cur, count: { ...cur.count, qualifier: q, low: q === 'at_most' ? null : cur.count.value, high: q === 'at_least' ? null : cur.count.value }, rule: `${cur.rule}+shared-qualifier` };
  }
  return counts;
}
