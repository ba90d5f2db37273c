// First run: put the user's example source and draft in the library, linked, and open the draft,
// so a new user sees a real story being checked at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrosscheckStore } from './crosscheckStore.ts';
import { draftTextToDocument } from './draftTextToDocument.ts';

const SEEDED_KEY = 'samplesSeeded';

export const SAMPLE_SOURCE = {
  file: 'source-wire-report.txt',
  title: 'Three killed in drone attack on military factory in Izhevsk',
  outlet: 'Wire',
} as const;

export const SAMPLE_DRAFT = {
  file: 'draft-blog-story.txt',
  title: 'Three killed in Ukrainian drone attack on central Russia',
  options: {
    // Blog page chrome around the story: category label, teaser links to other articles, the
    // and the comment form (a repeated headline is dropped by the converter).
    dropLines: [
      'Posted in',
      'Trump threatens Japan with tariffs up to 35% as deadline looms',
      'Israel orders evacuations in northern Gaza as Trump pushes for ceasefire',
    ],
    stopAtLines: ['Leave a Reply'],
    factBoxHeadings: ['What We Know So Far'],
  },
} as const;

/** Seeds once per library (a flag in app_state), even if the user later deletes the samples. */
export function seedSamples(store: CrosscheckStore, samplesDir: string): { seeded: boolean; storyId?: string } {
  if (store.getStateValue(SEEDED_KEY) === true) return { seeded: false };
  const sourceText = readFileSync(join(samplesDir, SAMPLE_SOURCE.file), 'utf8');
  const draftText = readFileSync(join(samplesDir, SAMPLE_DRAFT.file), 'utf8');

  return store.db.transaction(() => {
    const story = store.createStory({ title: SAMPLE_DRAFT.title, document: draftTextToDocument(draftText, SAMPLE_DRAFT.options) });
    store.createSource(
      { text: sourceText, title: SAMPLE_SOURCE.title, outlet: SAMPLE_SOURCE.outlet, fileName: SAMPLE_SOURCE.file, fileType: 'txt' },
      story.id,
    );
    store.setLastOpenedStory(story.id);
    store.setStateValue(SEEDED_KEY, true);
    return { seeded: true, storyId: story.id };
  });
}
