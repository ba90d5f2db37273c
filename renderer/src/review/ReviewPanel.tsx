// The Review tab: the gate and counts at the top, then every claim of the stored story with its
// evidence and the decision in force, and the Verify / Needs change / Dismiss actions.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { DISMISS_REASON_LABELS } from '../../../core/index.ts';
import type { ReviewDecision, ReviewState } from '../../../core/index.ts';
import type { ReviewClaim, ReviewStatus } from '../../../electron/shared/reviewContract.ts';
import { selectSpan } from './editorDom.ts';
import type { GateView, ReviewController } from './useReview.ts';

export const STATE_LABELS: Record<ReviewState, string> = { open: 'Open', verified: 'Verified', 'needs-change': 'Needs change', dismissed: 'Dismissed' };
/** How a colleague's position reads in the dispute line: "Edith Park verified it but Dan Reyes…". */
const DISPUTE_WORDS: Record<ReviewState, string> = { open: 'reopened it', verified: 'verified it', 'needs-change': 'sent it back', dismissed: 'dismissed it' };
const VERDICT_LABELS = { contradicted: 'Contradicted', unsupported: 'Unsupported', disputed: 'Disputed', supported: 'Supported' } as const;
type Filter = 'flagged' | 'open' | 'all';

export function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString([], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export function GateStatus({ status, gate }: { status: ReviewStatus; gate: GateView }) {
  const { summary } = status;
  if (gate === 'checking') {
    return (
      <div className="gate gate-checking" role="status" data-gate="checking">
        <strong>Checking…</strong>
        <span>The gate waits until the latest edits are stored and checked.</span>
      </div>
    );
  }
  return gate === 'ready' ? (
    <div className="gate gate-ready" role="status" data-gate="ready">
      <strong>✔ Ready for publication</strong>
      <span>No flagged claim is open or waiting for a change, and every comment is resolved.</span>
    </div>
  ) : (
    <div className="gate gate-blocked" role="status" data-gate="blocked">
      <strong>✖ Not ready for publication</strong>
      <span>Blocked by {summary.blockedBy}.</span>
      <ul className="gate-blockers">
        {/* Two claims can read the same (one figure in two paragraphs): the position tells them apart. */}
        {summary.blockers.map((b, i) => <li key={`${i}:${b}`}>{b}</li>)}
      </ul>
    </div>
  );
}

/** "Dismissed — Source outdated", or without the state where it is already shown. */
export function decisionSummary(d: ReviewDecision, withState = true): string {
  const reasons = [...d.reasons.map((r) => DISMISS_REASON_LABELS[r]), ...(d.reasonText ? [d.reasonText] : [])];
  const parts = [reasons.length ? reasons.join('; ') : '', d.note ? `“${d.note}”` : ''].filter(Boolean);
  return withState ? [STATE_LABELS[d.state], ...parts].join(' — ') : parts.join(' — ');
}

function ClaimRow({ claim, review }: { claim: ReviewClaim; review: ReviewController }) {
  const evidence = claim.evidence[0];
  const act = (state: ReviewState) => review.requestDecision(claim, state);
  let quote: ReactNode = evidence?.quote;
  if (evidence && evidence.valueStart !== undefined && evidence.valueEnd !== undefined) {
    const from = evidence.valueStart - evidence.start;
    const to = evidence.valueEnd - evidence.start;
    if (from >= 0 && to > from && to <= evidence.quote.length) {
      quote = <>{evidence.quote.slice(0, from)}<mark>{evidence.quote.slice(from, to)}</mark>{evidence.quote.slice(to)}</>;
    }
  }
  return (
    <li className={`review-claim verdict-${claim.verdict} state-${claim.state}`} data-claim-text={claim.text} data-state={claim.notAClaim ? 'not-a-claim' : claim.state}>
      <div className="review-claim-head">
        <span className={`verdict-badge verdict-badge-${claim.verdict}`}>{VERDICT_LABELS[claim.verdict]}</span>
        <button type="button" className="review-claim-text" title="Show in the story" onClick={() => selectSpan(claim.blockId, claim.start, claim.end)}>
          {claim.anchor.before.length > 0 && '…'}{claim.anchor.before.slice(-28)}<strong>{claim.text}</strong>{claim.anchor.after.slice(0, 28)}…
        </button>
        {claim.notAClaim
          ? <span className="state-chip state-chip-dismissed">Not a claim</span>
          : <span className={`state-chip state-chip-${claim.state}`}>{STATE_LABELS[claim.state]}</span>}
      </div>
      {claim.changed && <p className="review-changed">Changed since it was reviewed — back to open.</p>}
      {claim.changed && claim.history.length > 0 && (
        <p className="review-decision review-before">
          Before the change: {decisionSummary(claim.history[claim.history.length - 1]!)} on “{claim.history[claim.history.length - 1]!.anchor.text}”
        </p>
      )}
      <p className="review-explanation">{claim.explanation}</p>
      {evidence && (
        <blockquote className="review-evidence">
          “{quote}”<footer>{evidence.sourceTitle}</footer>
        </blockquote>
      )}
      {claim.decision && (
        <p className="review-decision">
          {decisionSummary(claim.decision)} <span className="review-who">{claim.decision.reviewer || 'Unnamed reviewer'}, {when(claim.decision.at)}</span>
        </p>
      )}
      {claim.dispute && claim.dispute.length > 1 && (
        <p className="review-dispute" role="note" data-disputed="true">
          <strong>Disputed:</strong>{' '}
          {claim.dispute.map((p, i) => (
            <span key={p.by}>
              {i > 0 && (i === claim.dispute!.length - 1 ? ' but ' : ', ')}
              {p.by} {DISPUTE_WORDS[p.state]} <span className="review-who">({when(p.at)})</span>
            </span>
          ))}
          . A new decision settles it.
        </p>
      )}
      <div className="review-actions" role="group" aria-label={`Review “${claim.text}”`}>
        <button type="button" className="button button-small" aria-pressed={claim.state === 'verified'} onClick={() => act('verified')}>Verify</button>
        <button type="button" className="button button-small" aria-pressed={claim.state === 'needs-change'} onClick={() => act('needs-change')}>Needs change</button>
        <button type="button" className="button button-small" aria-pressed={claim.state === 'dismissed'} onClick={() => act('dismissed')}>Dismiss</button>
        {claim.state !== 'open' && <button type="button" className="button button-small button-quiet" onClick={() => act('open')}>Reopen</button>}
      </div>
      {claim.history.length > 1 && (
        <details className="review-history">
          <summary>History ({claim.history.length})</summary>
          <ol>
            {claim.history.map((d) => (
              <li key={d.id}>{decisionSummary(d)} on “{d.anchor.text}” <span className="review-who">{d.reviewer || 'Unnamed reviewer'}, {when(d.at)}</span></li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}

export function ReviewPanel({ review }: { review: ReviewController }) {
  const [filter, setFilter] = useState<Filter>('flagged');
  const { status, setPanelVisible } = review;
  useEffect(() => {
    setPanelVisible(true);
    return () => setPanelVisible(false);
  }, [setPanelVisible]);
  if (!status) return <div className="review-panel"><p className="panel-note">{review.loading ? 'Checking the story…' : 'Open a story to review it.'}</p></div>;
  const { verdicts, states, changed } = status.summary;
  const shown = status.claims.filter((c) =>
    filter === 'all' ? true : filter === 'open' ? !c.notAClaim && (c.state === 'open' || c.state === 'needs-change') : c.verdict !== 'supported' || c.state !== 'open' || c.changed);
  return (
    <div className="review-panel">
      <GateStatus status={status} gate={review.gate} />
      <p className="review-counts">
        {verdicts.contradicted} contradicted · {verdicts.unsupported} unsupported{(verdicts.disputed ?? 0) > 0 ? ` · ${verdicts.disputed} disputed` : ''} · {verdicts.supported} supported
        <br />
        {states.open} open · {states.verified} verified · {states['needs-change']} needs change · {states.dismissed} dismissed
        {status.summary.notAClaim > 0 && ` · ${status.summary.notAClaim} not a claim`}
        {changed > 0 && ` · ${changed} changed`}
        {status.summary.openComments > 0 && <><br />{status.summary.openComments} open {status.summary.openComments === 1 ? 'comment' : 'comments'}</>}
      </p>
      <div className="review-panel-bar">
        <label className="field-compact">
          <span className="visually-hidden">Show</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)} aria-label="Which claims to show">
            <option value="flagged">Flags and decisions</option>
            <option value="open">Open and needs change</option>
            <option value="all">All claims</option>
          </select>
        </label>
        <span className="spacer" />
        <span className="review-as">
          {review.reviewerName ? <>Reviewing as <strong>{review.reviewerName}</strong> </> : 'No reviewer name '}
          <button type="button" className="link-button" onClick={() => review.setReviewerDialog(true)}>{review.reviewerName ? 'change' : 'set'}</button>
        </span>
      </div>
      <ul className="review-claims" aria-label="Claims to review">
        {shown.map((claim) => <ClaimRow key={`${claim.blockId}:${claim.start}:${claim.text}`} claim={claim} review={review} />)}
        {shown.length === 0 && <li className="panel-note">Nothing here.</li>}
      </ul>
      {status.orphans.length > 0 && (
        <details className="review-orphans">
          <summary>{status.orphans.length} decision{status.orphans.length === 1 ? '' : 's'} on text no longer in the story</summary>
          <ul>
            {status.orphans.map((r) => {
              const d = r.decisions[r.decisions.length - 1];
              return d ? <li key={r.id}>“{d.anchor.text}” — {decisionSummary(d)}</li> : null;
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
