// One claim checker per recently reviewed story, kept while the story's sources stay the same.
// Building a source index is the expensive part (up to seconds for hundreds of sources), and the
// checker's own cache means a save re-analyses only the paragraphs that changed.
import { createDraftChecker, createSourceIndex } from '../../core/index.ts';
import type { DraftChecker, SourceDocument } from '../../core/index.ts';
import type { SourceSummary } from '../shared/ipcContract.ts';
import type { CrosscheckStore } from '../store/crosscheckStore.ts';

export class StoryCheckers {
  private readonly entries = new Map<string, { key: string; checker: DraftChecker }>();
  private readonly limit: number;

  constructor(limit = 4) {
    this.limit = limit;
  }

  checker(store: CrosscheckStore, storyId: string, sources: readonly SourceSummary[]): DraftChecker {
    // Source text never changes after import; metadata edits (the published date anchors
    // relative dates) bump updatedAt.
    const key = sources.map((s) => `${s.id}:${s.updatedAt}:${s.charCount}`).join('|');
    const hit = this.entries.get(storyId);
    if (hit && hit.key === key) {
      this.entries.delete(storyId);
      this.entries.set(storyId, hit);
      return hit.checker;
    }
    const documents: SourceDocument[] = sources.map((summary) => {
      const s = store.getSource(summary.id);
      return { id: s.id, text: s.text, title: s.title, ...(s.published ? { published: s.published } : {}) };
    });
    const checker = createDraftChecker(createSourceIndex(documents));
    this.entries.delete(storyId);
    this.entries.set(storyId, { key, checker });
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return checker;
  }
}
