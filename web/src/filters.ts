// Dashboard filters <-> URL query string: the URL is the state, so a view can be bookmarked and shared.
export const FILTER_KEYS = ['type', 'country', 'actor', 'since', 'until', 'text', 'place', 'modality', 'context', 'min_sources'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export function filtersFromSearch(search: string): Filters {
  const params = new URLSearchParams(search);
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v;
  }
  return f;
}

export function filtersToSearch(f: Filters): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = f[k]?.trim();
    if (v) params.set(k, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The filters without the period: the timeline shows the whole range so a period can be brushed. */
export function withoutPeriod(f: Filters): Filters {
  const { since: _s, until: _u, ...rest } = f;
  return rest;
}
