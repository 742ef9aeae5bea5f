// DOM building with text only: every string becomes a text node, never HTML. Article text is untrusted.
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  append(el, children);
  return el;
}

export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** An internal link handled by the client-side router. */
export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href, 'data-link': '' }, ...children);
}

/** An external link, only for http(s) URLs (a javascript: URL in an article's metadata stays text). */
export function safeExternalLink(url: string | null | undefined, label: string): Node | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return document.createTextNode(url);
    return h('a', { href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label);
  } catch {
    return document.createTextNode(url);
  }
}

export const GEONAMES_CREDIT = 'Places: GeoNames (CC BY 4.0)';

export function geonamesCredit(): HTMLElement {
  return h('p', { class: 'credit' }, 'Places: ', h('a', { href: 'https://www.geonames.org/', rel: 'noopener noreferrer', target: '_blank' }, 'GeoNames'), ' (CC BY 4.0)');
}
