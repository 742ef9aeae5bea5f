// Attribution: who claims what. "selon X" / "according to X" cover the whole sentence; "X a annoncé
// que …" covers what follows the cue; "« … », ont commenté X" (speaker after the verb) covers what precedes.
import type { Attribution } from '../../core/contract.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { findInTable } from '../lexicon/table.js';
import type { ActorHit, AttributionHit, SentenceView } from '../model.js';
import { eventPart, sentenceAt } from '../sentences.js';
import { toActor } from '../actors/to-actor.js';

const MAX_NAME = 90;
/** A speaker named after the verb fits in this many characters before the sentence ends. */
const SHORT_TAIL = 60;
const QUOTE_END = /["»”]\s*,?\s*$/u;
const TRIM = /^[\s,;:"«»“”'’(]+|[\s,;:"«»“”'’).]+$/gu;

/** Nothing but punctuation and blanks (the same answer as removing them leaving an empty string, without the copy). */
const ONLY_PUNCT_OR_SPACE = /^[\p{P}\s]*$/u;

export function findAttributions(
  text: string,
  sentences: readonly SentenceView[],
  pack: CompiledPack,
  actors: readonly ActorHit[],
  quoted: readonly { start: number; end: number }[] = [],
  /** Where event words and figures stand (triggers, counts: counts carry a kind): a claim told after the cue holds one. */
  told: readonly { start: number; end?: number; kind?: unknown }[] = [],
): AttributionHit[] {
  const out: AttributionHit[] = [];
  for (const cue of findInTable(pack.tables.attribution, text)) {
    const row = cue.row;
    {
      const s = sentenceAt(sentences, cue.start);
      if (!s || quoted.some((q) => cue.start >= q.start && cue.end <= q.end)) continue;
      const before = text.slice(s.start, cue.start);
      // Headlines joined by ";" are separate claims: the speaker named after the verb ends at the next one.
      const rest = text.slice(cue.end, s.end).split(';')[0] ?? '';
      // "…, a indiqué la MINUSMA." / "« … », ont commenté les séparatistes": the speaker follows the verb.
      const inverted = row.source === 'before' && (QUOTE_END.test(before) || before.trim() === '' || (/,\s*$/u.test(before) && rest.trim().length <= SHORT_TAIL));
      // "…, Ukrainian officials said.": the claim is what came before the verb; so it is when only a few words of
      // time or manner follow ("…, the army said on Monday."), told after a comma and holding no event word or figure
      // of their own ("…, the government said 15 soldiers were among the dead" tells its claim after the verb).
      const tail = row.source === 'before' && !inverted && /,[^,;:]+$/u.test(before) && rest.trim().length <= SHORT_TAIL && !/[,;:\p{N}]/u.test(rest) &&
        !told.some((t) => t.start >= cue.end && t.start < cue.end + rest.length);
      const final = row.source === 'before' && !inverted && (ONLY_PUNCT_OR_SPACE.test(rest) || tail);
      // "…, the republic reported": the speaker is the words just before the verb, not an actor named in the claim.
      const span = row.source === 'after' || inverted ? afterCue(text, cue.end, s.end, pack) : beforeCue(text, s.start, cue.start, pack, final ? [] : actors);
      if (!span || titleOnly(text, s, cue, told)) continue;
      const attribution = label(text, span, pack, actors);
      if (!attribution) continue;
      const scope = row.source === 'after' ? 'sentence' : inverted || final ? 'before' : 'after';
      const clauseEnd = scope === 'after' ? nextBreak(text, cue.end, s.end) : s.end;
      out.push({ start: cue.start, end: cue.end, sentence: s.index, attribution, scope, nameSpan: span, clauseEnd });
    }
  }
  out.push(...parentheticalSources(text, sentences, actors, out, told));
  out.push(...leadingSources(text, sentences, actors, out, told));
  return out.sort((a, b) => a.start - b.start);
}

/** A headline opening on a short name and a colon ("HRW: soldiers executed 20 villagers"), read where a headline starts. */
const LEADING_LABEL = /\s*["“«]?([^:;,\d"“”«»\n]{2,40}?) ?:\s+(?=\S)/uy;
/** Bodies that tell what others did; a state or armed group only when named as such, not by its country's name. */
const TELLER_KINDS: ReadonlySet<string> = new Set(['igo', 'ngo', 'military', 'government', 'rebel_group']);
const MAX_LABEL_WORDS = 5;

/**
 * Wire headlines name their source before a colon: "HRW: soldiers executed 20 villagers in Kidal". Typography and the
 * actor dictionary, not words: the label is a known body (not a country or town standing for its government:
 * "Centrafrique : …", "Bambari : …" say where), it is the whole label or most of it, and what follows tells an event
 * word or a figure. Each headline of several joined by ";" is read on its own.
 */
function leadingSources(
  text: string,
  sentences: readonly SentenceView[],
  actors: readonly ActorHit[],
  found: readonly AttributionHit[],
  told: readonly { start: number }[],
): AttributionHit[] {
  const out: AttributionHit[] = [];
  for (const s of sentences) {
    for (let from = s.start; from < s.end; ) {
      const semi = text.indexOf(';', from);
      const to = semi < 0 || semi > s.end ? s.end : semi;
      const hit = leadingLabel(text, from, to, s, actors, found, told);
      if (hit) out.push(hit);
      from = to + 1;
    }
  }
  return out;
}

function leadingLabel(
  text: string,
  from: number,
  to: number,
  s: SentenceView,
  actors: readonly ActorHit[],
  found: readonly AttributionHit[],
  told: readonly { start: number }[],
): AttributionHit | null {
  LEADING_LABEL.lastIndex = from;
  const m = LEADING_LABEL.exec(text);
  const inner = m?.[1];
  if (!m || !inner || from + m[0].length > to || inner.trim().split(/\s+/u).length > MAX_LABEL_WORDS) return null;
  const start = from + m[0].indexOf(inner);
  const end = start + inner.trimEnd().length;
  // A claim found in this headline stands, unless its "name" is the story itself ("HRW: soldiers executed 20 villagers").
  const story = (f: AttributionHit) => told.some((t) => t.start >= f.nameSpan.start && t.start < f.nameSpan.end);
  if (found.some((f) => f.start < to && f.end > from && !story(f))) return null;
  // The body is the label, most of it, or opens it ("DPR State Security Ministry:"; not "MIL-OSI China:").
  const actor = actors.find((a) => a.start >= start && a.end <= end && !a.metonym && TELLER_KINDS.has(a.actor.kind));
  if (!actor || ((actor.end - actor.start) * 2 < end - start && actor.start !== start)) return null;
  const claimFrom = from + m[0].length;
  if (!told.some((t) => t.start >= claimFrom && t.start < to)) return null;
  const colon = text.indexOf(':', end);
  return { start: colon, end: colon + 1, sentence: s.index, attribution: { name: text.slice(start, end), actor: toActor(actor) }, scope: 'sentence', nameSpan: { start, end }, clauseEnd: s.end };
}

/**
 * Headlines of several sources joined by ";": a headline set in capitals that tells no event word or figure ("DAILY
 * SECURITY REPORT – BULLETIN QUOTIDIEN SECURITAIRE") is a report's title, not a claim vouching for another headline's
 * story ("Many dead at crash site: AFP" still vouches). A sentence with no ";" is left as it is.
 */
function titleOnly(text: string, s: SentenceView, cue: { start: number; end: number }, told: readonly { start: number }[]): boolean {
  const { start: from, end: to } = eventPart(text, s, cue);
  if ((from === s.start && to === s.end) || /\p{Ll}/u.test(text.slice(from, to))) return false;
  return !told.some((t) => t.start >= from && t.start < to);
}

/** A wire headline's last words in brackets, without figures: "… dans l'est (militaires)", "… (ONU)". */
const FINAL_BRACKET = /\(([^()\d]{2,40})\)\s*(?=;|$)/gmu;

/**
 * Wire headlines name their source in brackets at the end: "Centrafrique: 7 morts dans des combats (armée)".
 * Typography, not words: the bracket counts when it holds a known actor or starts in lower case (a common
 * noun such as "militaires", "source préfectorale"), not a tag such as "(VIDEO)" or a name alone, nor the victims of
 * a figure just before it.
 */
function parentheticalSources(
  text: string,
  sentences: readonly SentenceView[],
  actors: readonly ActorHit[],
  found: readonly AttributionHit[],
  told: readonly { start: number; end?: number; kind?: unknown }[],
): AttributionHit[] {
  const out: AttributionHit[] = [];
  for (const m of text.matchAll(FINAL_BRACKET)) {
    const inner = m[1] ?? '';
    const start = (m.index ?? 0) + 1;
    const end = start + inner.length;
    const s = sentenceAt(sentences, m.index ?? 0);
    if (!s || found.some((f) => f.sentence === s.index)) continue;
    const actor = actors.find((a) => a.start >= start && a.end <= end);
    if (!actor && !/^\p{Ll}/u.test(inner.trim())) continue;
    // A short name in brackets right after the long one glosses it ("… pour la renaissance de la Centrafrique
    // (FPRC)"): that actor's name, not who tells the story. A source glued to a participant ("… (ONU)") still is.
    const open = m.index ?? 0;
    // "2 morts et 5 blessés (civils)", "1 mort (présumé djihadiste)": a bracket right after a figure says who the
    // dead or wounded were, not who counted them.
    if (told.some((t) => t.kind !== undefined && t.end !== undefined && t.end <= open && text.slice(t.end, open).trim() === '')) continue;
    const glued = actors.find((a) => a.end <= open && a.start >= s.start && text.slice(a.end, open).trim() === '');
    if ((glued && actor && glued.actor.id === actor.actor.id) || abbreviates(inner.trim(), text.slice(s.start, open))) continue;
    const name = inner.trim();
    out.push({ start: start - 1, end: end + 1, sentence: s.index, attribution: { name, actor: actor ? toActor(actor) : null }, scope: 'sentence', nameSpan: { start, end }, clauseEnd: s.end });
  }
  return out;
}

/**
 * "UPC" after "… l'Union pour la paix en Centrafrique": the letters of an all-capital short name are, in order,
 * the initials of the words just before it, the first letter on a word's initial and the last on the last word's.
 */
export function abbreviates(short: string, before: string): boolean {
  if (short.length < 2 || short.length > 8 || !/^\p{Lu}+$/u.test(short)) return false;
  const initials = [...before.matchAll(/\p{L}+/gu)].map((w) => w[0][0]!.toLowerCase()).slice(-3 * short.length);
  const letters = short.toLowerCase();
  if (initials[initials.length - 1] !== letters[letters.length - 1]) return false;
  // Walk back from the last word: each letter, last to first, on the initial of an earlier (or the same last) word.
  let i = initials.length - 1;
  for (let k = letters.length - 1; k >= 0; k--) {
    while (i >= 0 && initials[i] !== letters[k]) i--;
    if (i < 0) return false;
    i--;
  }
  return true;
}

function afterCue(text: string, cueEnd: number, to: number, pack: CompiledPack): { start: number; end: number } | null {
  // "…, a indiqué mardi une source hospitalière": the day told before the speaker is not part of its name.
  const time = pack.sourceTime?.exec(text.slice(cueEnd, Math.min(to, cueEnd + 40)));
  const from = cueEnd + (time && time[0].trim() ? time[0].length : 0);
  const rest = text.slice(from, Math.min(to, from + MAX_NAME * 2));
  const stop = pack.sourceEnd.exec(rest);
  const end = from + (stop ? stop.index : rest.length);
  return end > from ? { start: from, end } : null;
}

function beforeCue(text: string, sStart: number, cueStart: number, pack: CompiledPack, actors: readonly ActorHit[]): { start: number; end: number } | null {
  // Comma-separated segments before the cue; prefer one that names a known actor, else the nearest that is not a relative clause.
  const segs: { start: number; end: number }[] = [];
  let segStart = sStart;
  for (let i = sStart; i <= cueStart; i++) {
    const c = text[i];
    if (i === cueStart || c === ',' || c === ';' || c === ':') {
      if (text.slice(segStart, i).trim()) segs.push({ start: segStart, end: i });
      segStart = i + 1;
    }
  }
  const withActor = [...segs].reverse().find((g) => actors.some((a) => a.start >= g.start && a.end <= g.end));
  if (withActor) return withActor;
  const plain = [...segs].reverse().find((g) => !pack.relative.test(text.slice(g.start, g.end)));
  return plain ?? null;
}

function label(text: string, span: { start: number; end: number }, pack: CompiledPack, actors: readonly ActorHit[]): Attribution | null {
  const inside = actors.find((a) => a.start >= span.start && a.end <= span.end);
  let name = text.slice(span.start, span.end).replace(TRIM, '');
  const lead = pack.sourceLead.exec(name);
  if (lead && lead[0].length < name.length) name = name.slice(lead[0].length);
  name = name.replace(TRIM, '');
  if (inside && name.length > MAX_NAME) name = inside.text;
  if (!name || name.length > MAX_NAME) return null;
  return { name, actor: inside ? toActor(inside) : null };
}

/** "X a annoncé que A, alors que B": the claim covers A, up to the next comma or semicolon. */
function nextBreak(text: string, from: number, to: number): number {
  const rest = text.slice(from, to);
  const m = /[,;]/u.exec(rest);
  return m ? from + m.index : to;
}
