// The seed article (../shared/examples/karabakh-2023-09.fr.txt): every date expression the analyst relies on
// is found and resolved as expected.json says, with a month-precision publication date (2023-09).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import { parseSeedText } from '../../../src/ingest/readers/seed.js';
import { dateLexicon } from '../../../src/lang/fr/dates.js';

const FILE = join(import.meta.dirname, '../../../../shared/examples/karabakh-2023-09.fr.txt');
const present = existsSync(FILE);
if (!present) console.warn(`seed date test skipped: ${FILE} is absent (../shared is not checked out)`);

describe.skipIf(!present)('karabakh-2023-09 seed: dates', () => {
  const seed = present ? parseSeedText(readFileSync(FILE, 'utf8')) : null;
  const text = seed?.text ?? '';
  const mentions = seed ? findDates(text, dateLexicon, seed.date) : [];
  const at = (phrase: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(phrase, i + 1);
    return mentions.find((m) => m.span.start <= i && i < m.span.end);
  };

  test('the publication date is month precision', () => {
    expect(seed?.date).toEqual({ value: '2023-09', precision: 'month' });
  });

  test('"jeudi 21 septembre" → 2023-09-21 (talks)', () => {
    expect(at('jeudi 21 septembre')).toMatchObject({ text: 'jeudi 21 septembre', start: '2023-09-21', end: '2023-09-21', precision: 'day' });
  });

  test('"ont débuté jeudi" and "réuni d\'urgence jeudi" → the same Thursday, 2023-09-21', () => {
    expect(at('jeudi à Yevlakh')).toMatchObject({ text: 'jeudi', start: '2023-09-21', precision: 'day' });
    expect(at('jeudi à la demande')).toMatchObject({ text: 'jeudi', start: '2023-09-21', precision: 'day' });
  });

  test('"au lendemain du cessez-le-feu" → relative to the ceasefire, one day after it (ceasefire = 2023-09-20)', () => {
    const m = at('au lendemain du cessez-le-feu');
    expect(m).toMatchObject({ kind: 'relative-to-event', relative: { offsetDays: 1, anchorText: 'cessez-le-feu' } });
    // The sentence's own date minus the offset is the ceasefire's date.
    const talks = at('jeudi à Yevlakh')!;
    const ceasefire = new Date(Date.parse(`${talks.start}T00:00:00Z`) - m!.relative!.offsetDays * 86_400_000).toISOString().slice(0, 10);
    expect(ceasefire).toBe('2023-09-20');
  });

  test('"achevée en 24 heures mercredi à la mi-journée" → the offensive ran 2023-09-19 .. 2023-09-20', () => {
    expect(at('en 24 heures mercredi')).toMatchObject({
      text: 'en 24 heures mercredi à la mi-journée', kind: 'range', start: '2023-09-19', end: '2023-09-20', precision: 'day', hour: 12,
    });
  });

  test('"les deux heures de discussions" is a duration (PT2H), not a date', () => {
    expect(at('deux heures de discussions', 1)).toMatchObject({ kind: 'duration', start: null, duration: { value: 2, unit: 'hour' } });
  });

  test('nothing else is taken for a date', () => {
    expect(mentions.map((m) => m.text)).toEqual([
      'deux heures', 'jeudi 21 septembre', 'jeudi', 'au lendemain du cessez-le-feu', 'deux heures', 'jeudi',
      'en 24 heures mercredi à la mi-journée',
    ]);
  });
});
