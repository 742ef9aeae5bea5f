// Plain-text tables of an evaluation report (one per set), for the terminal.
import type { EvalReport, LanguageReport, Ratio, SetReport } from './types.js';

function cell(r: Ratio): string {
  return `${r.pct === null ? '  -  ' : `${r.pct.toFixed(1).padStart(5)}%`}  ${String(r.hit).padStart(5)}/${r.total}`;
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The figures table of a set or of its documents in one language. */
function figuresTable(s: Pick<SetReport, 'detection' | 'detectionStated' | 'docDetection' | 'fields'>): string {
  const rows: string[][] = [['metric', 'score', 'hits/total']];
  if (s.detection) {
    const d = s.detection;
    rows.push([s.detectionStated ? 'detection (all) P / R / F1' : 'detection P / R / F1', `${d.precision ?? '-'} / ${d.recall ?? '-'} / ${d.f1 ?? '-'}`, `tp ${d.tp} fp ${d.fp} fn ${d.fn}`]);
  }
  if (s.detectionStated) {
    const d = s.detectionStated;
    rows.push(['detection (stated) P / R / F1', `${d.precision ?? '-'} / ${d.recall ?? '-'} / ${d.f1 ?? '-'}`, `tp ${d.tp} fp ${d.fp} fn ${d.fn}`]);
  }
  if (s.docDetection) {
    const d = s.docDetection;
    rows.push(['documents P / R / F1', `${d.precision ?? '-'} / ${d.recall ?? '-'} / ${d.f1 ?? '-'}`, `tp ${d.tp} fp ${d.fp} fn ${d.fn}`]);
  }
  for (const [k, r] of Object.entries(s.fields)) {
    const [score = '', hits = ''] = cell(r).trim().split(/\s{2,}/);
    rows.push([k, score, hits]);
  }
  return table(rows);
}

/** One set's documents in one language: "-- ucdp-ged-car [fr]: 255 documents, … --" and its figures. */
export function formatLanguage(set: string, l: LanguageReport): string {
  return `-- ${set} [${l.lang}]: ${l.docs} documents, ${l.goldEvents} gold events, ${l.predictedEvents} predicted --\n${figuresTable(l)}`;
}

export function formatSet(s: SetReport, worst: number): string {
  const out: string[] = [`== ${s.name} (${s.kind}) ==`];
  if (s.skipped) {
    out.push(`skipped: ${s.skipped}`);
    for (const n of s.notes) out.push(`  note: ${n}`);
    return out.join('\n');
  }
  out.push(`${s.docs} documents, ${s.goldEvents} gold events, ${s.predictedEvents} predicted, ${s.seconds}s${s.errors ? `, ${s.errors} extractor errors` : ''}${s.invalidEvents ? `, ${s.invalidEvents} events breaking the contract` : ''}`);
  out.push(figuresTable(s));
  for (const l of Object.values(s.byLanguage ?? {})) out.push(formatLanguage(s.name, l));
  if (s.confusion && Object.keys(s.confusion).length) {
    const cols = [...new Set(Object.values(s.confusion).flatMap((r) => Object.keys(r)))].sort();
    const crow: string[][] = [['gold \\ predicted', ...cols]];
    for (const [g, r] of Object.entries(s.confusion).sort()) crow.push([g, ...cols.map((c) => (r[c] ? String(r[c]) : '.'))]);
    out.push('type confusion:', table(crow));
  }
  if (worst > 0 && s.worst.length) {
    out.push(`worst ${Math.min(worst, s.worst.length)}:`);
    for (const m of s.worst.slice(0, worst)) out.push(`  ${m.id}${m.lang ? ` [${m.lang}]` : ''}: ${oneLine(m.problems.join('; '), 160)}\n      "${oneLine(m.text, 150)}"`);
  }
  for (const n of s.notes) out.push(`  note: ${n}`);
  return out.join('\n');
}

export function formatReport(r: EvalReport, worst: number): string {
  return `${r.sets.map((s) => formatSet(s, worst)).join('\n\n')}\n\nField scores count every gold event that has the field (a missed event misses its fields).\n`;
}
