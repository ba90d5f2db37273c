import { useSyncExternalStore } from 'react';
import { countClaims } from '../claims/ClaimsPanel.tsx';
import type { LiveChecking } from './useLiveChecking.ts';
import { VERDICT_ORDER } from './ClaimStore.ts';
import { VERDICTS } from './verdicts.ts';

export const FLAG_SUMMARY_ID = 'flag-summary';

/**
 * What the flags say, in words, for the editor's aria-describedby: highlights are paint only and
 * screen readers never see them. The figures themselves are reached with F8 (the evidence card is
 * a labelled dialog) or in the Claims panel's list.
 */
export function FlagSummary({ checking }: { checking: LiveChecking }) {
  useSyncExternalStore(checking.store.subscribe, checking.store.getVersion);
  const counts = countClaims(checking.placedFlags(), (p) => checking.store.isHidden(p.flag));
  const toReview = VERDICT_ORDER.filter((v) => VERDICTS[v].needsReview && counts[v] > 0);
  const text =
    toReview.length === 0
      ? 'Live checking: no figures flagged.'
      : `Live checking flagged ${toReview.map((v) => `${counts[v]} ${VERDICTS[v].label.toLowerCase()}`).join(', ')} ${toReview.length === 1 && counts[toReview[0]!] === 1 ? 'figure' : 'figures'}. Press F8 to review them; the Claims panel lists every claim.`;
  return (
    // The counts as data too: only flags near the screen are drawn, so the benchmark reads the totals here.
    <span id={FLAG_SUMMARY_ID} hidden {...Object.fromEntries(VERDICT_ORDER.map((v) => [`data-${v}`, counts[v]]))}>
      {text}
    </span>
  );
}
