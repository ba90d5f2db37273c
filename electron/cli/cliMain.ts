// The `crosscheck` command line: check a draft's figures against sources, or suggest fact-box
// bullets. Exit codes: 0 every figure supported, 1 something contradicted, unsupported or
// disputed, 2 usage or input error (one plain message naming the file; never a stack trace).
import { parseArgs } from 'node:util';
import { checkDraft, suggestFactBox } from '../../core/index.ts';
import type { SourceDocument } from '../../core/index.ts';
import { ServerError } from '../server/ServerError.ts';
import { publishedDateSchema } from '../shared/ipcContract.ts';
import { readableFormatList } from '../shared/sourceFormats.ts';
import { CliError } from './CliError.ts';
import { formatClaimTable, formatFactBox, type TextStyle } from './formatText.ts';
import { readSourceFile } from './readSourceFile.ts';
import { runBatch, type BatchCommand } from './runBatch.ts';
import { bulletToJson, claimToJson } from './toContractJson.ts';

const USAGE = `Usage:
  crosscheck check --draft FILE --source FILE [--source FILE …] [--format text|json]
                  [--published YYYY-MM-DD] [--sources-published YYYY-MM-DD]
  crosscheck check --batch FILE.jsonl
  crosscheck factbox --source FILE [--source FILE …] [--format text|json]
  crosscheck factbox --batch FILE.jsonl
  crosscheck server init|add-desk|add-user --url postgres://…   (see crosscheck server --help)

Files: ${readableFormatList()} (text as UTF-8); a web page is reduced to its article.
--published is the draft's publication date and --sources-published the sources' (a web page's
own date is used when this is not given): relative dates ("yesterday", "on Monday") are placed
on the calendar from them, and compared by kind without.
Batch mode reads one JSON record per line and writes one per line, in the same order:
  check   in  {"id", "draft", "published"?, "sources": [{"id", "text", "published"?}]}
          out {"id", "claims": [{start, end, text, kind, value, unit?, qualifier?, verdict, explanation,
                               evidence, nearMiss?, superseded?, basis?}]}
  verdict: supported (a source states this quantity; basis "derived" when it is worked out
  from the sources' figures, "draft" when from the draft's own), contradicted (a source states it
  otherwise), unsupported (no source states it; nearMiss cites the same digits used for
  something else), disputed (sources disagree; evidence cites each, newest first when dated,
  superseded lists the evidence indices an older report gave).
  factbox in  {"id", "sources": [...]}
          out {"id", "bullets": [{label, text, citations: [{sourceId, start, end}]}]}
  A line that cannot be processed gives {"id", "error"}; the others are still processed.

Exit status: 0 every figure supported, 1 something contradicted, unsupported or disputed,
2 usage or input error.
In batch mode verdicts are in the output and the status is 0 unless the batch file itself
cannot be read (2).
`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  style: TextStyle;
}

function defaultIo(): Io {
  const noColor = typeof process.env.NO_COLOR === 'string' && process.env.NO_COLOR !== '';
  return {
    out: (text) => { process.stdout.write(text); },
    err: (text) => { process.stderr.write(text); },
    style: { color: Boolean(process.stdout.isTTY) && !noColor, width: process.stdout.columns || 110 },
  };
}

