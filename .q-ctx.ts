import { compilePack } from './src/extract/lexicon/compiled-pack.js';
import { findInTable } from './src/extract/lexicon/table.js';
import { getLanguagePack } from './src/lang/index.js';
const cp = compilePack(getLanguagePack('fr')!);
console.log(findInTable(cp.tables.contexts, "La fuite accidentelle d’une bouteille. Une explosion accidentelle s'est produite").map((x) => [x.start, x.end, x.row.context]));
