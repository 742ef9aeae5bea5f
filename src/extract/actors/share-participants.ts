// "L'Azerbaïdjan et les séparatistes se sont dits prêts … Les discussions entre les deux camps …, au
// lendemain du cessez-le-feu": a symmetric event (talks, agreement) told without its parties takes the
// participants of the nearest symmetric event told before it in the same paragraph.
import type { Candidate, Trace } from '../model.js';

export function shareParticipants(candidates: readonly Candidate[], trace: Trace): void {
  const ordered = [...candidates].sort((a, b) => a.trigger.start - b.trigger.start);
  ordered.forEach((c, i) => {
    if (!c.type.symmetric || c.actors.length) return;
    for (let j = i - 1; j >= 0; j--) {
      const p = ordered[j]!;
      if (p.sentence.paragraph !== c.sentence.paragraph) break;
      const parties = p.actors.filter((a) => a.role === 'participant');
      if (!p.type.symmetric || parties.length < 2) continue;
      c.actors = parties.map((a) => ({ ...a }));
      trace(() => ({ stage: 'actors', rule: 'participants-of-previous-symmetric-event', span: { start: c.trigger.start, end: c.trigger.end }, detail: parties.map((a) => a.name).join(', ') }));
      return;
    }
  });
}

const STATE = new Set(['government', 'military']);

/** True when `a` and `b` stand for the same side: the same actor, or one state told as its government or its forces. */
function sameSide(a: Candidate['actors'][number], b: Candidate['actors'][number]): boolean {
  if ((a.id ?? a.name) === (b.id ?? b.name)) return true;
  return STATE.has(a.kind) && STATE.has(b.kind) && a.country !== null && a.country === b.country;
}

/**
 * "L'Azerbaïdjan et les séparatistes … l'opération militaire azerbaïdjanaise … a fait 200 morts": an armed
 * event with a source and no target, where the document names the two sides of a dyad (the participants of
 * a symmetric event, talks or a ceasefire) and the source is one of them, targets the other side.
 * Events whose evidence names civilians (`civilians`) keep no target from the dyad.
 */
export function dyadTargets(candidates: readonly Candidate[], civilians: (c: Candidate) => boolean, trace: Trace): void {
  const dyads = candidates
    .filter((p) => p.type.symmetric)
    .map((p) => ({ at: p.trigger.start, parties: p.actors.filter((a) => a.role === 'participant') }))
    .filter((d) => d.parties.length === 2)
    .sort((a, b) => a.at - b.at);
  if (!dyads.length) return;
  for (const c of candidates) {
    if (c.type.symmetric || !c.type.located || c.actors.some((a) => a.role === 'target')) continue;
    const sources = c.actors.filter((a) => a.role === 'source');
    if (sources.length !== 1 || civilians(c)) continue;
    const src = sources[0]!;
    for (const d of nearest(dyads, c.trigger.start, NEAREST_DYADS)) {
      const [p, q] = d.parties as [Candidate['actors'][number], Candidate['actors'][number]];
      const other = sameSide(p, src) && !sameSide(q, src) ? q : sameSide(q, src) && !sameSide(p, src) ? p : null;
      if (!other) continue;
      c.actors.push({ ...other, role: 'target' });
      trace(() => ({ stage: 'actors', rule: 'other-side-of-dyad', span: { start: c.trigger.start, end: c.trigger.end }, detail: `${src.name} → ${other.name}` }));
      break;
    }
  }
}

/** How many of the nearest dyads an event looks at (bounded work on long texts). */
const NEAREST_DYADS = 8;

/** Up to `k` items nearest to `at`, nearest first; `sorted` by `at`. */
function nearest<T extends { at: number }>(sorted: readonly T[], at: number, k: number): T[] {
  let hi = sorted.findIndex((d) => d.at >= at);
  if (hi < 0) hi = sorted.length;
  let lo = hi - 1;
  const out: T[] = [];
  while (out.length < k && (lo >= 0 || hi < sorted.length)) {
    const a = lo >= 0 ? sorted[lo]! : null;
    const b = hi < sorted.length ? sorted[hi]! : null;
    if (b && (!a || b.at - at <= at - a.at)) { out.push(b); hi++; } else if (a) { out.push(a); lo--; }
  }
  return out;
}
