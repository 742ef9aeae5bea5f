// A capitalised event word inside a place's name ("la Réunion", the island) is the name, not the event ("une réunion",
// a meeting). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const types = (text: string) => extractor.extract({ id: 'pn', text, date: '2024-03-12', lang: 'fr' }).events.map((e) => e.type);

describe('an event word inside a place name', () => {
  it('is no meeting when it names the island', () => {
    expect(types('Les habitants de la Réunion ont défilé dans les rues de Saint-Denis.')).toEqual(['PROTEST']);
  });

  it('is still a meeting in lower case, the island named too', () => {
    expect(types("Une réunion des maires de la Réunion s'est tenue jeudi à Saint-Pierre.")).toEqual(['CONSULT']);
  });
});
