// Headlines of several sources joined by ";": a modality cue of one headline does not reach the next one.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../extract/extract-helpers.js';

const extract = extractWith();

describe('modality stops at ";"', () => {
  it('leaves the next headline\'s killing asserted', () => {
    const events = extract('Twelve civilians reportedly killed in rebel attack;At least 11 killed as troops clash with rebels', '2024-05-02', 'en');
    const eleven = events.find((e) => e.counts.killed?.value === 11);
    const twelve = events.find((e) => e.counts.killed?.value === 12);
    expect(twelve?.modality).toBe('alleged');
    expect(eleven?.modality).toBe('asserted');
  });

  it('still marks what follows the cue in its own headline', () => {
    const [e] = extract('Rebels allegedly killed 4 villagers near the river', '2024-05-02', 'en');
    expect(e?.modality).toBe('alleged');
  });
});
