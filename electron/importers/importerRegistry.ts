// The importers, one per source format: the format's record (electron/shared/sourceFormats.ts,
// which the renderer reads too) joined to the function that reads its bytes. The parse worker
// looks the function up here; importDocument.ts takes the record's time limit and wording; the
// CLI reads files through the same records. A Record keyed by format id, so the compiler refuses
// a format without an importer.
//
// Heavy readers are loaded on first use, as a parse process only ever reads one file of one
// format: the web-page stack (linkedom and Readability) here, mammoth and pdf.js inside
// docxToText and pdfToText.
import { SOURCE_FORMATS, sourceFormatForFileName } from '../shared/sourceFormats.ts';
import type { SourceFormat, SourceFormatId } from '../shared/sourceFormats.ts';
import { decodeUtf8Text, docxToText, pdfToText } from './extractText.ts';
import type { ExtractedText } from './extractText.ts';

export interface Importer {
  readonly format: SourceFormat;
  /** Reads the file's bytes; throws ImportFailure with a reason fit for the user. */
  extract(bytes: Uint8Array): Promise<ExtractedText>;
}

type Reader = (bytes: Uint8Array) => ExtractedText | Promise<ExtractedText>;

function makeImporter(format: SourceFormat, read: Reader | { load: () => Promise<Reader> }): Importer {
  return { format, extract: async (bytes) => (typeof read === 'function' ? read : await read.load())(bytes) };
}

const plainText: Reader = (bytes) => ({ text: decodeUtf8Text(bytes) });

export const IMPORTERS: Readonly<Record<SourceFormatId, Importer>> = {
  txt: makeImporter(SOURCE_FORMATS.txt, plainText),
  md: makeImporter(SOURCE_FORMATS.md, plainText),
  html: makeImporter(SOURCE_FORMATS.html, {
    load: async () => {
      const { readArticle } = await import('./readArticle.ts');
      return (bytes) => readArticle(decodeUtf8Text(bytes, 'an HTML page'));
    },
  }),
  docx: makeImporter(SOURCE_FORMATS.docx, docxToText),
  pdf: makeImporter(SOURCE_FORMATS.pdf, pdfToText),
};

/** The importer for a file name's extension, if Crosscheck reads that format. */
export function importerForFileName(fileName: string): Importer | undefined {
  const format = sourceFormatForFileName(fileName);
  return format ? IMPORTERS[format.id] : undefined;
}
