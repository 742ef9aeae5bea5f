// vigie extract: the contract's pure extraction (single file → JSON; JSONL batch → JSONL).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { InputDocumentSchema, type ExtractJsonOutput, type ExtractJsonlLine } from '../../core/contract.js';
import { createExtractor } from '../../extract/index.js';
import { readFileDocument } from '../../ingest/read-file-document.js';
import { CliError, printJson } from '../io.js';

interface ExtractOpts {
  input?: string;
  format: string;
  date?: string;
  lang?: string;
  explain?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('Extract events from one file (--format json) or a JSONL batch (--input docs.jsonl --format jsonl). Pure: writes nothing.')
    .argument('[file]', 'a seed-format .txt, a plain text file, or a .json document')
    .option('--input <path>', 'JSONL file of input documents ("-" for stdin)')
    .option('--format <format>', 'json | jsonl', 'json')
    .option('--date <date>', 'publication date (YYYY-MM-DD, YYYY-MM or YYYY) when the file has none')
    .option('--lang <lang>', 'language of the text (fr, en); detected when absent')
    .option('--explain', 'print which rule of which stage produced each field (to stderr)')
    .action(async (file: string | undefined, opts: ExtractOpts) => {
      if (!['json', 'jsonl'].includes(opts.format)) throw new CliError(`--format: expected json or jsonl, got "${opts.format}"`);
      const extractor = createExtractor();
      if (opts.input) return extractBatch(opts.input, extractor, opts);
      if (!file) throw new CliError('extract: give a FILE or --input docs.jsonl');
      let doc;
      try {
        doc = readFileDocument(file, { date: opts.date, lang: opts.lang });
      } catch (e) {
        throw new CliError((e as Error).message);
      }
      const result = extractor.extract(doc, { explain: opts.explain ?? false });
      if (opts.explain && result.trace) for (const t of result.trace) process.stderr.write(`${t.stage}\t${t.rule}\t${t.span ? `${t.span.start}-${t.span.end}` : ''}\t${t.detail ?? ''}\n`);
      const d = result.document;
      const out: ExtractJsonOutput = {
        document: {
          id: d.id,
          text: d.text,
          date: d.date?.value ?? null,
          date_precision: d.date?.precision ?? null,
          lang: d.lang,
          ...(d.title !== undefined ? { title: d.title } : {}),
          ...(d.source !== undefined ? { source: d.source } : {}),
          ...(d.url !== undefined ? { url: d.url } : {}),
        },
        events: [...result.events],
      };
      if (opts.format === 'jsonl') printJson({ id: d.id, lang: d.lang, events: out.events } satisfies ExtractJsonlLine, false);
      else printJson(out);
    });
}

async function extractBatch(input: string, extractor: ReturnType<typeof createExtractor>, opts: ExtractOpts): Promise<void> {
  const stream = input === '-' ? process.stdin : createReadStream(input, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let failures = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      const out = extractLine(line, lineNo, input, extractor, opts);
      if (out.error) failures++;
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
  } catch (e) {
    throw new CliError(`${input}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (failures) process.stderr.write(`vigie extract: ${failures} of ${lineNo} lines could not be read (see "error" fields)\n`);
}

function extractLine(line: string, lineNo: number, input: string, extractor: ReturnType<typeof createExtractor>, opts: ExtractOpts): ExtractJsonlLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { id: `line-${lineNo}`, lang: null, events: [], error: `${input}:${lineNo}: not JSON (${(e as Error).message})` };
  }
  const r = InputDocumentSchema.safeParse(parsed);
  if (!r.success) {
    const id = typeof (parsed as { id?: unknown })?.id === 'string' ? (parsed as { id: string }).id : `line-${lineNo}`;
    return { id, lang: null, events: [], error: `${input}:${lineNo}: ${r.error.issues.map((i) => `field ${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` };
  }
  const doc = { ...r.data, ...(opts.lang && !r.data.lang ? { lang: opts.lang } : {}), ...(opts.date && !r.data.date ? { date: opts.date } : {}) };
  try {
    const res = extractor.extract(doc);
    return { id: doc.id, lang: res.document.lang, events: [...res.events] };
  } catch (e) {
    return { id: doc.id, lang: doc.lang ?? null, events: [], error: `${input}:${lineNo}: extraction failed (${(e as Error).message})` };
  }
}
