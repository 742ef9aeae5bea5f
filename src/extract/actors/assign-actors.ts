// Actor roles from word order in the trigger's window (its clause, cut at the neighbouring triggers):
// an actor before the trigger is its source, one after it its target, unless an agent marker ("par",
// "by") precedes it, a genitive names an armed or state actor ("l'offensive de l'Azerbaïdjan"), or
// the trigger row says so ("à la demande de la France"); an actor whose name holds the trigger ("l'opération
// militaire azerbaïdjanaise") is its source. For speech-like (not located) types with no
// source in the window, the nearest actor earlier in the sentence (the subject) is the source. A trigger
// followed by its agent ("deux civils abattus par les mercenaires") reads as a passive even without an
// auxiliary; actors counted among the victims ("3 soldats FACA tués") are targets.
// Symmetric types (talks, agreements) have participants. Actors naming a claim's source ("selon X")
// belong to the claim, and the speaker of the claim that covers the event ("the Congolese government said 773 people
// had been killed") is not its target unless counted among the victims.
import type { Actor } from '../../core/contract.js';
import type { Span } from '../../core/types.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { ActorHit, AttributionHit, Candidate } from '../model.js';
import { clauseAround } from './clause.js';
import { eventPart } from '../sentences.js';
import { toActor } from './to-actor.js';

/** How far after a trigger (UTF-16 units) its object may stand. */
const TARGET_REACH = 40;
/** How far after a trigger its agent ("abattu à bout portant par X") may stand for the trigger to read as a passive. */
const AGENT_REACH = 40;
const UPPER = /\p{Lu}/u;

const AGENT_KINDS: ReadonlySet<string> = new Set(['government', 'military', 'rebel_group', 'militia']);

export interface ActorContext {
  readonly text: string;
  readonly actors: readonly ActorHit[];
  readonly attributions: readonly AttributionHit[];
  readonly pack: CompiledPack;
  readonly quoted: readonly Span[];
  /** Trigger spans of the sentence, in order. */
  readonly triggers: readonly Span[];
}

