// Handlers for the review, comment, package and export channels (reviewContract.ts). Joined into
// the main handler table by createHandlers, so they run behind the same validation on both the
// Electron IPC path and the preview host.
import type { REVIEW_CHANNELS } from '../shared/reviewContract.ts';
import { MAX_PACKAGE_CHARS, PACKAGE_EXTENSION } from '../shared/reviewContract.ts';
import type { ExportFormat, ExportedFile } from '../shared/reviewContract.ts';
import { StoreError } from '../store/crosscheckStore.ts';
import type { CrosscheckStore } from '../store/crosscheckStore.ts';
import { ReviewStore } from '../store/reviewStore.ts';
import type { Handlers } from './handlerTable.ts';
import { storyToHtmlFragment, storyToHtmlPage, storyToMarkdown, storyToPlainText } from './exportStory.ts';
import { loadReviewReportInput, renderReviewReport } from './reviewReport.ts';
import { reviewStatus } from './reviewStatus.ts';
import { ClaimChecks } from './claimChecks.ts';
import { buildStoryPackage, fileNameFor, importStoryPackage, PackageError, serializeStoryPackage } from './storyPackage.ts';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native file dialogs, present only in the desktop app. */
export interface FileDialogs {
  /** Asks where to save and writes the file whole (never half-written); saved false on cancel. */
  saveFile?: (request: { suggestedName: string; filters: FileFilter[]; content: string }) => Promise<{ saved: boolean; fileName: string }>;
  /** Asks for a .crosscheck file and reads it as text, refusing files over `maxChars`. */
  openPackageFile?: (maxChars: number) => Promise<{ cancelled: true } | { cancelled: false; fileName: string; text: string }>;
}

type ReviewHandlers = Pick<Handlers, keyof typeof REVIEW_CHANNELS>;

const FORMATS: Record<ExportFormat, { extension: string; mimeType: string; filter: string }> = {
  package: { extension: PACKAGE_EXTENSION, mimeType: 'application/json', filter: 'Crosscheck story package' },
  html: { extension: 'html', mimeType: 'text/html', filter: 'Web page' },
  'html-fragment': { extension: 'html', mimeType: 'text/html', filter: 'Web page' },
  markdown: { extension: 'md', mimeType: 'text/markdown', filter: 'Markdown' },
  text: { extension: 'txt', mimeType: 'text/plain', filter: 'Plain text' },
  'review-report': { extension: 'html', mimeType: 'text/html', filter: 'Web page' },
};

export function createReviewHandlers(store: CrosscheckStore, dialogs: FileDialogs): ReviewHandlers {
  const reviews = new ReviewStore(store.db);
  const checks = new ClaimChecks();
  const reviewer = () => store.getPreferences().reviewerName.trim();

  const render = async (storyId: string, format: ExportFormat, hiddenClaims: readonly string[] = []): Promise<{ fileName: string; content: string }> => {
    const story = store.getStory(storyId);
    switch (format) {
      case 'package':
        return { fileName: fileNameFor(story.title, PACKAGE_EXTENSION), content: serializeStoryPackage(buildStoryPackage(store, storyId, hiddenClaims)) };
      case 'html':
        return { fileName: fileNameFor(story.title, 'html'), content: storyToHtmlPage(story.title, story.document) };
      case 'html-fragment':
        return { fileName: fileNameFor(story.title, 'html'), content: storyToHtmlFragment(story.document) };
      case 'markdown':
        return { fileName: fileNameFor(story.title, 'md'), content: storyToMarkdown(story.document) };
      case 'text':
        // The clipboard's companion to the HTML fragment below.
        return { fileName: fileNameFor(story.title, 'txt'), content: storyToPlainText(story.document) };
      case 'review-report':
        return { fileName: fileNameFor(`${story.title} — review report`, 'html'), content: renderReviewReport(await loadReviewReportInput(store, storyId, checks)).html };
    }
  };

  return {
    getReviewStatus: ({ storyId }) => reviewStatus(store, storyId, checks),
    getStoryReview: ({ storyId }) => ({ storyId, reviews: reviews.listReviews(storyId), comments: reviews.listComments(storyId) }),
    recordDecision: ({ storyId, reviewId, ...decision }) => reviews.recordDecision(storyId, { ...decision, reviewId, reviewer: reviewer() }),
    addComment: ({ storyId, anchor, body }) => reviews.addComment(storyId, { anchor, body, author: reviewer() }),
    replyToComment: ({ storyId, commentId, body }) => reviews.reply(storyId, commentId, { body, author: reviewer() }),
    resolveComment: ({ storyId, commentId, resolved }) => reviews.setResolved(storyId, commentId, resolved, reviewer()),

    exportStoryFile: async ({ storyId, format, deliver, hiddenClaims }): Promise<ExportedFile> => {
      const { fileName, content } = await render(storyId, format, hiddenClaims);
      const { mimeType, extension, filter } = FORMATS[format];
      if (deliver === 'inline') return { saved: false, fileName, content, mimeType };
      if (!dialogs.saveFile) throw new StoreError('unsupported', 'Saving files with a dialog works in the desktop app; the browser preview downloads them instead.');
      const result = await dialogs.saveFile({ suggestedName: fileName, filters: [{ name: filter, extensions: [extension] }], content });
      return { saved: result.saved, fileName: result.fileName };
    },

    openPackageFile: async () => {
      if (!dialogs.openPackageFile) throw new StoreError('unsupported', 'Opening a package with a dialog works in the desktop app; the browser preview uploads it instead.');
      const result = await dialogs.openPackageFile(MAX_PACKAGE_CHARS);
      return result.cancelled ? { cancelled: true as const } : { cancelled: false as const, fileName: result.fileName, packageText: result.text };
    },

    importStoryPackage: ({ packageText, onExisting }) => {
      try {
        return importStoryPackage(store, packageText, { onExisting });
      } catch (error) {
        if (error instanceof PackageError) throw new StoreError('import-failed', error.message);
        throw error;
      }
    },
  };
}
