// The strip above the editor: the Review mode switch, the summary bar and gate while reviewing,
// and the handoff actions (packages, publication exports, the review report). It also holds the
// review dialogs and the hidden file input the browser preview uploads packages through.
import { useEffect, useRef, useState } from 'react';
import type { ExportFormat, ReviewStatus } from '../../../electron/shared/reviewContract.ts';
import { CommentsMargin } from './CommentsMargin.tsx';
import { selectionAnchor } from './editorDom.ts';
import { CommentDialog, DecisionDialog, ImportChoiceDialog, PublishCheckDialog, ReviewerNameDialog } from './ReviewDialogs.tsx';
import type { GateView, ReviewController } from './useReview.ts';
import '../styles/review.css';

const EXPORTS: { format: ExportFormat | 'copy'; label: string }[] = [
  { format: 'package', label: 'Story package (.crosscheck)…' },
  { format: 'html', label: 'HTML for publication…' },
  { format: 'markdown', label: 'Markdown for publication…' },
  { format: 'copy', label: 'Copy as rich text' },
  { format: 'review-report', label: 'Review report (HTML)…' },
];

/** The gate in one pill. "Checking…" whenever the status may not describe what is on screen. */
function GatePill({ gate, summary }: { gate: GateView; summary: ReviewStatus['summary'] | undefined }) {
  const label = gate === 'checking' || !summary ? 'Checking…' : gate === 'ready' ? '✔ Ready for publication' : `✖ Not ready: ${summary.blockedBy}`;
  const title = gate === 'checking' || !summary
    ? 'Waiting for the latest edits to be stored and checked.'
    : gate === 'ready' ? 'No flagged claim is open or waiting for a change, and every comment is resolved.' : summary.blockers.join('\n');
  return (
    <span className={`gate-pill gate-pill-${gate}`} data-gate={gate} title={title}>
      {label}
    </span>
  );
}

export function ReviewStrip({ review, hasStory, onError }: { review: ReviewController; hasStory: boolean; onError: (message: string) => void }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const status = review.status;

  // A <details> menu stays open on its own; close it on Escape or a click elsewhere, like a menu.
  useEffect(() => {
    if (!menuOpen) return;
    const close = () => {
      if (menu.current) menu.current.open = false;
    };
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      close();
      menu.current?.querySelector('summary')?.focus();
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [menuOpen]);
  const summary = status?.summary;
  return (
    <div className="review-strip" data-review-mode={review.mode} role="toolbar" aria-label="Review and handoff">
      <button
        type="button"
        className="button button-small review-toggle"
        aria-pressed={review.mode}
        disabled={!hasStory}
        title="Review mode: decide on each flagged claim, comment in the margin (Ctrl+Shift+R)"
        onClick={() => review.setMode(!review.mode)}
      >
        Review
      </button>
      {review.mode && hasStory && (
        <div className="review-summary" role="group" aria-label="Review summary">
          {summary && (
            <span className="review-summary-counts">
              <span className="count-contradicted">{summary.verdicts.contradicted} contradicted</span> ·{' '}
              <span className="count-unsupported">{summary.verdicts.unsupported} unsupported</span> · {summary.verdicts.supported} supported
              <span className="review-summary-states">
                <span className="review-summary-sep" aria-hidden="true">|</span>
                {summary.states.open} open · {summary.states.verified} verified · {summary.states['needs-change']} needs change · {summary.states.dismissed} dismissed
                {summary.notAClaim > 0 && ` · ${summary.notAClaim} not a claim`}
                {summary.openComments > 0 && ` · ${summary.openComments} open ${summary.openComments === 1 ? 'comment' : 'comments'}`}
              </span>
            </span>
          )}
          <GatePill gate={review.gate} summary={summary} />
        </div>
      )}
      <span className="spacer" />
      {review.mode && (
        <button
          type="button"
          className="button button-small"
          disabled={!hasStory}
          onMouseDown={(e) => e.preventDefault() /* keep the selection in the story */}
          onClick={() => {
            const picked = selectionAnchor();
            if ('error' in picked) onError(picked.error);
            else review.startComment(picked.anchor);
          }}
        >
          Comment
        </button>
      )}
      <button type="button" className="button button-small" onClick={() => void review.openPackage()} disabled={review.busy}>
        Open package…
      </button>
      <details className="menu" ref={menu} onToggle={(e) => setMenuOpen(e.currentTarget.open)}>
        <summary className="button button-small" aria-disabled={!hasStory}>Export ▾</summary>
        <div className="menu-items" role="menu">
          {EXPORTS.map((item) => (
            <button
              key={item.format}
              type="button"
              role="menuitem"
              className="menu-item"
              disabled={!hasStory || review.busy}
              onClick={() => {
                if (menu.current) menu.current.open = false;
                if (item.format === 'copy') void review.copyStory();
                else void review.exportAs(item.format);
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      </details>
      <input
        ref={review.fileInput}
        type="file"
        accept=".crosscheck,application/json"
        hidden
        data-testid="package-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void review.importFile(file);
        }}
      />
      <CommentsMargin review={review} />
      {review.reviewerDialog && (
        <ReviewerNameDialog initial={review.reviewerName} onSave={(name) => void review.saveReviewerName(name)} onClose={() => review.setReviewerDialog(false)} />
      )}
      {review.decisionRequest && (
        <DecisionDialog
          request={review.decisionRequest}
          onClose={() => review.setDecisionRequest(null)}
          onDecide={(input) => {
            const request = review.decisionRequest;
            if (request) void review.decide(request.claim, request.kind === 'dismiss' ? 'dismissed' : 'needs-change', input);
          }}
        />
      )}
      {review.commentDraft && (
        <CommentDialog anchor={review.commentDraft} onClose={() => review.setCommentDraft(null)} onSave={(body) => review.commentDraft && void review.addComment(review.commentDraft, body)} />
      )}
      {review.publishCheck && <PublishCheckDialog check={review.publishCheck} />}
      {review.importChoice && (
        <ImportChoiceDialog
          choice={review.importChoice}
          onClose={() => review.setImportChoice(null)}
          onChoose={(how) => review.importChoice && void review.importText(review.importChoice.text, how)}
        />
      )}
    </div>
  );
}
