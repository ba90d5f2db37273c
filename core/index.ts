// Public API of the claim engine. Everything outside core/ imports from here only.
export type {
  MentionKind, Qualifier, DateValue, Mention, Verdict, Evidence, Claim, NearMiss, SupportBasis,
  SourceDocument, Citation, FactBoxBullet, CheckOptions,
} from './types.ts';
export { splitSentences } from './text/splitSentences.ts';
export type { SentenceSpan } from './text/splitSentences.ts';
export { numberToWords, parseNumberWords, parseDigits } from './values/numberWords.ts';
export { convertUnit } from './values/units.ts';
export { suggestFactBox } from './factbox/suggestFactBox.ts';
export { findMentions } from './mentions/findMentions.ts';
export { createSourceIndex } from './check/sourceIndex.ts';
export type { SourceIndex } from './check/sourceIndex.ts';
export { checkDraft, createDraftChecker } from './check/checkDraft.ts';
export type { DraftChecker, DraftBlock } from './check/checkDraft.ts';
export * from './review/index.ts';
export { mergeBlocks } from './merge/mergeBlocks.ts';
export { canonicalJson } from './merge/canonicalJson.ts';
export { applyMergeChoices } from './merge/applyMergeChoices.ts';
export type { MergeChoice } from './merge/applyMergeChoices.ts';
export type { BlockMerge, MergeBlock, MergeConflict, MergeConflictKind } from './merge/mergeBlocks.ts';
