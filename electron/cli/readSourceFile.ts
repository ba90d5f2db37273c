// Reading a draft or source file from disk into plain text, with errors that name the file and
// say what to do, never a stack trace.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readableFormatList, sourceFormatForFileName } from '../shared/sourceFormats.ts';
import { CliError } from './CliError.ts';

export interface LoadedText {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  /** A web page's publication date (YYYY-MM-DD), as the app's importer reads it. */
  readonly published?: string;
}
/** Larger files are not news copy; refusing them keeps a typo'd path from eating memory. */
const MAX_BYTES = 50 * 1024 * 1024;

/** Decode bytes as UTF-8, refusing binary data and invalid sequences rather than guessing. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new CliError(`${file}: looks like a binary file, not text (use ${readableFormatList().replace(' and ', ' or ')})`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${file}: is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
}

export async function readSourceFile(file: string): Promise<LoadedText> {
  const ext = extname(file).toLowerCase();
  const id = basename(file);
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file}: is a folder, not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${file}: ${describeFsError(err)}`);
  }
  if (size > MAX_BYTES) throw new CliError(`${file}: is too large (${Math.round(size / 1048576)} MB; the limit is 50 MB)`);
  // The app's format records decide what is read and how. Plain text (and a file without an
  // extension, as drafts often are) is decoded here; every other format — web pages included,
  // so a page is reduced to its article exactly as the app imports it — goes through the app's
  // importer and its parsing process.
  const format = sourceFormatForFileName(file);
  if (format && format.id !== 'txt' && format.id !== 'md') return importWithAppImporter(file, id);
  if (!format && ext !== '') {
    throw new CliError(`${file}: unsupported file type '${ext}' (use ${readableFormatList().replace(' and ', ' or ')})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new CliError(`${file}: ${describeFsError(err)}`);
  }
  return { id, text: decodeUtf8(bytes, file) };
}

async function importWithAppImporter(file: string, id: string): Promise<LoadedText> {
  // Loaded on demand: most runs read plain text only. The importer parses in its own process
  // with the app's size, memory and time limits.
  const { importDocument } = await import('../importers/importDocument.ts');
  try {
    const doc = await importDocument(file);
    return { id, text: doc.text, title: doc.title, ...(doc.published ? { published: doc.published } : {}) };
  } catch (err) {
    // ImportError messages are written for users ("report.pdf could not be read: …").
    const message = err instanceof Error && err.message ? err.message : 'could not be read';
    throw new CliError(message.includes(id) ? message.replace(id, file) : `${file}: ${message}`);
  }
}

function describeFsError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'file not found';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, not a file';
    default: return `could not be read (${code ?? 'unknown error'})`;
  }
}
