// The progress bar: drawn on a terminal, silent when piped or --quiet.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/ingest/progress.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const s = {
    isTTY,
    columns: 120,
    written: '',
    write(chunk: string) {
      s.written += chunk;
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    clearScreenDown: () => true,
    moveCursor: () => true,
    on: () => s,
    removeListener: () => s,
    off: () => s,
  };
  return s as unknown as NodeJS.WriteStream & { written: string };
}

describe('createProgress', () => {
  it('draws documents done / total on a terminal', () => {
    const stream = fakeStream(true);
    const p = createProgress({ stream });
    p.update({ done: 1, total: 10000, origin: 'docs.jsonl:1' });
    p.update({ done: 10000, total: 10000, origin: 'docs.jsonl:10000' });
    p.stop();
    expect(stream.written).toContain('10000/10000 documents');
  });

  it.each([
    ['piped', false, false],
    ['--quiet', true, true],
  ])('writes nothing when %s', (_name, isTTY, quiet) => {
    const stream = fakeStream(isTTY);
    const p = createProgress({ stream, quiet });
    p.update({ done: 1, total: 2, origin: 'a' });
    p.update({ done: 2, total: 2, origin: 'b' });
    p.stop();
    expect(stream.written).toBe('');
  });
});
