// Large JSONL dumps are read line by line (bounded memory) instead of whole. JSON is UTF-8 (RFC 8259);
// a leading BOM is dropped. Lines are counted first so the progress bar knows the total.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { looksBinary } from './formats.js';
import { emptyJsonl, jsonlLineItem } from './readers/jsonl.js';
import type { ReadItem, ReaderOptions } from './types.js';

/** JSONL files larger than this are streamed (default 8 MiB). */
export const STREAM_JSONL_ABOVE_BYTES = 8 * 1024 * 1024;

export async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) lines++;
    if (buf.length) last = buf[buf.length - 1]!;
  }
  return last === 0x0a ? lines : lines + 1;
}

function head(path: string, n: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** Yields the items of a JSONL file one line at a time. */
export async function* streamJsonl(path: string, input: { origin: string; id: string; options: ReaderOptions }): AsyncGenerator<ReadItem> {
  if (looksBinary(head(path, 8192))) {
    yield { ok: false, origin: input.origin, reason: `${input.origin}: binary content, not text (NUL or control bytes)`, payload: null };
    return;
  }
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  let any = false;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const item = jsonlLineItem(line, lineNo, input);
    if (item) {
      any = true;
      yield item;
    }
  }
  if (!any) yield emptyJsonl(input.origin);
}
