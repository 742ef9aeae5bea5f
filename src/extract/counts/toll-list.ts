// A toll told as a list after its verb or before its noun: "Clashes kill 3 soldiers, 15 rebels", "a tué trois soldats et
// deux civils", "Three soldiers and 15 rebels were killed" count 18, 5 and 18; a person told by an article is one
// ("un militaire et un civil ont été tués", "killed a soldier and a civilian" count 2). Each item is a number and the people it counts, joined by a comma or the pack's joiner words; a breakdown
// opened by other words ("12 people, including 5 children", "dont cinq enfants") is no item, and a list whose later
// items add up to the first figure ("8 people, 5 soldiers and 3 civilians") breaks it down: the first figure stands.
// The words are the language pack's (counts.people, counts.fillers, numbers.joiners); this names none.
import type { Count } from '../../core/contract.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { NumberMention } from '../numbers/types.js';

/** Where the people counted by the number `n` end ("3 soldiers"), when they end by `limit`; -1 when it counts none. */
function peopleEnd(text: string, n: NumberMention, people: RegExp, limit: number): number {
  people.lastIndex = n.end;
  const m = people.exec(text);
  return m && n.end + m[0].length <= limit ? n.end + m[0].length : -1;
}

/**
 * The number items after `first` (the object of a count verb) that add to it, and where the last one ends; none when
 * `first` counts no people or no item follows. `byStart` gives the numbers by offset; `used` those already counted.
 */
export function tollList(text: string, first: NumberMention, byStart: ReadonlyMap<number, NumberMention>, used: ReadonlySet<NumberMention>, pack: CompiledPack, limit: number): { items: NumberMention[]; end: number } | null {
  const { tollPeople: people, tollJoiner: joiner } = pack;
  let end = peopleEnd(text, first, people, limit);
  if (end < 0) return null;
  const items: NumberMention[] = [];
  // A person told by an article and joined by a comma alone may be the speaker of the sentence ("killed three
  // villagers, a resident said"): such items count only when an item joined by a word follows them.
  let sure = 0;
  let sureEnd = end;
  // Only a list opened by a comma may break its first figure down ("8 people, 5 soldiers and 3 civilians"): "un
  // militaire et un civil" are two.
  let opensByComma = false;
  for (;;) {
    joiner.lastIndex = end;
    const j = joiner.exec(text);
    if (!j) break;
    if (!items.length) opensByComma = j[0].trim() === ',';
    const n = byStart.get(end + j[0].length);
    if (!n || used.has(n) || n.ordinal) break;
    const e = peopleEnd(text, n, people, limit);
    if (e < 0) break;
    items.push(n);
    end = e;
    if (!n.isArticleLike || j[0].trim() !== ',') {
      sure = items.length;
      sureEnd = end;
    }
  }
  items.length = sure;
  end = sureEnd;
  if (!items.length || (opensByComma && items.reduce((t, n) => t + n.value, 0) === first.value)) return null;
  return { items, end };
}

/**
 * The number items told before the count at `numbers[index]` that add to it ("Three soldiers and 15 rebels were killed",
 * "Two policemen and a civilian were killed"): each a number and the people it counts, joined to the next by a comma or
 * a joiner; none when the count itself names no people. `skip` tells numbers already read otherwise; `from` is where
 * the sentence starts.
 */
export function tollListBefore(text: string, numbers: readonly NumberMention[], index: number, skip: (n: NumberMention) => boolean, pack: CompiledPack, from: number): { items: NumberMention[]; start: number } | null {
  const { tollPeople: people, tollJoiner: joiner } = pack;
  const n = numbers[index];
  if (!n) return null;
  if (peopleEnd(text, n, people, text.length) < 0) return null;
  const items: NumberMention[] = [];
  let start = n.start;
  for (let k = index - 1; k >= 0; k--) {
    const p = numbers[k]!;
    if (p.start < from || p.ordinal || skip(p)) break;
    const e = peopleEnd(text, p, people, start);
    if (e < 0) break;
    joiner.lastIndex = e;
    const j = joiner.exec(text);
    if (!j || e + j[0].length !== start) break;
    items.unshift(p);
    start = p.start;
  }
  return items.length ? { items, start } : null;
}

/** The sum of a toll and its items: exact when every figure is; otherwise the first qualifier that is not. */
export function sumCounts(first: Count, items: readonly Count[]): Count {
  const all = [first, ...items];
  const value = all.reduce((t, c) => t + c.value, 0);
  const vague = all.find((c) => c.qualifier !== 'exact');
  if (!vague) return { value, low: value, high: value, qualifier: 'exact' };
  const q = vague.qualifier === 'range' ? 'about' : vague.qualifier;
  return { value, low: q === 'at_most' || q === 'about' ? null : value, high: q === 'at_most' ? value : null, qualifier: q };
}
