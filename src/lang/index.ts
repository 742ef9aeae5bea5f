// The one list of language packs. Adding a language = a folder src/lang/<code>/ and one line here.
import en from './en/index.js';
import fr from './fr/index.js';
import type { LanguagePack } from './pack.js';

export const LANGUAGE_PACKS: readonly LanguagePack[] = [fr, en];

const BY_CODE: ReadonlyMap<string, LanguagePack> = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));

/** The pack for a language code ("fr", "fr-FR" → fr); undefined when Vigie has none. */
export function getLanguagePack(code: string | null | undefined): LanguagePack | undefined {
  if (!code) return undefined;
  return BY_CODE.get(code.toLowerCase().split(/[-_]/)[0] ?? '');
}

export type { LanguagePack } from './pack.js';
