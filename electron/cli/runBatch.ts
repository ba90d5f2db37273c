// `--batch FILE.jsonl`: one JSON record in per line, one out per line, in input order. A bad
// line yields `{id, error}` and the run goes on; only an unreadable batch file stops it.
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { checkDraft, suggestFactBox } from '../../core/index.ts';
import { CliError } from './CliError.ts';
import { checkBatchLineSchema, factBoxBatchLineSchema } from './batchRecordSchemas.ts';
import { decodeUtf8 } from './readSourceFile.ts';
import { bulletToJson, claimToJson } from './toContractJson.ts';

export type BatchCommand = 'check' | 'factbox';

export interface BatchSummary {
  readonly lines: number;
  readonly errors: readonly string[];
}

/** Process a batch file, handing each output line (without newline) to `write`. */
export async function runBatch(command: BatchCommand, file: string, write: (line: string) => void): Promise<BatchSummary> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new CliError(`${file}: ${code === 'ENOENT' ? 'batch file not found' : code === 'EISDIR' ? 'is a folder, not a batch file' : 'could not be read'}`);
  }
  const lines = decodeUtf8(bytes, file).split(/\r?\n/);
  const errors: string[] = [];
  let count = 0;
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    count++;
    const lineNo = index + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      const error = `line ${lineNo}: not valid JSON`;
      errors.push(error);
      write(JSON.stringify({ id: `line-${lineNo}`, error }));
      return;
    }
    const id = typeof (parsed as { id?: unknown } | null)?.id === 'string' ? (parsed as { id: string }).id : `line-${lineNo}`;
    try {
      write(JSON.stringify(command === 'check' ? checkLine(parsed, lineNo) : factBoxLine(parsed, lineNo)));
    } catch (err) {
      const error = err instanceof CliError ? err.message : `line ${lineNo}: could not be processed (${err instanceof Error ? err.message : String(err)})`;
      errors.push(error);
      write(JSON.stringify({ id, error }));
    }
  });
  return { lines: count, errors };
}

function validate<T>(schema: z.ZodType<T>, value: unknown, lineNo: number): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'record';
    throw new CliError(`line ${lineNo}: ${where}: ${issue?.message ?? 'invalid record'}`);
  }
  return result.data;
}

function checkLine(value: unknown, lineNo: number) {
  const item = validate(checkBatchLineSchema, value, lineNo);
  const claims = checkDraft(item.draft, item.sources, item.published ? { published: item.published } : {});
  return { id: item.id, claims: claims.map(claimToJson) };
}

function factBoxLine(value: unknown, lineNo: number) {
  const item = validate(factBoxBatchLineSchema, value, lineNo);
  return { id: item.id, bullets: suggestFactBox(item.sources).map(bulletToJson) };
}
