// Channels and schemas for editor review and handoff: review decisions, comments, story packages
// and publication outputs. Spread into CHANNELS by ipcContract.ts; kept apart so the review
// feature reads as one piece. Imports nothing from ipcContract.ts (that module imports this one).
import { z } from 'zod';
// The review vocabulary comes from its data-shape module, not core/index.ts: this contract is
// bundled into the preload, which must not carry the claim engine.
import { DISMISS_REASONS, REVIEW_STATES } from '../../core/review/reviewTypes.ts';
import type { ClaimReview, ReviewDecision, StoryComment, TextAnchor } from '../../core/review/reviewTypes.ts';

const id = z.string().min(1).max(64);
const isoTime = z.string().max(40);

/** Largest story package accepted, in characters of JSON (about 40 MB). */
export const MAX_PACKAGE_CHARS = 40_000_000;
export const PACKAGE_EXTENSION = 'crosscheck';
/** Flags the writer marked "Not a claim" (block id | figure), carried so flags look the same on the other machine. */
export const hiddenClaimsSchema = z.array(z.string().max(4200)).max(10_000);

export const textAnchorSchema: z.ZodType<TextAnchor> = z.object({
  blockId: id,
  text: z.string().min(1).max(2000),
  before: z.string().max(400),
  after: z.string().max(400),
  start: z.number().int().min(0),
});

export const reviewStateSchema = z.enum(REVIEW_STATES);
export const dismissReasonSchema = z.enum(DISMISS_REASONS);
export const verdictSchema = z.enum(['supported', 'contradicted', 'unsupported', 'disputed']);

export const reviewDecisionSchema: z.ZodType<ReviewDecision> = z.object({
  id,
  anchor: textAnchorSchema,
  state: reviewStateSchema,
  verdict: verdictSchema.nullable(),
  reasons: z.array(dismissReasonSchema).max(DISMISS_REASONS.length),
  reasonText: z.string().max(2000),
  note: z.string().max(5000),
  reviewer: z.string().max(120),
  at: isoTime,
});
export const claimReviewSchema: z.ZodType<ClaimReview> = z.object({
  id,
  decisions: z.array(reviewDecisionSchema).min(1).max(1000),
});

export const commentReplySchema = z.object({ id, body: z.string().min(1).max(10_000), author: z.string().max(120), at: isoTime });
export const storyCommentSchema: z.ZodType<StoryComment> = z.object({
  id,
  anchor: textAnchorSchema,
  body: z.string().min(1).max(10_000),
  author: z.string().max(120),
  at: isoTime,
  replies: z.array(commentReplySchema).max(1000),
  resolved: z.boolean(),
  resolvedBy: z.string().max(120).nullable(),
  resolvedAt: isoTime.nullable(),
});

const storyReviewSchema = z.object({
  storyId: id,
  reviews: z.array(claimReviewSchema),
  comments: z.array(storyCommentSchema),
});
export type StoryReview = z.infer<typeof storyReviewSchema>;

// disputed appears only when a claim has it (it needs two sources that disagree).
const verdictCounts = z.object({ contradicted: z.number().int(), unsupported: z.number().int(), disputed: z.number().int().optional(), supported: z.number().int() });
const stateCounts = z.object({ open: z.number().int(), verified: z.number().int(), 'needs-change': z.number().int(), dismissed: z.number().int() });

/** One claim of the stored story as the review sees it: verdict, evidence, state in force. */
export const reviewClaimSchema = z.object({
  blockId: id,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  verdict: verdictSchema,
  explanation: z.string(),
  evidence: z.array(z.object({
    sourceId: id,
    sourceTitle: z.string(),
    quote: z.string(),
    start: z.number().int(),
    valueStart: z.number().int().optional(),
    valueEnd: z.number().int().optional(),
  })),
  state: reviewStateSchema,
  changed: z.boolean(),
  /** Marked "Not a claim" in the story: closed for the gate, whatever its state. */
  notAClaim: z.boolean(),
  /** Where a new decision on this claim anchors. */
  anchor: textAnchorSchema,
  reviewId: id.nullable(),
  decision: reviewDecisionSchema.nullable(),
  /** Every decision on the claim, oldest first. */
  history: z.array(reviewDecisionSchema),
  /** On a story shared through the newsroom server: the people whose latest decisions on this
   *  claim differ, each with that decision, until someone decides it again. */
  dispute: z.array(z.object({ by: z.string(), state: reviewStateSchema, at: isoTime })).optional(),
});
export type ReviewClaim = z.infer<typeof reviewClaimSchema>;