export function assignActors(c: Candidate, ctx: ActorContext): { actors: Actor[]; spans: Span[] } {
  const { text, pack } = ctx;
  const s = c.sentence;
  // A "source" that holds the trigger itself ("…: Police Unit Killed 18 in Cold Blood") is the claim, not its speaker:
  // the actors in it stay the event's.
  const claimSpans = ctx.attributions
    .filter((a) => a.sentence === s.index && a.scope === 'sentence' && !(a.nameSpan.start <= c.trigger.start && c.trigger.end <= a.nameSpan.end))
    .map((a) => a.nameSpan);
  const inSentence = ctx.actors.filter((m) => m.start >= s.start && m.end <= s.end && !claimSpans.some((sp) => m.start >= sp.start && m.end <= sp.end));
  // Every actor below is one of the sentence's: with none, none.
  if (!inSentence.length) return { actors: [], spans: [] };
  const prev = ctx.triggers.filter((t) => t.end <= c.trigger.start).pop();
  const next = ctx.triggers.find((t) => t.start >= c.trigger.end);
  // A toll standing for its event ("… entre les rebelles de l'UPC et les soldats FACA à Bambari, un mort") has no
  // clause of its own: the part of the sentence it ends names who took part.
  const implied = c.trigger.row.pattern === '';
  const clause = c.type.symmetric ? s : implied ? eventPart(text, s, c.trigger) : clauseAround(text, s, c.trigger, ctx.quoted);
  // Symmetric events (a meeting "réuni … à la demande de la France") keep the rest of the sentence.
  const win = { start: Math.max(clause.start, prev?.end ?? 0), end: c.type.symmetric ? clause.end : Math.min(clause.end, next?.start ?? Infinity) };
  const inWindow = inSentence.filter((m) => m.start >= win.start && m.end <= win.end && !(m.start < c.trigger.end && c.trigger.start < m.end));
  const out: Actor[] = [];
  const spans: Span[] = [];
  const add = (m: ActorHit, role: Actor['role']) => {
    spans.push(m);
    if (!out.some((a) => a.id === m.actor.id && a.role === role)) out.push(toActor(m, role));
  };
  if (c.type.symmetric) {
    for (const m of inWindow.length ? inWindow : inSentence) add(m, 'participant');
    return { actors: out, spans };
  }
  // "l'opération militaire azerbaïdjanaise": an armed or state actor whose name holds the trigger did it.
  for (const m of inSentence) {
    if (AGENT_KINDS.has(m.actor.kind) && m.start <= c.trigger.start && m.end >= c.trigger.end && m.end - m.start > c.trigger.end - c.trigger.start) add(m, 'source');
  }
  // "killed in Ukrainian shelling": the trigger ends with the means, and an armed or state actor named by the means
  // ("Ukrainian shelling") used it.
  for (const m of inSentence) {
    if (AGENT_KINDS.has(m.actor.kind) && m.start > c.trigger.start && m.end === c.trigger.end) add(m, 'source');
  }
  const byAgent = (m: ActorHit) => pack.agent.test(text.slice(Math.max(s.start, m.start - 40), m.start));
  // A participle with its agent after it and no auxiliary ("deux civils abattus par les mercenaires"): a passive.
  // The agent is a known actor or a proper name ("par Wagner"): "attaqué le village par surprise" stays active.
  let passiveAfter: boolean | undefined;
  const agentAfter = (): boolean => {
    if (passiveAfter !== undefined) return passiveAfter;
    const ahead = pack.agentAhead.exec(text.slice(c.trigger.end, Math.min(win.end, c.trigger.end + AGENT_REACH)));
    passiveAfter =
      (ahead !== null && UPPER.test(text.charAt(c.trigger.end + ahead[0].length))) ||
      inWindow.some((m) => m.start >= c.trigger.end && m.start - c.trigger.end <= AGENT_REACH && byAgent(m));
    return passiveAfter;
  };
  // Who is counted among the dead or the wounded ("3 soldats FACA tués") is the target.
  const victims = (['killed', 'injured', 'missing'] as const).flatMap((k) => (c.counts[k] ? [c.counts[k].span] : []));
  const speaker = c.attributionSpans?.[0];
  const speaks = (m: ActorHit) => !!speaker && m.start >= speaker.start && m.end <= speaker.end;
  // The actor's head noun is counted ("Russian journalist killed": the count starts at "journalist").
  const isCounted = (m: ActorHit) => victims.some((v) => m.end > v.start && m.end <= v.end && m.start < v.end);
  for (const m of inWindow) {
    let role: Actor['role'];
    const between = text.slice(c.trigger.end, m.start);
    const counted = isCounted(m);
    if (counted) role = 'target';
    // Named beside a bare toll, an actor took part; the words say no more about who did what.
    else if (implied) role = 'participant';
    else if (m.end <= c.trigger.start) role = agentAfter() || pack.passive.test(text.slice(Math.max(m.end, c.trigger.start - 40), c.trigger.start)) ? 'target' : 'source';
    else if (c.trigger.row.sourceAfter && !out.some((a) => a.role === 'source')) role = 'source';
    else if (byAgent(m)) role = 'source';
    else if (AGENT_KINDS.has(m.actor.kind) && pack.genitive.test(between)) role = 'source';
    else if (m.start - c.trigger.end <= TARGET_REACH) role = 'target';
    else continue;
    // Who tells the claim is not made its target ("the government said 40 people were killed"), unless counted
    // among the victims ("One Ukrainian soldier reported killed").
    if (role === 'target' && !counted && speaks(m)) continue;
    add(m, role);
  }
  // "Five Ukrainian soldiers, two rebels killed": a toll's list runs over the commas that bound the clause; whoever it
  // counts is a target.
  if (victims.length) {
    // An actor named by another event's word ("Trois manifestants … tués": the protest's) stays that event's.
    const inTrigger = (m: ActorHit) => ctx.triggers.some((t) => m.start < t.end && t.start < m.end) || (m.start < c.trigger.end && c.trigger.start < m.end);
    for (const m of inSentence) if (!inWindow.includes(m) && isCounted(m) && !inTrigger(m)) add(m, 'target');
  }
  if (!c.type.located && !out.some((a) => a.role === 'source')) {
    const subject = inSentence.filter((m) => m.end <= win.start).pop();
    if (subject) add(subject, 'source');
  }
  return { actors: out, spans };
}
