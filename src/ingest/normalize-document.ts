// Turns a contract input document (or a seed text) into the pipeline's VigieDocument.
import type { InputDocument } from '../core/contract.js';
import { parsePartialDate, type VigieDocument } from '../core/types.js';
import { detectLanguage } from './lang-detect.js';

export function toVigieDocument(input: InputDocument): VigieDocument {
  const text = input.text;
  return {
    id: input.id,
    text,
    date: parsePartialDate(input.date ?? null),
    lang: input.lang ?? detectLanguage(text),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.source !== undefined ? { source: input.source } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
  };
}
