// Unicode normalisation of article text before it is stored: NFC, typographic apostrophes and
// double quotes to ASCII, non-breaking and other space characters to a plain space, invisible
// characters removed, line endings to "\n". The stored text is this one; evidence offsets refer to it.

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC\u2032\uFF07]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\uFF02]/g;
// NBSP, narrow NBSP, figure space, en/em/thin/hair spaces, ideographic space.
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
// BOM / zero-width no-break space, soft hyphen, zero-width space/joiners, word joiner.
const INVISIBLE = /[\uFEFF\u00AD\u200B\u200C\u200D\u2060]/g;
// C0 controls other than tab and line feed, and DEL.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ');
}
