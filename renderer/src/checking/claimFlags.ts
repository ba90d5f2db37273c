// The flag shapes the claim store holds and the editor's decorations read. Their own module so
// the store, the span builder (liveSpans) and the Slate custom types can share them without
// importing one another.
import type { Claim } from '../../../core/index.ts';

export interface ClaimFlag {
  /** Unique among the current flags; changes whenever the block is re-analysed. */
  readonly key: string;
  readonly blockId: string;
  readonly claim: Claim;
  /** What "Not a claim" records: the block and the figure's wording, so small edits elsewhere keep it hidden. */
  readonly hideKey: string;
}

export interface BlockFlags {
  readonly id: string;
  /** The block text the verdicts were computed for. */
  readonly text: string;
  readonly flags: readonly ClaimFlag[];
}
