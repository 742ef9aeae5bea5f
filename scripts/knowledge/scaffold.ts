// Starts the data for a new language or a new conflict; no code changes are needed afterwards.
//   npm run knowledge:new -- lang es          → data/lang/es/ (tables to fill, English rows as examples)
//   npm run knowledge:new -- conflict sahel-2 → data/actors/conflict-sahel-2.tsv
// Then: npm run data:build (country names for the language), npx vitest run test/knowledge.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
const [kind, name] = process.argv.slice(2);

function fail(msg: string): never {
  console.error(`knowledge:new: ${msg}`);
  process.exit(1);
}

if (kind === 'lang') {
  if (!name || !/^[a-z]{2}$/.test(name)) fail('usage: lang <ISO 639-1 code>, e.g. lang es');
  const dir = join(DATA, 'lang', name);
  if (existsSync(dir)) fail(`${dir} already exists`);
  mkdirSync(dir, { recursive: true });
  const model = join(DATA, 'lang', 'en');
  for (const file of readdirSync(model)) {
    const lines = readFileSync(join(model, file), 'utf8').split('\n');
    // Comments stay; the English rows become commented examples to translate.
    const out = lines.map((l) => (l.startsWith('#') || !l.trim() ? l : `# en: ${l}`));
    writeFileSync(join(dir, file), [`# ${name}: translate the examples below into rows of your language.`, ...out].join('\n'));
  }
  writeFileSync(
    join(dir, 'demonyms.tsv'),
    '# Demonyms when world-countries has none for this language: iso3<TAB>masculine<TAB>feminine\n# UKR\tucraniano\tucraniana\n',
  );
  console.log(`created ${dir}: fill place-stopwords.txt, place-hints.tsv, actor-patterns.tsv, plural.tsv (and demonyms.tsv), then npm run data:build`);
} else if (kind === 'conflict') {
  if (!name || !/^[a-z0-9-]+$/.test(name)) fail('usage: conflict <slug>, e.g. conflict ethiopia-amhara');
  const file = join(DATA, 'actors', `conflict-${name}.tsv`);
  if (existsSync(file)) fail(`${file} already exists`);
  writeFileSync(
    file,
    [
      `# ${name}. id<TAB>kind<TAB>country<TAB>name<TAB>lang<TAB>aliases (|)<TAB>flags`,
      '# kind: government military rebel_group militia igo ngo civilians person other; country: ISO 3166-1 alpha-3 or empty;',
      '# lang: a data/lang code or * for every language; flags: metonym for a place standing for the actor.',
      '# Several rows may share an id (one per language); kind, country and name are read from its first row.',
      '# EXAMPLE-FRONT\trebel_group\tETH\tExample Liberation Front\tfr\tFront de libération exemple|FLE',
      '',
    ].join('\n'),
  );
  console.log(`created ${file}; its rows are checked by test/knowledge/data-files.test.ts`);
} else {
  fail('usage: lang <code> | conflict <slug>');
}
