// Messages between the editor and the claim-checker worker. Plain data only: they cross a
// structured-clone boundary, so no functions, classes or Slate nodes.
import type { Claim, FactBoxBullet, SourceDocument } from '../../../core/index.ts';

export interface BlockText {
  readonly id: string;
  readonly text: string;
}

export type ToChecker =
  /** The story's sources changed (attached, edited, removed): rebuild the index, re-check everything. */
  | { readonly type: 'sources'; readonly sources: readonly SourceDocument[]; readonly published?: string }
  /** Blocks whose text changed since the last message, and blocks that no longer exist. */
  | { readonly type: 'blocks'; readonly changed: readonly BlockText[]; readonly removed: readonly string[] };

export interface BlockClaims {
  readonly id: string;
  /** The block text the claims were computed for; offsets index it. */
  readonly text: string;
  readonly claims: readonly Claim[];
}

export type FromChecker =
  | { readonly type: 'claims'; readonly blocks: readonly BlockClaims[]; readonly removed: readonly string[]; readonly ms: number }
  | { readonly type: 'fact-box'; readonly bullets: readonly FactBoxBullet[] }
  | { readonly type: 'failed'; readonly message: string };
