// English texts with question marks standing for characters lost in transcoding ("in the area of ??Ugledar"): no
// sentence ends there, so a source named after a dash at the end still vouches for the event; a mob's violence is an
// event (ACLED riots, mob violence). Sentences written for these tests in the style of news.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';
import { segment } from '../../src/extract/segment/index.js';
import { getLanguagePack } from '../../src/lang/index.js';

const extractor = createExtractor();
const events = (text: string) => extractor.extract({ id: 'en', text, date: '2024-05-02', lang: 'en' }).events;
const en = getLanguagePack('en')!;

describe('question marks for lost characters', () => {
  it('end no sentence when glued to the next word', () => {
    const text = 'Troops shelled positions in the area of ??Ugledar and Prechistovka - Russian Defense Ministry';
    expect(segment(text, en.segment).sentences).toHaveLength(1);
    expect(segment('Is it over? Yes, it is.', en.segment).sentences).toHaveLength(2);
  });

  it('lets the source after the dash vouch for the event', () => {
    const [e] = events('Russian troops shelled positions in the area of ??Ugledar and Prechistovka - Russian Defense Ministry');
    expect(e?.attribution?.name).toBe('Russian Defense Ministry');
  });
});

describe('mob violence', () => {
  it('reads an angry mob attacking as an event of mob violence', () => {
    const [e, ...rest] = events('An angry mob attacked the police station in the town on Friday.');
    expect(rest).toEqual([]);
    expect(e?.type).toBe('ASSAULT');
    expect(e?.acled).toEqual({ event_type: 'Riots', sub_event_type: 'Mob violence' });
  });
});