export const reviewStatusSchema = z.object({
  storyId: id,
  revision: z.number().int(),
  claims: z.array(reviewClaimSchema),
  summary: z.object({
    verdicts: verdictCounts,
    /** Per review state, without the "Not a claim" figures (counted in notAClaim). */
    states: stateCounts,
    changed: z.number().int(),
    notAClaim: z.number().int(),
    openComments: z.number().int(),
    ready: z.boolean(),
    /** One sentence per blocker: claims in story order, then unresolved comments. */
    blockers: z.array(z.string()),
    /** The blockers counted by kind: "3 contradicted, 2 unsupported, 1 open comment"; '' when ready. */
    blockedBy: z.string(),
  }),
  /** Reviews whose claim is no longer in the story. */
  orphans: z.array(claimReviewSchema),
  comments: z.array(storyCommentSchema.and(z.object({ located: z.object({ blockId: id, start: z.number().int(), end: z.number().int() }).nullable() }))),
});
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

const commentBody = z.string().trim().min(1, 'Write something first').max(10_000);

/** 'html-fragment' and 'text' are the clipboard's two flavours of the story. */
export const EXPORT_FORMATS = ['package', 'html', 'html-fragment', 'markdown', 'text', 'review-report'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportedFileSchema = z.object({
  /** False when the user cancelled the save dialog. */
  saved: z.boolean(),
  fileName: z.string(),
  /** With deliver 'inline': the file's content for the renderer to download or copy. */
  content: z.string().optional(),
  mimeType: z.string().optional(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

export const packageImportResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    storyId: id,
    title: z.string(),
    /** With "replace": the local copy, kept as a deleted story that restoreStory brings back. */
    replacedCopyId: id.nullable(),
    hiddenClaims: hiddenClaimsSchema,
    sourcesAdded: z.number().int(),
    sourcesReused: z.number().int(),
  }),
  z.object({
    /** A story with this id is already in the library: ask "keep both" or "replace". */
    status: z.literal('exists'),
    storyId: id,
    localTitle: z.string(),
    localUpdatedAt: isoTime,
    incomingTitle: z.string(),
    incomingUpdatedAt: isoTime,
    /** What the package brings, to help choose: decisions, comments and who reviewed. */
    incomingDecisions: z.number().int(),
    incomingComments: z.number().int(),
    incomingReviewers: z.array(z.string()),
    localDecisions: z.number().int(),
  }),
]);
export type PackageImportResult = z.infer<typeof packageImportResultSchema>;

export const REVIEW_CHANNELS = {
  /** Every review (with full decision history) and comment stored with a story. */
  getStoryReview: { channel: 'review.get', request: z.object({ storyId: id }), result: storyReviewSchema },
  /** The stored story checked against its sources, joined with its reviews and comments: what
   *  the Review panel, the summary bar and the gate show. */
  getReviewStatus: { channel: 'review.status', request: z.object({ storyId: id }), result: reviewStatusSchema },
  /** Appends a decision; the reviewer is the name in preferences. Without reviewId a new review starts. */
  recordDecision: {
    channel: 'review.decide',
    request: z.object({
      storyId: id,
      reviewId: id.optional(),
      anchor: textAnchorSchema,
      state: reviewStateSchema,
      verdict: verdictSchema.nullable(),
      reasons: z.array(dismissReasonSchema).max(DISMISS_REASONS.length).default([]),
      reasonText: z.string().trim().max(2000).default(''),
      note: z.string().trim().max(5000).default(''),
    }),
    result: claimReviewSchema,
  },
  addComment: { channel: 'comments.add', request: z.object({ storyId: id, anchor: textAnchorSchema, body: commentBody }), result: storyCommentSchema },
  replyToComment: { channel: 'comments.reply', request: z.object({ storyId: id, commentId: id, body: commentBody }), result: storyCommentSchema },
  resolveComment: {
    channel: 'comments.resolve',
    request: z.object({ storyId: id, commentId: id, resolved: z.boolean() }),
    result: storyCommentSchema,
  },
  /** Builds a file from the stored story. deliver 'dialog' (desktop) asks where to save it;
   *  'inline' returns the content (the browser preview downloads it, "copy" puts it on the clipboard). */
  exportStoryFile: {
    channel: 'stories.exportFile',
    request: z.object({
      storyId: id,
      format: z.enum(EXPORT_FORMATS),
      deliver: z.enum(['dialog', 'inline']),
      /** Packages only: the story's "Not a claim" flags, which live in the window's storage. */
      hiddenClaims: hiddenClaimsSchema.optional(),
    }),
    result: exportedFileSchema,
  },
  /** Desktop: the open dialog for a .crosscheck package; the preview host answers `unsupported`. */
  openPackageFile: {
    channel: 'packages.openFile',
    request: z.object({}),
    result: z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), fileName: z.string(), packageText: z.string() }),
    ]),
  },
  /** Validates the whole package before storing anything; one transaction. */
  importStoryPackage: {
    channel: 'packages.import',
    request: z.object({
      // Twice the limit: the service refuses anything over it with its own sentence.
      packageText: z.string().max(MAX_PACKAGE_CHARS * 2, 'This package is larger than the 40 MB limit, so it was not opened.'),
      onExisting: z.enum(['ask', 'keep-both', 'replace']).default('ask'),
    }),
    result: packageImportResultSchema,
  },
} as const;
