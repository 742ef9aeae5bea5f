// Loads the components scored alone (date/number parsers, knowledge) by module path at run time,
// so the harness builds and runs before the teams that own them have published them. Each loader
// returns the functions or the reason they are unavailable (shown as "skipped" in the report).
import type { DateMention, FindDatesOptions, DateLexicon } from '../../extract/dates/types.js';
import type { FindNumbersOptions, NumberLexicon, NumberMention } from '../../extract/numbers/types.js';
import type { PartialDate } from '../../core/types.js';
import type { Knowledge } from '../../knowledge/types.js';

export type Loaded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

async function importModule(rel: string): Promise<Record<string, unknown> | string> {
  try {
    return (await import(new URL(rel, import.meta.url).href)) as Record<string, unknown>;
  } catch (e) {
    return `${rel.replace(/^\.\.\/\.\.\//, 'src/')} cannot be loaded (${(e as Error).message.split('\n')[0]})`;
  }
}

interface PackLike {
  readonly dates?: DateLexicon;
  readonly numbers?: NumberLexicon;
}

/** The language pack of a code, from src/lang/index.ts (whatever name its lookup has). */
async function languagePack(code: string): Promise<Loaded<PackLike>> {
  const mod = await importModule('../../lang/index.js');
  if (typeof mod === 'string') return { ok: false, reason: mod };
  for (const fn of ['getLanguagePack', 'getPack', 'languagePack', 'packFor']) {
    const f = mod[fn];
    if (typeof f === 'function') {
      const p = (f as (c: string) => PackLike | undefined | null)(code);
      if (p) return { ok: true, value: p };
    }
  }
  for (const v of Object.values(mod)) {
    const list = Array.isArray(v) ? v : v instanceof Map ? [...v.values()] : v && typeof v === 'object' ? Object.values(v) : [];
    const p = (list as { code?: string }[]).find((x) => x && typeof x === 'object' && x.code === code);
    if (p) return { ok: true, value: p as PackLike };
  }
  return { ok: false, reason: `src/lang/index.ts has no language pack "${code}"` };
}

export type FindDates = (text: string, reference: PartialDate, opts?: FindDatesOptions) => DateMention[];
export type FindNumbers = (text: string, opts?: FindNumbersOptions) => NumberMention[];

export async function loadFindDates(lang: string): Promise<Loaded<FindDates>> {
  const mod = await importModule('../../extract/dates/index.js');
  if (typeof mod === 'string') return { ok: false, reason: mod };
  const f = mod.findDates;
  if (typeof f !== 'function') return { ok: false, reason: 'src/extract/dates/index.ts does not export findDates yet' };
  const pack = await languagePack(lang);
  if (!pack.ok) return pack;
  const lexicon = pack.value.dates;
  if (!lexicon) return { ok: false, reason: `language pack "${lang}" has no dates lexicon` };
  return { ok: true, value: (text, reference, opts) => (f as (t: string, l: DateLexicon, r: PartialDate, o?: FindDatesOptions) => DateMention[])(text, lexicon, reference, opts) };
}

export async function loadFindNumbers(lang: string): Promise<Loaded<FindNumbers>> {
  const mod = await importModule('../../extract/numbers/index.js');
  if (typeof mod === 'string') return { ok: false, reason: mod };
  const f = mod.findNumbers;
  if (typeof f !== 'function') return { ok: false, reason: 'src/extract/numbers/index.ts does not export findNumbers yet' };
  const pack = await languagePack(lang);
  if (!pack.ok) return pack;
  const lexicon = pack.value.numbers;
  if (!lexicon) return { ok: false, reason: `language pack "${lang}" has no numbers lexicon` };
  return { ok: true, value: (text, opts) => (f as (t: string, l: NumberLexicon, o?: FindNumbersOptions) => NumberMention[])(text, lexicon, opts) };
}

export async function loadKnowledgeModule(): Promise<Loaded<() => Knowledge | Promise<Knowledge>>> {
  const mod = await importModule('../../knowledge/index.js');
  if (typeof mod === 'string') return { ok: false, reason: mod };
  const f = mod.loadKnowledge;
  if (typeof f !== 'function') return { ok: false, reason: 'src/knowledge/index.ts does not export loadKnowledge yet' };
  return { ok: true, value: f as () => Knowledge | Promise<Knowledge> };
}
