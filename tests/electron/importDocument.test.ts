import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importBytes, importDocument, ImportError } from '../../electron/importers/importDocument.ts';
import { MAX_IMPORT_BYTES } from '../../electron/shared/ipcContract.ts';
import { minimalDocx, minimalPdf } from '../fixtures/documentFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf8 = (s: string) => new TextEncoder().encode(s);
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected the import to fail');
}

describe('plain text and Markdown', () => {
  it('reads UTF-8, drops the BOM and normalizes newlines', async () => {
    const doc = await importBytes('wire.txt', utf8('\uFEFFThree killed in Izhevsk’s plant\r\n45 injured\r\n'));
    expect(doc).toEqual({ text: 'Three killed in Izhevsk’s plant\n45 injured', title: 'wire', fileName: 'wire.txt', fileType: 'txt', byteLength: 50 });
  });

  it('accepts a small pooled Node Buffer (not transferable as is) and leaves it intact', async () => {
    const bytes = Buffer.from('45 injured, six seriously');
    expect((await importBytes('pooled.txt', bytes)).text).toBe('45 injured, six seriously');
    expect(bytes.toString()).toBe('45 injured, six seriously');
  });

  it('reads Markdown as text', async () => {
    const doc = await importBytes('notes.md', utf8('# Notes\n\n- 530 drones'));
    expect(doc.fileType).toBe('md');
    expect(doc.text).toBe('# Notes\n\n- 530 drones');
  });

  it('refuses invalid UTF-8 with a clear message', async () => {
    expect(await failure(importBytes('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])))).toBe(
      'latin1.txt could not be read: it is not UTF-8 text (save it as UTF-8 and import it again).',
    );
  });

  it('refuses a binary file renamed to .txt', async () => {
    expect(await failure(importBytes('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a])))).toBe(
      'photo.txt could not be read: it looks like a binary file, not a text file.',
    );
  });

  it('refuses empty and whitespace-only files', async () => {
    expect(await failure(importBytes('empty.txt', new Uint8Array()))).toBe('empty.txt could not be read: the file is empty.');
    expect(await failure(importBytes('blank.txt', utf8(' \n\t\n')))).toBe('blank.txt could not be read: it contains no text.');
  });

  it('refuses unsupported file types by name', async () => {
    expect(await failure(importBytes('report.doc', utf8('x')))).toBe(
      'report.doc could not be read: Crosscheck reads .txt, .md, .html, .docx and .pdf files.',
    );
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html><head><title>Drone strike &amp; aftermath</title>
    <script>window.pwned = "45 killed"</script><style>p { color: red }</style>
    <meta http-equiv="refresh" content="0;url=https://example.com"></head>
    <body onload="alert(1)"><h1>Kupol plant hit</h1><p>Three <b>killed</b>,&nbsp;45&#160;injured.</p>
    <img src="https://tracker.example/pixel.gif" onerror="alert(2)">
    <ul><li>Target: Kupol</li><li>Casualties: 3</li></ul><noscript>Enable JS</noscript>
    <script type="module">import "https://evil.example/x.js"</script><template><p>hidden</p></template></body></html>`;

  it('keeps the visible text, a blank line between blocks (list items together), and takes the <title>', async () => {
    const doc = await importBytes('page.html', utf8(page));
    expect(doc.title).toBe('Drone strike & aftermath');
    expect(doc.text).toBe('Kupol plant hit\n\nThree killed, 45 injured.\n\n• Target: Kupol\n• Casualties: 3');
  });

  it('never carries script, style, handlers or hidden content into the text', async () => {
    const { text } = await importBytes('page.htm', utf8(page));
    for (const banned of ['pwned', 'color: red', 'alert', 'evil.example', 'Enable JS', 'hidden', 'tracker', '<']) {
      expect(text).not.toContain(banned);
    }
  });

  it('refuses HTML that is not UTF-8', async () => {
    expect(await failure(importBytes('old.html', new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c])))).toMatch(/not UTF-8 text/);
  });
});

describe('Word documents', () => {
  it('extracts the paragraphs of a real .docx', async () => {
    const bytes = await minimalDocx(['Three killed in drone attack', 'Six of the 45 injured are in serious condition.']);
    const doc = await importBytes('report.docx', bytes);
    expect(doc.fileType).toBe('docx');
    expect(doc.title).toBe('report');
    expect(doc.text).toBe('Three killed in drone attack\n\nSix of the 45 injured are in serious condition.');
  });

  it('refuses a truncated .docx', async () => {
    const bytes = await minimalDocx(['Three killed in drone attack']);
    expect(await failure(importBytes('report.docx', bytes.subarray(0, Math.floor(bytes.length / 2))))).toMatch(
      /^report\.docx could not be read: it is not a valid Word document/,
    );
  });

  it('refuses a file that is not a zip at all', async () => {
    expect(await failure(importBytes('report.docx', utf8('{\\rtf1 not word}')))).toBe(
      'report.docx could not be read: it is not a valid Word document (.docx).',
    );
  });
});

describe('PDF', () => {
  it('extracts text and the metadata title from a hand-written PDF', async () => {
    const doc = await importBytes('wire.pdf', minimalPdf(['Three people lost their lives (officials said).', 'About 1,300 kilometers away.'], 'Wire report'));
    expect(doc).toMatchObject({ fileType: 'pdf', title: 'Wire report' });
    expect(doc.text).toBe('Three people lost their lives (officials said).\nAbout 1,300 kilometers away.');
  });

  it('refuses a truncated PDF', async () => {
    const bytes = minimalPdf(['Three people lost their lives']);
    expect(await failure(importBytes('wire.pdf', bytes.subarray(0, 120)))).toMatch(/^wire\.pdf could not be read: (it is not a valid PDF|it contains no selectable text|its text could not)/);
  });

  it('refuses a PDF without a text layer', async () => {
    expect(await failure(importBytes('scan.pdf', minimalPdf([])))).toBe(
      'scan.pdf could not be read: it contains no selectable text (it may be a scanned image).',
    );
  });

  it('refuses a file that is not a PDF', async () => {
    expect(await failure(importBytes('fake.pdf', utf8('<html>not a pdf</html>')))).toBe('fake.pdf could not be read: it is not a PDF document.');
  });
});

describe('files on disk, limits', () => {
  it('imports a file by path', async () => {
    const path = join(dir, 'source.docx');
    writeFileSync(path, await minimalDocx(['From disk']));
    expect((await importDocument(path)).text).toBe('From disk');
  });

  it('checks the 50 MB cap before reading (sparse file, no bytes read)', async () => {
    const path = join(dir, 'huge.pdf');
    writeFileSync(path, '');
    truncateSync(path, MAX_IMPORT_BYTES + 1);
    expect(await failure(importDocument(path))).toBe('huge.pdf could not be read: it is larger than the 50 MB limit.');
  });

  it('applies a custom cap to bytes too', async () => {
    expect(await failure(importBytes('big.txt', utf8('x'.repeat(2048)), { maxBytes: 1024 }))).toBe('big.txt could not be read: it is larger than the 1 KB limit.');
  });

  it('reports a missing file', async () => {
    expect(await failure(importDocument(join(dir, 'nope.txt')))).toBe('nope.txt could not be read: the file was not found or cannot be opened.');
  });

  it('parses several files at once (queued one at a time) and keeps each result with its file', async () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const docs = await Promise.all(names.map((n) => importBytes(`${n}.txt`, utf8(`text of ${n}`))));
    expect(docs.map((d) => d.text)).toEqual(names.map((n) => `text of ${n}`));
  });

  it('stops a parse that runs past its time limit', async () => {
    expect(await failure(importBytes('slow.pdf', minimalPdf(['x']), { timeoutMs: 1 }))).toMatch(/took longer than/);
  });
});
