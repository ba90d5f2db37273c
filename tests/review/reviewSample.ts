// The sample story and its wire source, loaded the way the app seeds them, plus helpers to check
// a story with the real engine and to make review decisions in tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorFor, createDraftChecker, createSourceIndex, storyBlocks } from '../../core/index.ts';
import type { Claim, ClaimReview, ReviewState, TextBlock } from '../../core/index.ts';
import type { StoryDocument } from '../../electron/shared/ipcContract.ts';
import { draftTextToDocument } from '../../electron/store/draftTextToDocument.ts';
import { SAMPLE_DRAFT } from '../../electron/store/seedSamples.ts';

export const SAMPLES_DIR = join(import.meta.dirname, '../../assets/samples');
export const SAMPLE_SOURCE_TEXT = readFileSync(join(SAMPLES_DIR, 'source-wire-report.txt'), 'utf8');

export function sampleDocument(): StoryDocument {
  return draftTextToDocument(readFileSync(join(SAMPLES_DIR, 'draft-blog-story.txt'), 'utf8'), SAMPLE_DRAFT.options);
}

export function checkStory(document: StoryDocument): { blocks: TextBlock[]; claims: Map<string, Claim[]> } {
  const blocks = storyBlocks(document);
  const checker = createDraftChecker(createSourceIndex([{ id: 'wire', text: SAMPLE_SOURCE_TEXT }]));
  return { blocks, claims: checker.checkBlocks(blocks) };
}

let counter = 0;
/** One decision on the span `text` (the nth occurrence) of a block, as the editor would take it. */
export function decide(block: TextBlock, text: string, state: ReviewState, nth = 0, previous?: ClaimReview): ClaimReview {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = block.text.indexOf(text, at + 1);
  if (at === -1) throw new Error(`"${text}" is not in block ${block.id}`);
  counter++;
  return {
    id: previous?.id ?? `review-${counter}`,
    decisions: [
      ...(previous?.decisions ?? []),
      {
        id: `decision-${counter}`,
        anchor: anchorFor(block.id, block.text, at, at + text.length),
        state,
        verdict: null,
        reasons: [],
        reasonText: '',
        note: '',
        reviewer: 'Test Editor',
        at: new Date(Date.UTC(2026, 10, 22, 0, counter)).toISOString(),
      },
    ],
  };
}
