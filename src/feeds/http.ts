// HTTP GET with a timeout, a size cap and conditional-request validators (ETag / Last-Modified).
export type FetchLike = (url: string, init: { headers: Record<string, string>; signal: AbortSignal; redirect: 'follow' }) => Promise<Response>;

export interface GetResult {
  readonly status: number;
  readonly bytes: Uint8Array | null;   // null on 304
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentType: string | null;
}

export const USER_AGENT = 'Vigie/0.1 (+https://github.com/vigie; feed reader)';
export const MAX_BYTES = 10 * 1024 * 1024;

export async function httpGet(
  url: string,
  opts: { etag?: string | null; lastModified?: string | null; timeoutMs?: number; fetch?: FetchLike } = {},
): Promise<GetResult> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: '*/*' };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  const doFetch: FetchLike = opts.fetch ?? ((u, init) => fetch(u, init));
  let res: Response;
  try {
    res = await doFetch(url, { headers, signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000), redirect: 'follow' });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    throw new Error(`${url}: ${(e as Error).name === 'TimeoutError' ? 'timed out' : `cannot fetch (${cause ?? (e as Error).message})`}`);
  }
  const meta = { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'), contentType: res.headers.get('content-type') };
  if (res.status === 304) return { status: 304, bytes: null, ...meta };
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new Error(`${url}: HTTP ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) {
    await res.body?.cancel().catch(() => undefined);
    throw new Error(`${url}: too large (${declared} bytes; at most ${MAX_BYTES})`);
  }
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new Error(`${url}: too large (${bytes.length} bytes; at most ${MAX_BYTES})`);
  return { status: res.status, bytes, ...meta };
}
