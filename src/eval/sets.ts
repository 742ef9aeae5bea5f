// The one list of gold sets `vigie eval` knows: name → how to load and score it.
import type { EventGoldSet, LoadOptions, SetReport } from './types.js';
import * as mali from './adapters/mali-incidents-fr.js';
import * as ucdp from './adapters/ucdp-ged.js';
import * as popcorn from './adapters/popcorn-fr.js';
import * as case2021 from './adapters/case2021-task2.js';
import * as plover from './adapters/plover-gsr.js';
import * as petrarch from './adapters/petrarch-validation.js';
import { runDuckling } from './parsers/duckling.js';
import { runEuropeanaNer } from './parsers/ner-europeana.js';

export interface EventSetDef {
  readonly kind: 'events';
  readonly name: string;
  load(opts: LoadOptions): EventGoldSet;
}

/** Sets that score one component alone (date/number parsers, entity recognition). */
export interface ComponentSetDef {
  readonly kind: 'component';
  readonly name: string;
  run(opts: LoadOptions & { readonly worst?: number }): Promise<SetReport>;
}

export type SetDef = EventSetDef | ComponentSetDef;

export const SETS: readonly SetDef[] = [
  { kind: 'events', name: mali.NAME, load: mali.load },
  { kind: 'events', name: 'ucdp-ged-car', load: (o) => ucdp.load(ucdp.LAYOUTS['ucdp-ged-car']!, o) },
  { kind: 'events', name: 'ucdp-ged-ukraine', load: (o) => ucdp.load(ucdp.LAYOUTS['ucdp-ged-ukraine']!, o) },
  { kind: 'events', name: popcorn.NAME, load: popcorn.load },
  { kind: 'events', name: case2021.NAME, load: case2021.load },
  { kind: 'events', name: plover.NAME, load: plover.load },
  { kind: 'events', name: petrarch.NAME, load: petrarch.load },
  { kind: 'component', name: 'duckling-time-numeral', run: runDuckling },
  { kind: 'component', name: 'ner-fr-europeana', run: runEuropeanaNer },
];

export const SET_NAMES = SETS.map((s) => s.name);
