// Public API of the claim engine. Everything outside core/ imports from here only.
export type {
  MentionKind, Qualifier, DateValue, Mention, Verdict, Evidence, Claim,
  SourceDocument, Citation, FactBoxBullet, CheckOptions,
} from './types.ts';
