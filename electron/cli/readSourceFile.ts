// Reading a draft or source file from disk into plain text, with errors that name the file and
// say what to do, never a stack trace.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CliError } from './CliError.ts';

export interface LoadedText {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
}

const TEXT_EXTENSIONS = new Set(['', '.txt', '.text', '.md', '.markdown']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const IMPORTED_EXTENSIONS = new Set(['.docx', '.pdf']);
/** Larger files are not news copy; refusing them keeps a typo'd path from eating memory. */
const MAX_BYTES = 50 * 1024 * 1024;

/** Decode bytes as UTF-8, refusing binary data and invalid sequences rather than guessing. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new CliError(`${file}: looks like a binary file, not text (use .txt, .md, .html, .docx or .pdf)`);
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
  if (IMPORTED_EXTENSIONS.has(ext)) return importWithAppImporter(file, id);
  if (!TEXT_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext)) {
    throw new CliError(`${file}: unsupported file type '${ext}' (use .txt, .md, .html, .docx or .pdf)`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new CliError(`${file}: ${describeFsError(err)}`);
  }
  const text = decodeUtf8(bytes, file);
  if (HTML_EXTENSIONS.has(ext)) {
    // The app importer's HTML reader: markup is tokenized only, never run or fetched. Loaded on
    // demand because its module also carries the .docx reader.
    const { htmlToText } = await import('../importers/extractText.ts');
    const html = htmlToText(text);
    return html.title ? { id, text: html.text, title: html.title } : { id, text: html.text };
  }
  return { id, text };
}

async function importWithAppImporter(file: string, id: string): Promise<LoadedText> {
  // Loaded on demand: mammoth and pdf.js are heavy and most runs never need them. The importer
  // parses in a worker thread with its own size and time limits.
  const { importDocument } = await import('../importers/importDocument.ts');
  try {
    const doc = await importDocument(file);
    return { id, text: doc.text, title: doc.title };
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
