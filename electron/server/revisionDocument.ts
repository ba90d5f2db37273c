// A server revision's body is the story's Slate document (an array of top-level blocks), as the
// sync engine saves it. A review action (Submit, Send back, Approve) sends more: the whole story
// package (document, sources, claim decisions, comments) and the blocker counts, so the person
// who opens the story from the review queue has everything needed to review it. This is the one
// place that knows both shapes; the merge, the fast-forward and the review queue read through it.

/** The `format` of a revision body written by a review action. */
export const REVIEW_REVISION_FORMAT = 'crosscheck-newsroom-revision';

export interface ReviewRevisionBody {
  format: typeof REVIEW_REVISION_FORMAT;
  /** A story package (storyPackageSchema) whose story.document is the revision's document. */
  package: { story: { id: string; title: string; document: unknown[] } } & Record<string, unknown>;
  /** The checker's blockers when the action was taken (the review queue shows them). */
  summary: { blockers: number; blockedBy: string };
}

/** The document a revision body holds; null for a body in neither shape. */
export function revisionDocument(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body;
  const review = reviewRevisionBody(body);
  return review ? review.package.story.document : null;
}

/** The body as a review action wrote it; null for a plain document. */
export function reviewRevisionBody(body: unknown): ReviewRevisionBody | null {
  const b = body as Partial<ReviewRevisionBody> | null;
  if (!b || typeof b !== 'object' || b.format !== REVIEW_REVISION_FORMAT) return null;
  if (!Array.isArray(b.package?.story?.document) || typeof b.summary?.blockers !== 'number') return null;
  return b as ReviewRevisionBody;
}
