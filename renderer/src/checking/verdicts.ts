// One record per verdict drives how the renderer treats it: its label, whether F8 stops at it and
// which highlight draws it. A new verdict (as "disputed" was) is one entry here, and
// the compiler asks for it, since the record is keyed by every Verdict.
import type { Claim, Verdict } from '../../../core/index.ts';

export interface VerdictView {
  readonly label: string;
  /** The writer has to look at it: F8 stops here and the Claims badge counts it. */
  readonly needsReview: boolean;
  /** The CSS custom highlight that draws it (styled as ::highlight(name) in checking.css). */
  readonly highlight: string;
  /** Where overlapping flags meet, the higher priority is painted on top. */
  readonly priority: number;
}

export const VERDICTS: Record<Verdict, VerdictView> = {
  contradicted: { label: 'Contradicted', needsReview: true, highlight: 'crosscheck-flag-contradicted', priority: 3 },
  // Sources disagree: as urgent as a contradiction for the writer, but the draft may be right.
  disputed: { label: 'Disputed', needsReview: true, highlight: 'crosscheck-flag-disputed', priority: 2.5 },
  unsupported: { label: 'Unsupported', needsReview: true, highlight: 'crosscheck-flag-unsupported', priority: 2 },
  supported: { label: 'Supported', needsReview: false, highlight: 'crosscheck-flag-supported', priority: 1 },
};

/**
 * A supported figure that no source states as such, worked out from the sources' figures or the
 * draft's own (Claim.basis): drawn apart from stated support, since its working is what to check.
 */
export const DERIVED_HIGHLIGHT = 'crosscheck-flag-derived';

/** The highlight a claim's verdict is drawn in. */
export function highlightOf(claim: Pick<Claim, 'verdict' | 'basis'>): string {
  return claim.verdict === 'supported' && claim.basis ? DERIVED_HIGHLIGHT : VERDICTS[claim.verdict].highlight;
}

/** What the card says of how a supported figure is supported, when no source states it. */
export const BASIS_NOTES: Readonly<Record<NonNullable<Claim['basis']>, { label: string; note: string }>> = {
  derived: { label: 'Supported, worked out', note: 'No source states this figure as such: it is worked out from the sources’ figures above. Check the working before publishing.' },
  draft: { label: 'Supported by the draft’s own figures', note: 'No source states this figure: it follows from other figures in the draft, each checked against the sources on its own. Check the working before publishing.' },
};

/** A flag the reviewer dismissed: still listed, no longer drawn as a problem. */
export const DISMISSED_HIGHLIGHT = 'crosscheck-flag-dismissed';
/** The flag the evidence card is open on, drawn like a selection while focus is in the card. */
export const CURRENT_FLAG_HIGHLIGHT = 'crosscheck-flag-current';
