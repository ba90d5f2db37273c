// One record per importable format drives everything that lists formats: a format added to
// electron/shared/sourceFormats.ts reaches the file picker, the drop check, the parse worker, the
// CLI, the contract and the story package without a second list to forget.
import { describe, expect, it } from 'vitest';
import { IMPORTERS, importerForFileName } from '../../electron/importers/importerRegistry.ts';
import { packageSourceSchema } from '../../electron/services/storyPackageSchema.ts';
import { SOURCE_FILE_TYPES } from '../../electron/shared/ipcContract.ts';
import {
  readableFormatList, SOURCE_FORMAT_IDS, SOURCE_FORMAT_LIST, sourceFileAccept, sourceFormatForFileName,
} from '../../electron/shared/sourceFormats.ts';

describe('the source format registry', () => {
  it('gives the file picker (and so the native dialog) every extension of every format, and nothing else', () => {
    expect(sourceFileAccept().split(',')).toEqual(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx', '.pdf']);
    for (const ext of sourceFileAccept().split(',')) expect(sourceFormatForFileName(`file${ext.toUpperCase()}`)).toBeDefined();
    expect(sourceFormatForFileName('notes.doc')).toBeUndefined();
  });

  it('names the formats in messages from the same records', () => {
    expect(readableFormatList()).toBe('.txt, .md, .html, .docx and .pdf');
  });

  it('has an importer, a time limit and a description for every format', () => {
    expect(Object.keys(IMPORTERS).sort()).toEqual([...SOURCE_FORMAT_IDS].sort());
    for (const format of SOURCE_FORMAT_LIST) {
      expect(IMPORTERS[format.id].format).toBe(format);
      expect(format.parseTimeLimitMs).toBeGreaterThan(0);
      expect(format.description).not.toBe('');
      expect(importerForFileName(`a.${format.fileExtensions[0]}`)?.format.id).toBe(format.id);
    }
  });

  it('is the contract’s and the story package’s list of file types, with pasted text', () => {
    expect(SOURCE_FILE_TYPES).toEqual(['paste', ...SOURCE_FORMAT_IDS]);
    const source = { id: 's', title: 't', outlet: '', url: '', published: null, tags: [], fileName: null, text: 'x', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    for (const fileType of SOURCE_FILE_TYPES) expect(packageSourceSchema.safeParse({ ...source, fileType }).success).toBe(true);
    expect(packageSourceSchema.safeParse({ ...source, fileType: 'doc' }).success).toBe(false);
  });
});
