// Loads the committed knowledge files from data/ (never the network, never ../shared) once per process.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CountryRecord, DataFile } from './actor-data.js';
import { createKnowledge, type KnowledgeSources, type VigieKnowledge } from './create-knowledge.js';
import type { GazetteerFile } from './gazetteer.js';
import { parseActorPatterns, parsePlaceHints, parsePlural, parseStopwords, tsvRows, type LangData } from './lang-data.js';
import { nameKey } from './normalize.js';
import { parseDistanceWords } from './distance-words.js';

/** The data folder: $VIGIE_DATA_DIR, else data/ at the package root (from src/ or dist/). */
export function knowledgeDataDir(): string {
  return process.env.VIGIE_DATA_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
}

/** Reads every knowledge file under a data folder. */
export function readKnowledgeSources(dir: string = knowledgeDataDir()): KnowledgeSources {
  const hash = createHash('sha1');
  const read = (path: string): Buffer => {
    const b = readFileSync(path);
    hash.update(b);
    return b;
  };
  const text = (path: string): DataFile => ({ text: read(path).toString('utf8'), source: path });
  const compiled = join(dir, 'compiled');
  const gazPath = join(compiled, 'gazetteer.tsv.gz');
  if (!existsSync(gazPath)) throw new Error(`knowledge: ${gazPath} is missing (run npm run data:build)`);
  const keysPath = join(compiled, 'gazetteer-keys.tsv.gz');
  const skelPath = join(compiled, 'gazetteer-skeletons.tsv.gz');
  const gazetteer: GazetteerFile[] = [
    {
      // Kept as bytes: rows are decoded only when a name matches.
      bytes: gunzipSync(read(gazPath)),
      source: gazPath,
      curated: false,
      ...(existsSync(keysPath) ? { keys: gunzipSync(read(keysPath)) } : {}),
      // Read on the first spelling-variant lookup only.
      ...(existsSync(skelPath) ? { skeletons: () => gunzipSync(readFileSync(skelPath)).toString('utf8') } : {}),
    },
  ];
  for (const f of tsvFiles(join(dir, 'places'))) gazetteer.push({ ...text(f), curated: true });
  const countries = JSON.parse(gunzipSync(read(join(compiled, 'countries.json.gz'))).toString('utf8')) as CountryRecord[];

  const actorsDir = join(dir, 'actors');
  const stateRolesPath = join(actorsDir, 'state-roles.tsv');
  const stateRoles = existsSync(stateRolesPath) ? text(stateRolesPath) : undefined;
  const roleIds = new Set(stateRoles ? tsvRows(stateRoles.text).map((r) => r.cols[0] ?? '') : []);
  const langs: LangData[] = [];
  const langRoot = join(dir, 'lang');
  for (const code of existsSync(langRoot) ? readdirSync(langRoot).sort() : []) {
    const ld = join(langRoot, code);
    const opt = (name: string): DataFile | null => (existsSync(join(ld, name)) ? text(join(ld, name)) : null);
    const stop = opt('place-stopwords.txt');
    const titles = opt('person-titles.txt');
    const nouns = opt('place-nouns.txt');
    const capitals = opt('capital-words.txt');
    const modified = opt('modified-event-nouns.txt');
    const articles = opt('place-articles.txt');
    const peopleNouns = opt('people-nouns.txt');
    const commonWords = opt('common-word-names.txt');
    const countryWide = opt('country-wide.txt');
    const sitePrepositions = opt('site-prepositions.txt');
    const siteDeterminers = opt('site-determiners.txt');
    const distance = opt('distance-words.tsv');
    const hints = opt('place-hints.tsv');
    const patterns = opt('actor-patterns.tsv');
    const plural = opt('plural.tsv');
    langs.push({
      code,
      placeStopwords: stop ? parseStopwords(stop.text) : [],
      personTitles: titles ? parseStopwords(titles.text) : [],
      placeNouns: nouns ? parseStopwords(nouns.text) : [],
      capitalWords: capitals ? parseStopwords(capitals.text) : [],
      modifiedEventNouns: modified ? parseStopwords(modified.text) : [],
      placeArticles: articles ? parseStopwords(articles.text) : [],
      peopleNouns: peopleNouns ? parseStopwords(peopleNouns.text) : [],
      commonWordNames: commonWords ? parseStopwords(commonWords.text) : [],
      countryWide: countryWide ? parseStopwords(countryWide.text) : [],
      sitePrepositions: sitePrepositions ? parseStopwords(sitePrepositions.text) : [],
      siteDeterminers: siteDeterminers ? parseStopwords(siteDeterminers.text) : [],
      ...(distance ? { distanceWords: parseDistanceWords(distance.text, distance.source) } : {}),
      placeHints: hints ? parsePlaceHints(hints.text, hints.source, (s) => nameKey(s).split(' ')) : [],
      actorPatterns: patterns ? parseActorPatterns(patterns.text, patterns.source, roleIds) : [],
      plural: plural ? parsePlural(plural.text, plural.source) : [],
    });
  }
  const actorFiles = tsvFiles(actorsDir).filter((f) => !/(state-roles|tenures)\.tsv$/.test(f));
  const tenuresPath = join(actorsDir, 'tenures.tsv');
  const skeletonPath = join(dir, 'places', 'skeleton-rules.txt');
  const sources: KnowledgeSources = {
    gazetteer,
    countries,
    langs,
    ...(stateRoles ? { stateRoles } : {}),
    actors: actorFiles.map(text),
    tenures: existsSync(tenuresPath) ? [text(tenuresPath)] : [],
    ...(existsSync(skeletonPath) ? { skeletonRules: text(skeletonPath) } : {}),
  };
  return { ...sources, version: `knowledge-${hash.digest('hex').slice(0, 12)}` };
}

function tsvFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => join(dir, f));
}

let cached: VigieKnowledge | null = null;

/** The knowledge built from data/, loaded on first call and shared afterwards (synchronous). */
export function loadKnowledge(): VigieKnowledge {
  cached ??= createKnowledge(readKnowledgeSources());
  return cached;
}
