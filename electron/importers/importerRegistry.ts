// The importers, one per source format: the format's record (electron/shared/sourceFormats.ts,
// which the renderer reads too) joined to the function that reads its bytes. The parse worker
// looks the function up here; importDocument.ts takes the record's time limit and wording; the
// CLI reads files through the same records. A Record keyed by format id, so the compiler refuses
// a format without an importer.
//
// Each reader is loaded on first use: pdf.js, mammoth and the web-page stack (linkedom and
// Readability) are heavy, and a parse process only ever reads one file of one format.
import { SOURCE_FORMATS, sourceFormatForFileName } from '../shared/sourceFormats.ts';
import type { SourceFormat, SourceFormatId } from '../shared/sourceFormats.ts';
import type { ExtractedText } from './extractText.ts';

export interface Importer {
  readonly format: SourceFormat;
  /** Reads the file's bytes; throws ImportFailure with a reason fit for the user. */
  extract(bytes: Uint8Array): Promise<ExtractedText>;
}

function makeImporter(format: SourceFormat, load: () => Promise<(bytes: Uint8Array) => ExtractedText | Promise<ExtractedText>>): Importer {
  return { format, extract: async (bytes) => (await load())(bytes) };
}

const plainText = async () => {
  const { decodeUtf8Text } = await import('./extractText.ts');
  return (bytes: Uint8Array) => ({ text: decodeUtf8Text(bytes) });
};

export const IMPORTERS: Readonly<Record<SourceFormatId, Importer>> = {
  txt: makeImporter(SOURCE_FORMATS.txt, plainText),
  md: makeImporter(SOURCE_FORMATS.md, plainText),
  html: makeImporter(SOURCE_FORMATS.html, async () => {
    const [{ decodeUtf8Text }, { readArticle }] = await Promise.all([import('./extractText.ts'), import('./readArticle.ts')]);
    return (bytes) => readArticle(decodeUtf8Text(bytes, 'an HTML page'));
  }),
  docx: makeImporter(SOURCE_FORMATS.docx, async () => (await import('./extractText.ts')).docxToText),
  pdf: makeImporter(SOURCE_FORMATS.pdf, async () => (await import('./extractText.ts')).pdfToText),
};

/** The importer for a file name's extension, if Crosscheck reads that format. */
export function importerForFileName(fileName: string): Importer | undefined {
  const format = sourceFormatForFileName(fileName);
  return format ? IMPORTERS[format.id] : undefined;
}
