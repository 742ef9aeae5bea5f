import { describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));

describe('nativeRegexps', () => {
  it('turns regexp tier-up off once, however often it is called', async () => {
    const { nativeRegexps, NO_REGEXP_TIER_UP } = await import('./native-regexps.js');
    nativeRegexps();
    nativeRegexps();
    expect(setFlagsFromString).toHaveBeenCalledTimes(1);
    expect(setFlagsFromString).toHaveBeenCalledWith('--no-regexp-tier-up');
    expect(NO_REGEXP_TIER_UP).toBe('--no-regexp-tier-up');
  });

  it('is what createExtractor calls before any extraction', async () => {
    vi.resetModules();
    setFlagsFromString.mockClear();
    const { createExtractor } = await import('./index.js');
    expect(setFlagsFromString).not.toHaveBeenCalled();
    createExtractor();
    expect(setFlagsFromString).toHaveBeenCalledWith('--no-regexp-tier-up');
  });
});
