// The story the crash harness saves: revision n always has exactly the same content, so after a
// kill the harness can tell from the revision number alone what the stored document must be.
import { createHash } from 'node:crypto';
import type { StoryDocument } from '../../../electron/shared/ipcContract.ts';

export const SAVE_MODES = ['safe', 'unsafe-journal-off', 'unsafe-journal-memory', 'unsafe-journal-off-large', 'non-atomic'] as const;
export type SaveMode = (typeof SAVE_MODES)[number];

/** Size multiplier for a mode's documents: the `-large` mode saves about 2 MB at a time, so a
 *  commit is hundreds of page writes and a kill can land between two of them. */
export const documentScale = (mode: SaveMode): number => (mode.endsWith('-large') ? 40 : 1);

/** Several pages of text per save (SQLite pages are 4 KB), so a save is many page writes. */
export function documentForRevision(revision: number, scale = 1): StoryDocument {
  let state = (revision * 2_654_435_761) >>> 0 || 1;
  const letters = 'etaoin shrdlucmfwypvbgkqjxz  ';
  const filler = (length: number) => {
    let text = '';
    for (let i = 0; i < length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      text += letters[state % letters.length];
    }
    return text;
  };
  const paragraphs = 6 + (revision % 7);
  return [
    { type: 'headline', id: 'headline', children: [{ text: 'Crash-safety story' }] },
    ...Array.from({ length: paragraphs }, (_, i) => ({
      type: 'paragraph' as const,
      id: `p${i}`,
      children: [{ text: `Revision ${revision}, paragraph ${i}: ${filler((1500 + ((revision * 31 + i * 17) % 3500)) * scale)}` }],
    })),
  ];
}

/** What the store keeps is JSON.stringify(document); this hashes exactly that. */
export function hashDocumentJson(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export function expectedHash(revision: number, scale = 1): string {
  return hashDocumentJson(JSON.stringify(documentForRevision(revision, scale)));
}
