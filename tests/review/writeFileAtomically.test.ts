import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../electron/services/writeFileAtomically.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing an export or package whole', () => {
  it('replaces an existing file with the complete new content and leaves no temp file', async () => {
    const target = join(dir, 'Story.crosscheck');
    writeFileSync(target, 'old');
    await writeFileAtomically(target, '{"format":"crosscheck-story"}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"format":"crosscheck-story"}\n');
    expect(readdirSync(dir)).toEqual(['Story.crosscheck']);
  });

  it('fails cleanly: a missing folder, or a folder in the way, leaves nothing behind', async () => {
    await expect(writeFileAtomically(join(dir, 'missing-folder', 'Story.crosscheck'), 'new')).rejects.toThrow();
    writeFileSync(join(dir, 'Story.html'), 'kept');
    // The rename onto a non-empty folder fails after the temp file was written; it is removed.
    mkdirSync(join(dir, 'blocked', 'inner'), { recursive: true });
    await expect(writeFileAtomically(join(dir, 'blocked'), 'new')).rejects.toThrow();
    expect(readFileSync(join(dir, 'Story.html'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['Story.html', 'blocked']);
  });
});
