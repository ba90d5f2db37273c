// Hostile and damaged files for the importer tests, assembled byte by byte so every field that
// matters (a zip's declared sizes, a PDF's script actions) is exactly what the test says it is.
import { constants, crc32, createDeflate, deflateRawSync } from 'node:zlib';
import { pdfEscape, pdfFromObjects } from '../fixtures/documentFiles.ts';

export interface RawZipEntry {
  name: string;
  /** The bytes as stored (already deflated when `method` is 8). */
  stored: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** What the directory claims the entry unpacks to; a bomb tells the truth, a liar does not. */
  declaredSize: number;
}

/** A zip with local headers, data and a central directory, sizes exactly as given. */
export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.stored.length, 18);
    local.writeUInt32LE(entry.declaredSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.stored.length, 20);
    central.writeUInt32LE(entry.declaredSize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.stored));
    centrals.push(central, name);
    offset += local.length + name.length + entry.stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function deflated(name: string, data: Uint8Array, declaredSize = data.length): RawZipEntry {
  return { name, stored: deflateRawSync(data, { level: 9 }), method: 8, crc: crc32(data), declaredSize };
}

/** A .docx whose word/document.xml really unpacks to `unpackedMb` MB of zeros after a valid start,
 *  and whose directory either says so (`honest`) or claims it is tiny (a liar). */
export function docxBomb(unpackedMb: number, honest: boolean): Uint8Array {
  const xml = Buffer.alloc(unpackedMb * 1024 * 1024, 0x20); // spaces: legal XML whitespace, deflates ~1000:1
  Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>').copy(xml);
  const body = deflated('word/document.xml', xml, honest ? xml.length : 1200);
  return rawZip([deflated('[Content_Types].xml', Buffer.from(CONTENT_TYPES)), deflated('_rels/.rels', Buffer.from(RELS)), body]);
}

/** A zip whose directory lists more entries than any document has. */
export function docxWithManyEntries(count: number): Uint8Array {
  const empty = deflated('x', new Uint8Array());
  return rawZip(Array.from({ length: count }, (_, i) => ({ ...empty, name: `word/media/${i}.bin` })));
}

/** A one-page PDF whose catalog runs JavaScript on open and on page events (/OpenAction, /AA,
 *  a /Names JavaScript tree) and whose text layer says `line`. */
export function pdfWithJavaScript(line: string, script: string): Uint8Array {
  const content = `BT /F1 12 Tf 72 720 Td (${line}) Tj ET`;
  const js = pdfEscape(script);
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /AA << /WC 6 0 R >> /Names << /JavaScript << /Names [(boot) 6 0 R] >> >> >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /AA << /O 6 0 R >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Type /Action /S /JavaScript /JS (${js}) >>`,
  ];
  return pdfFromObjects(objects, { version: '1.7' });
}

/** A one-page PDF of about 1 MB per GiB whose content stream inflates to `inflatedGiB` GiB of NUL
 *  bytes (whitespace to a PDF reader, so it reads on to the end). The stream is deflated in 64 MB
 *  steps, so building it never holds more than one step in memory; run-length matching is as
 *  tight as level 9 on zeros and five times faster. */
export async function pdfBomb(inflatedGiB: number): Promise<Uint8Array> {
  const deflate = createDeflate({ level: 9, strategy: constants.Z_RLE });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const finished = new Promise((resolve, reject) => deflate.once('end', resolve).once('error', reject));
  const zeros = Buffer.alloc(64 * 1024 * 1024);
  for (let step = 0; step < inflatedGiB * 16; step++) {
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await finished;
  const stream = Buffer.concat(compressed);

  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const add = (...chunks: Buffer[]) => {
    for (const chunk of chunks) {
      parts.push(chunk);
      length += chunk.length;
    }
  };
  const object = (body: string | Buffer[]) => {
    offsets.push(length);
    add(Buffer.from(`${offsets.length} 0 obj\n`), ...(typeof body === 'string' ? [Buffer.from(body)] : body), Buffer.from('\nendobj\n'));
  };
  object('<< /Type /Catalog /Pages 2 0 R >>');
  object('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>');
  object([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]);
  object('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const xref = length;
  add(Buffer.from(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`));
  add(Buffer.from(`trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}
