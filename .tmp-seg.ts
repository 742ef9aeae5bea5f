import { readFileSync } from 'node:fs';
import { segment } from '/work/main/src/extract/segment/index.js';
import { segmentLexicon } from '/work/main/src/lang/fr/segment.js';
const text = readFileSync('/work/shared/examples/karabakh-2023-09.fr.txt', 'utf8');
const s = segment(text, segmentLexicon);
for (const x of s.sentences) console.log(x.paragraph, JSON.stringify(text.slice(x.start, x.end)));
for (const q of s.quotations) console.log('Q', q.sentence, text.slice(q.start, q.end));
console.log(s.tokens.filter(t=>t.clitic).map(t=>t.text).join(' '));
console.log(segment('M. Dupont et le Gén. Martin sont arrivés. J. K. Rowling aussi. « Il est parti. Nous restons. » Puis rien.', segmentLexicon).sentences.length);
