// Bytes → string: BOMs (UTF-8, UTF-16), strict UTF-8, otherwise the encoding chardet detects
// (Latin-1 is read as Windows-1252, its superset for printable characters).
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  readonly text: string;
  /** The encoding the bytes were read as: "utf-8", "utf-8-bom", "utf-16le", "windows-1252", … */
  readonly encoding: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes; `declared` is a charset named by the document itself (HTML meta, XML prolog). */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(3)), 'utf-8'), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: fall through to the declared or detected single-byte encoding
  }
  const enc = pickEncoding(declared, bytes);
  return { text: iconv.decode(Buffer.from(bytes), enc), encoding: enc };
}

function pickEncoding(declared: string | null | undefined, bytes: Uint8Array): string {
  const d = declared?.trim().toLowerCase();
  if (d && !/^utf-?8$/.test(d) && iconv.encodingExists(d)) return latinToWindows(d);
  const detected = chardet.detect(bytes)?.toLowerCase();
  if (detected && !/^utf-?8$/.test(detected) && !LATIN_FAMILY.test(detected) && iconv.encodingExists(detected)) return detected;
  return 'windows-1252';
}

// chardet cannot tell the Latin-alphabet single-byte encodings apart on short texts (a French
// "à" read as windows-1250 becomes "ŕ"): without a declared charset, they are read as Windows-1252.
// Other scripts (Cyrillic, Greek, Arabic, CJK…) keep chardet's answer.
const LATIN_FAMILY = /^(iso-8859-(1|2|3|4|9|10|13|14|15|16)|windows-125[0247]|ascii|us-ascii|latin\d*)$/;

/** ISO-8859-1 texts in the wild are nearly always Windows-1252 (curly quotes in 0x80–0x9F). */
function latinToWindows(enc: string): string {
  return enc === 'iso-8859-1' || enc === 'latin1' || enc === 'us-ascii' || enc === 'ascii' ? 'windows-1252' : enc;
}

/** The charset an HTML or XML document declares in its first bytes (meta charset, XML prolog), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m =
    /<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}
