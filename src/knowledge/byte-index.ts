// Read-only lookups over a UTF-8 buffer of "key<TAB>value" lines, without making a string per
// line: an open-addressing table of line offsets keyed by an FNV-1a hash of the key's bytes.
// Loading the gazetteer index this way costs one pass over the bytes.

const TAB = 9;
const NL = 10;
const SPACE = 32;
const HASH = 35; // "#": comment lines are skipped

function fnv(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= buf[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class ByteIndex {
  private readonly buf: Uint8Array;
  /** Line start + 1 per slot (0 = empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly size: number;
  /** Most spaces in a key, plus one: the longest name in words. */
  readonly maxWords: number;

  constructor(buf: Uint8Array) {
    this.buf = buf;
    let lines = 0;
    for (let p = buf.indexOf(NL); p >= 0; p = buf.indexOf(NL, p + 1)) lines++;
    let cap = 1024;
    while (cap < (lines + 1) * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    let size = 0;
    let maxWords = 1;
    let start = 0;
    while (start < buf.length) {
      let end = buf.indexOf(NL, start);
      if (end < 0) end = buf.length;
      if (end > start && buf[start] !== HASH) {
        const tab = buf.indexOf(TAB, start);
        if (tab > start && tab < end) {
          let words = 1;
          for (let i = start; i < tab; i++) if (buf[i] === SPACE) words++;
          if (words > maxWords) maxWords = words;
          let s = fnv(buf, start, tab) & this.mask;
          while (this.slots[s] !== 0) s = (s + 1) & this.mask;
          this.slots[s] = start + 1;
          size++;
        }
      }
      start = end + 1;
    }
    this.size = size;
    this.maxWords = maxWords;
  }

  /** The value of a key ("" for a key with an empty value), or undefined. */
  get(key: string): string | undefined {
    const at = this.find(Buffer.from(key, 'utf8'));
    if (at < 0) return undefined;
    const tab = this.buf.indexOf(TAB, at);
    let end = this.buf.indexOf(NL, tab);
    if (end < 0) end = this.buf.length;
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + tab + 1, end - tab - 1).toString('utf8');
  }

  has(key: string): boolean {
    return this.find(Buffer.from(key, 'utf8')) >= 0;
  }

  /** Every line as [key, value] (decodes everything: for rare, whole-index work). */
  *entries(): Generator<[string, string]> {
    const text = Buffer.from(this.buf.buffer, this.buf.byteOffset, this.buf.length).toString('utf8');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      if (tab > 0) yield [line.slice(0, tab), line.slice(tab + 1)];
    }
  }

  private find(k: Uint8Array): number {
    let s = fnv(k, 0, k.length) & this.mask;
    const buf = this.buf;
    for (let at = this.slots[s] as number; at !== 0; s = (s + 1) & this.mask, at = this.slots[s] as number) {
      const start = at - 1;
      if (buf[start + k.length] !== TAB) continue;
      let same = true;
      for (let i = 0; i < k.length; i++) {
        if (buf[start + i] !== k[i]) {
          same = false;
          break;
        }
      }
      if (same) return start;
    }
    return -1;
  }
}

/** Line starts of a UTF-8 buffer, to decode one line on demand. */
export class ByteLines {
  private readonly buf: Uint8Array;
  private readonly starts: Int32Array;
  readonly count: number;

  constructor(buf: Uint8Array) {
    this.buf = buf;
    let n = 1;
    for (let p = buf.indexOf(NL); p >= 0; p = buf.indexOf(NL, p + 1)) n++;
    this.starts = new Int32Array(n + 1);
    let i = 1;
    for (let p = buf.indexOf(NL); p >= 0; p = buf.indexOf(NL, p + 1)) this.starts[i++] = p + 1;
    this.starts[n] = buf.length + 1;
    this.count = n;
  }

  /** Line i (0-based) without its newline, or undefined past the end. */
  line(i: number): string | undefined {
    if (i < 0 || i >= this.count) return undefined;
    const start = this.starts[i] as number;
    const end = (this.starts[i + 1] as number) - 1;
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + start, Math.max(0, end - start)).toString('utf8');
  }
}
