// Language identification with eld (small model, offline): "fr", "en", … or null when unsure.
import { eld } from 'eld/small';

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 2000);
  if (sample.replace(/[^\p{L}]/gu, '').length < 8) return null;
  const r = eld.detect(sample);
  return r.language && r.language !== 'und' ? r.language : null;
}
