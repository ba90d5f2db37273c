// Text extraction for the plain formats (text, Word, PDF) and the HTML tokenizer the web-page
// importer (readArticle.ts) reduces its article to. Runs inside the parse worker (parseWorker.ts),
// which picks the function through importerRegistry.ts: these functions see untrusted bytes, so
// they only ever read them — nothing is executed, fetched or rendered — and every failure becomes
// an `ImportFailure` with a reason in plain words.
import { Parser } from 'htmlparser2';
import { checkZipDirectory, verifyZipEntrySizes, ZipDirectoryError } from './zipDirectory.ts';

export interface ExtractedText {
  text: string;
  /** A title found inside the file (a web page's headline, PDF metadata), if any. */
  title?: string;
  /** What a web page says about its article; the other formats leave these out. */
  published?: string; // YYYY-MM-DD
  byline?: string;
  outlet?: string;
  url?: string;
}

/** Declared contents a .docx may unpack to. A 1,000-page text-only report is about 20 MB of XML;
 *  pictures are stored already compressed, so they unpack to about their size in the file. */
export const DOCX_LIMITS = { maxUncompressedBytes: 256 * 1024 * 1024, maxEntries: 10_000 } as const;

/** Share of C0 control characters (other than tab, newline, carriage return, form feed) above
 *  which a file that decodes as UTF-8 is still treated as binary. Real text has next to none. */
const MAX_CONTROL_CHAR_SHARE = 0.01;

/** A reason the file cannot be read, phrased to follow "<file> could not be read: ". */
export class ImportFailure extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ImportFailure';
  }
}

/** Strict UTF-8: a file that is not text is refused rather than stored as mojibake. */
export function decodeUtf8Text(bytes: Uint8Array, what = 'a text file'): string {
  // NUL bytes do not occur in text; they mark a binary file renamed to .txt. Checked over the
  // whole file (a fast byte scan), so no NUL can reach the library from past the first block.
  if (bytes.includes(0)) throw new ImportFailure(`it looks like a binary file, not ${what}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFailure(`it is not UTF-8 text (save it as UTF-8 and import it again)`);
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  if (controls > text.length * MAX_CONTROL_CHAR_SHARE) throw new ImportFailure(`it looks like a binary file, not ${what}`);
  return text;
}

// Elements whose content is never text the reader sees.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head', 'select', 'button']);
// Elements that end a line of text.
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'br', 'hr', 'address', 'form', 'fieldset',
]);

/** HTML reduced to its visible text, one paragraph per line. The markup is only tokenized; the
 *  web-page importer runs it on the article Readability found, and on the page when it found none. */
export function htmlToText(html: string): ExtractedText {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(text);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipDepth++;
        else if (skipDepth === 0 && BLOCKS.has(name)) {
          endLine();
          if (name === 'li') line = '• ';
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipDepth === 0) line += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth === 0 && BLOCKS.has(name)) endLine();
        else if (skipDepth === 0 && (name === 'td' || name === 'th')) line += ' ';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return cleanTitle ? { text: lines.join('\n'), title: cleanTitle } : { text: lines.join('\n') };
}

export async function docxToText(bytes: Uint8Array): Promise<ExtractedText> {
  // A .docx is a zip archive; anything else (an old binary .doc renamed, a truncated download)
  // fails here with a message that says so rather than a zip library's error.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ImportFailure('it is not a valid Word document (.docx)');
  try {
    await verifyZipEntrySizes(bytes, checkZipDirectory(bytes, DOCX_LIMITS));
  } catch (error) {
    if (error instanceof ZipDirectoryError && error.kind === 'bomb') throw new ImportFailure(error.message);
    throw new ImportFailure('it is not a valid Word document (.docx) — it may be damaged or incomplete');
  }
  try {
    // Loaded on demand: it is the heaviest parser to load, and most imports are not Word files.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { text: result.value.replace(/\n{3,}/g, '\n\n').trim() };
  } catch {
    throw new ImportFailure('it is not a valid Word document (.docx) — it may be damaged or incomplete');
  }
}

interface PdfTextItem { str?: string; hasEOL?: boolean }

export async function pdfToText(bytes: Uint8Array): Promise<ExtractedText> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new ImportFailure('it is not a PDF document');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js takes ownership of (detaches) the buffer it is given
    // No `isEvalSupported` flag: pdf.js 6 removed it together with its last use of eval (the
    // PostScript-function compiler), so nothing from the file can be compiled as code.
    enableXfa: false, // XFA forms would be rendered as HTML; we only want the text layer
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw new ImportFailure('it is password-protected');
    throw new ImportFailure('it is not a valid PDF document — it may be damaged or incomplete');
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as PdfTextItem[]) {
        text += item.str ?? '';
        if (item.hasEOL) text += '\n';
      }
      pages.push(text.replace(/[ \t]+\n/g, '\n').trim());
      page.cleanup();
    }
    const metadata = await doc.getMetadata().catch(() => null);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
    const text = pages.filter((p) => p !== '').join('\n\n');
    if (text.trim() === '') throw new ImportFailure('it contains no selectable text (it may be a scanned image)');
    return title ? { text, title } : { text };
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw new ImportFailure('its text could not be extracted — the PDF may be damaged');
  } finally {
    await task.destroy();
  }
}
