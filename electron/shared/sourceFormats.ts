// The file formats a source can be imported from, one record per format. The record is the only
// place a format is described: the renderer's file picker (and so the native dialog's filter) and
// drop check, the import's time limits and refusal sentences, the CLI's help and errors and the
// story package's list of file types all read it. The parser that goes with each record lives on
// the Node side (electron/importers/importerRegistry.ts), which the compiler makes complete.
//
// No Node or DOM types here: the renderer imports this module too (electron/shared/tsconfig.json).

export const SOURCE_FORMAT_IDS = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export type SourceFormatId = (typeof SOURCE_FORMAT_IDS)[number];

export interface SourceFormat {
  readonly id: SourceFormatId;
  /** The name a user sees in a file dialog's type list and in the source reader. */
  readonly description: string;
  /** Lower case, without the dot; the first is the one named in messages. */
  readonly fileExtensions: readonly string[];
  /** Subject of a refusal sentence about the file's contents ("this web page expands to…"). */
  readonly whatItIs: string;
  /** Time the parser gets for one file before its process is killed. */
  readonly parseTimeLimitMs: number;
}

function makeSourceFormat(format: SourceFormat): SourceFormat {
  if (format.fileExtensions.length === 0) throw new Error(`The ${format.id} format needs at least one file extension`);
  return Object.freeze({ ...format, fileExtensions: Object.freeze([...format.fileExtensions]) });
}

/** Time limits are generous for a 50 MB file on a slow laptop. Plain text is a single decode, so
 *  it gets the least; a web page gets a DOM and an article pass over it (about 4 s for a 4 MB
 *  page on the development machine), PDF and Word files unpack and lay out pages. */
export const SOURCE_FORMATS: Readonly<Record<SourceFormatId, SourceFormat>> = {
  txt: makeSourceFormat({ id: 'txt', description: 'Text file', fileExtensions: ['txt', 'text'], whatItIs: 'this text file', parseTimeLimitMs: 15_000 }),
  md: makeSourceFormat({ id: 'md', description: 'Markdown', fileExtensions: ['md', 'markdown'], whatItIs: 'this Markdown file', parseTimeLimitMs: 15_000 }),
  html: makeSourceFormat({ id: 'html', description: 'Web page', fileExtensions: ['html', 'htm', 'xhtml'], whatItIs: 'this web page', parseTimeLimitMs: 30_000 }),
  docx: makeSourceFormat({ id: 'docx', description: 'Word document', fileExtensions: ['docx'], whatItIs: 'this Word document', parseTimeLimitMs: 60_000 }),
  pdf: makeSourceFormat({ id: 'pdf', description: 'PDF', fileExtensions: ['pdf'], whatItIs: 'this PDF', parseTimeLimitMs: 90_000 }),
};

export const SOURCE_FORMAT_LIST: readonly SourceFormat[] = SOURCE_FORMAT_IDS.map((id) => SOURCE_FORMATS[id]);

/** The format a file name's extension belongs to, if Crosscheck reads it. */
export function sourceFormatForFileName(fileName: string): SourceFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : SOURCE_FORMAT_LIST.find((format) => format.fileExtensions.includes(ext));
}

/** "Crosscheck reads .txt, .md, .html, .docx and .pdf files": each format by its main extension. */
export function readableFormatList(): string {
  const names = SOURCE_FORMAT_LIST.map((format) => `.${format.fileExtensions[0]}`);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The `accept` attribute of the renderer's file input: every extension of every format. Import
 *  Source… opens that input, and Electron turns this attribute into the native open dialog's
 *  file-type filter, so this is the dialog filter too. */
export function sourceFileAccept(): string {
  return SOURCE_FORMAT_LIST.flatMap((format) => format.fileExtensions.map((ext) => `.${ext}`)).join(',');
}
