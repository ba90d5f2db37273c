import { useState, useSyncExternalStore } from 'react';
import type { Verdict } from '../../../core/index.ts';
import { VERDICT_ORDER } from '../checking/ClaimStore.ts';
import { VERDICTS } from '../checking/verdicts.ts';
import type { LiveChecking, PlacedFlag } from '../checking/useLiveChecking.ts';
import { ClaimReviewState } from '../review/ClaimReviewActions.tsx';
import { VerdictIcon } from './VerdictIcon.tsx';

type Filter = Verdict | 'all';

const CONTEXT_CHARS = 48;

export type ClaimCounts = Record<Verdict, number>;

export function countClaims(placed: readonly PlacedFlag[], isHidden: (p: PlacedFlag) => boolean): ClaimCounts {
  const counts = Object.fromEntries(VERDICT_ORDER.map((v) => [v, 0])) as ClaimCounts;
  for (const p of placed) if (!isHidden(p)) counts[p.flag.claim.verdict]++;
  return counts;
}

export function countsLine(counts: ClaimCounts): string {
  // Disputed figures need two sources that disagree, so they are rare: named only when there are
  // some, which keeps the line short.
  return VERDICT_ORDER.filter((v) => v !== 'disputed' || counts[v] > 0)
    .map((v) => `${counts[v]} ${VERDICTS[v].label.toLowerCase()}`).join(' · ');
}

/** The claim with some words either side, cut at word boundaries. */
function contextOf(p: PlacedFlag): { before: string; claim: string; after: string } {
  const text = p.blockText;
  let from = Math.max(0, p.start - CONTEXT_CHARS);
  let to = Math.min(text.length, p.end + CONTEXT_CHARS);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > p.end ? text.lastIndexOf(' ', to) : to;
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, p.start),
    claim: text.slice(p.start, p.end),
    after: text.slice(p.end, to) + (to < text.length ? '…' : ''),
  };
}

/** The Claims tab's count of open flags (the verdicts F8 stops at); renders nothing at zero. */
export function ClaimsBadge({ checking }: { checking: LiveChecking }) {
  useSyncExternalStore(checking.store.subscribe, checking.store.getVersion);
  const counts = countClaims(checking.placedFlags(), (p) => checking.store.isHidden(p.flag));
  const open = VERDICT_ORDER.reduce((sum, v) => sum + (VERDICTS[v].needsReview ? counts[v] : 0), 0);
  return open > 0 ? <>{open}</> : null;
}

interface ClaimsPanelProps {
  checking: LiveChecking;
  showSupported: boolean;
  onShowSupportedChange: (show: boolean) => void;
}

/** Every claim in story order with its verdict and source; click to go to it in the story. */
export function ClaimsPanel({ checking, showSupported, onShowSupportedChange }: ClaimsPanelProps) {
  const { store } = checking;
  useSyncExternalStore(store.subscribe, store.getVersion);
  const [filter, setFilter] = useState<Filter>('all');
  const placed = checking.placedFlags();
  const isHidden = (p: PlacedFlag) => store.isHidden(p.flag);
  const counts = countClaims(placed, isHidden);
  const hiddenCount = placed.filter(isHidden).length;
  const shown = placed.filter((p) => !isHidden(p) && (filter === 'all' || p.flag.claim.verdict === filter));

  if (store.status === 'no-sources') {
    return (
      <div className="empty-state">
        <p className="empty-title">Nothing to check against</p>
        <p>Attach the story’s sources in the Sources tab; every number in the story is then checked as you type.</p>
      </div>
    );
  }
  if (store.status === 'failed') return <p className="field-error">{store.failureMessage}</p>;

  return (
    <div className="claims-panel">
      <p className="claims-counts" data-testid="claims-counts" aria-live="polite">
        {store.status === 'starting' ? 'Checking the story…' : countsLine(counts)}
      </p>
      <div className="claims-filter" role="radiogroup" aria-label="Show claims">
        {(['all', ...VERDICT_ORDER] as Filter[]).map((f) => (
          <button key={f} type="button" role="radio" aria-checked={filter === f} className={filter === f ? 'chip on' : 'chip'} onClick={() => setFilter(f)}>
            {f === 'all' ? `All ${placed.length - hiddenCount}` : `${VERDICTS[f].label} ${counts[f]}`}
          </button>
        ))}
      </div>
      <label className="claims-toggle">
        <input type="checkbox" checked={showSupported} onChange={(event) => onShowSupportedChange(event.target.checked)} />
        Underline supported figures in the story
      </label>
      {shown.length === 0 ? (
        <p className="empty-state">{placed.length === 0 ? 'No numbers in the story yet.' : 'No claims with this verdict.'}</p>
      ) : (
        <ol className="claims-list" aria-label="Claims in story order">
          {shown.map((p) => {
            const { claim } = p.flag;
            const context = contextOf(p);
            const source = checking.sources.find((s) => s.id === claim.evidence[0]?.sourceId);
            return (
              <li key={p.flag.key}>
                <button
                  type="button"
                  className={`claim-row claim-${claim.verdict}`}
                  data-verdict={claim.verdict}
                  onClick={() => {
                    checking.selectFlag(p.flag);
                    checking.openCard([p.flag.key], { pinned: true, focus: false });
                  }}
                >
                  <span className="claim-verdict">
                    <VerdictIcon verdict={claim.verdict} /> {VERDICTS[claim.verdict].label}
                  </span>
                  <span className="claim-text">
                    {context.before}
                    <strong>{context.claim}</strong>
                    {context.after}
                  </span>
                  <span className="claim-source">{source ? source.title : claim.verdict === 'unsupported' ? 'No source states this' : ''}</span>
                  <ClaimReviewState blockId={p.flag.blockId} blockText={checking.store.block(p.flag.blockId)?.text ?? ''} claim={claim} />
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {hiddenCount > 0 && (
        <p className="claims-hidden">
          {hiddenCount} {hiddenCount === 1 ? 'flag' : 'flags'} marked “Not a claim”.{' '}
          <button type="button" className="link-button" onClick={checking.unhideAll}>
            Show again
          </button>
        </p>
      )}
    </div>
  );
}
