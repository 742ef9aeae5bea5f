// Headlines of several sources joined by ";" are separate statements: a context cue of one headline (a report title
// naming the Security Council) says nothing of the event another headline tells, and two headlines telling the same
// clash stay one event.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string): Event[] => [...extractor.extract({ id: 'h', text, date: '2019-03-14', lang: 'en' }).events];

describe('context cues in headlines joined by ";"', () => {
  it('puts no Security Council context on a clash told by another headline', () => {
    const events = run('Eleven people killed in clashes between armed groups near Bambari;Letter dated 2 March 2019 from the Chair of the Committee addressed to the President of the Security Council');
    const assaults = events.filter((e) => e.type === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.context).not.toContain('un_security_council');
  });

  it('joins two headlines telling the same clash when a report title beside them names the Council', () => {
    const events = run('Government reshuffled after deadly clashes in Bambari;Eleven people killed in clashes between armed groups in Bambari;Report of the Secretary-General to the Security Council');
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });

  it('still marks the event its own headline tells', () => {
    const events = run('Four killed in rebel attack on villagers;UN Security Council condemns attack on peacekeepers in Bangui');
    const council = events.filter((e) => e.context.includes('un_security_council'));
    expect(council.length).toBeGreaterThan(0);
    expect(council.every((e) => e.counts.killed === undefined)).toBe(true);
  });
});