export async function runCli(argv: string[], io: Io = defaultIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof CliError || err instanceof ServerError) {
      io.err(`crosscheck: ${err.message}\n`);
      return 2;
    }
    // An engine bug must still not show a user a stack trace; CROSSCHECK_DEBUG shows it.
    const detail = err instanceof Error ? err.message : String(err);
    io.err(`crosscheck: internal error: ${detail}\n`);
    if (process.env.CROSSCHECK_DEBUG && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'server') {
    // Loaded on demand: checking a draft should not pay for the PostgreSQL driver.
    const { runServerCommand } = await import('../server/runServerCommand.ts');
    return runServerCommand(rest, io);
  }
  if (command !== 'check' && command !== 'factbox') {
    throw new CliError(`unknown command '${command}' (expected 'check', 'factbox' or 'server'; see crosscheck --help)`);
  }
  let values: { draft?: string; source?: string[]; format?: string; batch?: string; published?: string; 'sources-published'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        draft: { type: 'string' },
        source: { type: 'string', multiple: true },
        format: { type: 'string' },
        batch: { type: 'string' },
        published: { type: 'string' },
        'sources-published': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new CliError(`${(err as Error).message.replace(/\. To specify.*$/s, '')} (see crosscheck --help)`);
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError(`--format must be 'text' or 'json', not '${format}'`);

  const published = calendarDate('--published', values.published);
  const sourcesPublished = calendarDate('--sources-published', values['sources-published']);
  if (values.batch !== undefined) {
    if (values.draft !== undefined || values.source !== undefined || published || sourcesPublished) {
      throw new CliError('--batch takes its drafts, sources and dates from the batch file; drop --draft/--source/--published');
    }
    return batch(command, values.batch, io);
  }
  const sourceFiles = values.source ?? [];
  if (sourceFiles.length === 0) throw new CliError(`${command} needs at least one --source FILE`);
  if (command === 'factbox') {
    if (values.draft !== undefined || published) throw new CliError('factbox takes only --source files, not --draft or --published');
    const sources = await loadSources(sourceFiles, sourcesPublished);
    const bullets = suggestFactBox(sources);
    if (format === 'json') io.out(`${JSON.stringify({ id: sources.map((s) => s.id).join('+'), bullets: bullets.map(bulletToJson) }, null, 2)}\n`);
    else io.out(formatFactBox(bullets, new Map(sources.map((s) => [s.id, s.text])), io.style));
    return 0;
  }
  if (values.draft === undefined) throw new CliError('check needs --draft FILE');
  const draftFile = await readSourceFile(values.draft);
  const sources = await loadSources(sourceFiles, sourcesPublished);
  const claims = checkDraft(draftFile.text, sources, published ? { published } : {});
  if (format === 'json') io.out(`${JSON.stringify({ id: draftFile.id, claims: claims.map(claimToJson) }, null, 2)}\n`);
  else io.out(formatClaimTable(draftFile.id, draftFile.text, claims, io.style));
  // Anything short of supported (contradicted, unsupported, disputed) needs an editor: status 1.
  return claims.some((c) => c.verdict !== 'supported') ? 1 : 0;
}

/** A YYYY-MM-DD option value that names a real day, or undefined when the option is absent. */
function calendarDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!publishedDateSchema.safeParse(value).success) {
    throw new CliError(`${option} needs a calendar date such as 2026-11-21, not '${value}'`);
  }
  return value;
}

async function loadSources(files: readonly string[], published?: string): Promise<SourceDocument[]> {
  const loaded = await Promise.all(files.map((f) => readSourceFile(f)));
  // Two sources may share a file name from different folders; ids must stay distinct.
  const seen = new Map<string, number>();
  return loaded.map((doc) => {
    const n = (seen.get(doc.id) ?? 0) + 1;
    seen.set(doc.id, n);
    const id = n === 1 ? doc.id : `${doc.id}#${n}`;
    // --sources-published is the user's word and wins; a web page's own date comes next.
    const date = published ?? doc.published;
    return { id, text: doc.text, ...(doc.title ? { title: doc.title } : {}), ...(date ? { published: date } : {}) };
  });
}

async function batch(command: BatchCommand, file: string, io: Io): Promise<number> {
  const buffer: string[] = [];
  const flush = () => {
    if (buffer.length > 0) io.out(`${buffer.join('\n')}\n`);
    buffer.length = 0;
  };
  const summary = await runBatch(command, file, (line) => {
    buffer.push(line);
    if (buffer.length >= 64) flush();
  });
  flush();
  if (summary.errors.length > 0) {
    io.err(`crosscheck: ${summary.errors.length} of ${summary.lines} batch line${summary.lines === 1 ? '' : 's'} had errors:\n`);
    for (const e of summary.errors.slice(0, 10)) io.err(`  ${file}: ${e}\n`);
    if (summary.errors.length > 10) io.err(`  … and ${summary.errors.length - 10} more\n`);
  }
  return 0;
}
