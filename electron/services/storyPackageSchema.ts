// The `.crosscheck` story package, format version 1: one JSON file holding a story, the text and
// metadata of its sources, its review decisions and comments. Everything is validated before a
// single row is written; a newer version is refused with a sentence, never half-read.
import { z } from 'zod';
import { claimReviewSchema, hiddenClaimsSchema, storyCommentSchema } from '../shared/reviewContract.ts';
import { httpUrl, MAX_SOURCE_TEXT_CHARS, SOURCE_FILE_TYPES, storyDocumentSchema } from '../shared/ipcContract.ts';

export const PACKAGE_FORMAT = 'crosscheck-story';
export const PACKAGE_VERSION = 1;

const id = z.string().min(1).max(64);
const isoTime = z.string().max(40).refine((t) => !Number.isNaN(Date.parse(t)), 'not a date and time');

export const packageSourceSchema = z.object({
  id,
  title: z.string().max(500),
  outlet: z.string().max(500),
  /** Optional within version 1: packages from before bylines were kept have none. */
  byline: z.string().max(500).optional(),
  url: httpUrl,
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  tags: z.array(z.string().max(60)).max(50),
  fileName: z.string().max(255).nullable(),
  fileType: z.enum(SOURCE_FILE_TYPES),
  text: z.string().min(1).max(MAX_SOURCE_TEXT_CHARS),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type PackageSource = z.infer<typeof packageSourceSchema>;

export const storyPackageSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(PACKAGE_VERSION),
  exportedAt: isoTime,
  story: z.object({
    id,
    title: z.string().min(1).max(500),
    revision: z.number().int().min(1),
    createdAt: isoTime,
    updatedAt: isoTime,
    /** Optional within version 1: the story's publication date, when one was set. */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
    document: storyDocumentSchema,
  }),
  sources: z.array(packageSourceSchema).max(1000),
  reviews: z.array(claimReviewSchema).max(100_000),
  comments: z.array(storyCommentSchema).max(100_000),
  /** Optional within version 1: packages from before it simply have none. */
  hiddenClaims: hiddenClaimsSchema.optional(),
});
export type StoryPackage = z.infer<typeof storyPackageSchema>;
