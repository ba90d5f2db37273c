// The printable review report: gate status and counts at the top, then every claim in story
// order with the engine's verdict, the evidence quote and its source, and the decision in force
// with who took it and when. Claims are checked with the same engine the editor runs, on the
// stored story and its sources (in a worker thread, claimChecks.ts), so the report never depends
// on what a window happened to show.
import { countBlockers, describeBlocker, describeOpenComment, DISMISS_REASON_LABELS, reviewClaims, storyBlocks, summarizeReview } from '../../core/index.ts';
import type { Claim, ClaimReview, Evidence, ReviewDecision, ReviewedClaim, ReviewState, StoryComment } from '../../core/index.ts';
import type { SourceSummary, Story } from '../shared/ipcContract.ts';
import type { CrosscheckStore } from '../store/crosscheckStore.ts';
import { ReviewStore } from '../store/reviewStore.ts';
import { escapeHtml } from './exportStory.ts';
import type { ClaimChecks } from './claimChecks.ts';

export interface ReviewReportInput {
  story: Story;
  sources: readonly SourceSummary[];
  /** The engine's claims per block of the stored story. */
  claimsByBlock: ReadonlyMap<string, readonly Claim[]>;
  reviews: readonly ClaimReview[];
  comments: readonly StoryComment[];
  /** The story's "Not a claim" keys: those figures are closed for the gate. */
  hiddenClaims?: readonly string[];
  generatedAt: Date;
}

export async function loadReviewReportInput(
  store: CrosscheckStore,
  storyId: string,
  checks: ClaimChecks,
  now: Date = new Date(),
): Promise<ReviewReportInput> {
  const story = store.getStory(storyId);
  const reviewStore = new ReviewStore(store.db);
  const sources = store.listStorySources(storyId);
  const claimsByBlock = await checks.check(store, storyId, sources, storyBlocks(story.document));
  return {
    story,
    sources,
    claimsByBlock,
    reviews: reviewStore.listReviews(storyId),
    comments: reviewStore.listComments(storyId),
    hiddenClaims: store.getHiddenClaims(storyId),
    generatedAt: now,
  };
}

/** The engine's view of the stored story, joined with its reviews. */
export function checkStoredStory(
  story: Story,
  claimsByBlock: ReadonlyMap<string, readonly Claim[]>,
  reviews: readonly ClaimReview[],
  hiddenClaims: readonly string[] = [],
) {
  const blocks = storyBlocks(story.document);
  return { blocks, ...reviewClaims(blocks, claimsByBlock, reviews, new Set(hiddenClaims)) };
}

const STATE_LABELS: Record<ReviewState, string> = { open: 'Open', verified: 'Verified', 'needs-change': 'Needs change', dismissed: 'Dismissed' };
const VERDICT_LABELS = { contradicted: 'Contradicted', unsupported: 'Unsupported', disputed: 'Disputed', supported: 'Supported' } as const;

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function decisionText(d: ReviewDecision): string {
  const reasons = [...d.reasons.map((r) => DISMISS_REASON_LABELS[r]), ...(d.reasonText ? [d.reasonText] : [])];
  const parts = [`<strong>${STATE_LABELS[d.state]}</strong>`];
  if (reasons.length > 0) parts.push(`— ${escapeHtml(reasons.join('; '))}`);
  if (d.note) parts.push(`<span class="note">“${escapeHtml(d.note)}”</span>`);
  parts.push(`<span class="who">${escapeHtml(d.reviewer || 'Unnamed reviewer')}, ${escapeHtml(when(d.at))}</span>`);
  return parts.join(' ');
}

function evidenceHtml(evidence: Evidence, sources: ReadonlyMap<string, SourceSummary>): string {
  const source = sources.get(evidence.sourceId);
  let quote = escapeHtml(evidence.quote);
  if (evidence.valueStart !== undefined && evidence.valueEnd !== undefined) {
    const from = evidence.valueStart - evidence.start;
    const to = evidence.valueEnd - evidence.start;
    if (from >= 0 && to <= evidence.quote.length && from < to) {
      quote = `${escapeHtml(evidence.quote.slice(0, from))}<mark>${escapeHtml(evidence.quote.slice(from, to))}</mark>${escapeHtml(evidence.quote.slice(to))}`;
    }
  }
  const meta = source ? [source.title, source.outlet, source.published ?? ''].filter((x) => x !== '').map(escapeHtml).join(' · ') : 'Source no longer attached';
  return `<blockquote class="evidence">“${quote}”<footer>${meta}</footer></blockquote>`;
}

function claimHtml(item: ReviewedClaim, n: number, blockText: string, sources: ReadonlyMap<string, SourceSummary>): string {
  const before = blockText.slice(Math.max(0, item.start - 90), item.start);
  const after = blockText.slice(item.end, item.end + 90);
  const context = `${before.length < item.start ? '…' : ''}${escapeHtml(before)}<mark class="claim">${escapeHtml(item.text)}</mark>${escapeHtml(after)}${item.end + 90 < blockText.length ? '…' : ''}`;
  const decision = item.notAClaim
    ? '<strong>Not a claim</strong> — marked so in the story'
    : item.decision
    ? decisionText(item.decision)
    : item.changed
      ? '<strong>Open</strong> — the text changed after it was reviewed'
      : '<strong>Open</strong> — not reviewed yet';
  const history = item.review && item.review.decisions.length > (item.decision ? 1 : 0)
    ? `<details><summary>History (${item.review.decisions.length})</summary><ol>${item.review.decisions
      .map((d) => `<li>${decisionText(d)} on “${escapeHtml(d.anchor.text)}”</li>`).join('')}</ol></details>`
    : '';
  const evidence = item.claim.evidence.slice(0, 2).map((e) => evidenceHtml(e, sources)).join('');
  return `<section class="claim-row verdict-${item.verdict} state-${item.state}">
<h3><span class="num">${n}.</span> <span class="badge badge-${item.verdict}">${VERDICT_LABELS[item.verdict]}</span> <span class="claim-text">${escapeHtml(item.text)}</span></h3>
<p class="context">${context}</p>
<p class="explanation">${escapeHtml(item.claim.explanation)}</p>
${evidence || '<p class="no-evidence">No source passage states this figure.</p>'}
<p class="decision state-${item.state}">Decision: ${decision}</p>
${history}
</section>`;
}

const REPORT_STYLE = `body{font:14px/1.5 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1d1d1f;max-width:52rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ddd}h3{font-size:1rem;margin:.2rem 0}
.meta{color:#555}.gate{border:2px solid;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}.gate-ready{border-color:#1a7f37;background:#eefbf1}
.gate-blocked{border-color:#b42318;background:#fff1f0}.gate h2{border:0;margin:0 0 .3rem}.counts{border-collapse:collapse;margin:.5rem 0}
.counts td,.counts th{border:1px solid #ddd;padding:.2rem .6rem;text-align:left}.claim-row{border-top:1px solid #e5e5e5;padding:.6rem 0;break-inside:avoid}
.badge{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.8rem;color:#fff}.badge-contradicted{background:#b42318}
.badge-unsupported{background:#b54708}.badge-supported{background:#1a7f37}.context{margin:.2rem 0;color:#333}mark{background:#fff3b0}
mark.claim{background:#e8eefc;font-weight:600}.evidence{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #ccc;color:#333}
.evidence footer{font-size:.85rem;color:#666}.decision{margin:.3rem 0}.decision.state-needs-change{color:#b54708}.note{font-style:italic}
.who{color:#666;font-size:.85rem;margin-left:.3rem}.explanation{margin:.2rem 0;color:#555;font-size:.9rem}
@media print{body{margin:0;max-width:none}details{display:block}details>summary{list-style:none}}`;

export function renderReviewReport(input: ReviewReportInput): { html: string; ready: boolean } {
  const { story, sources, reviews, comments } = input;
  const { blocks, claims, orphans } = checkStoredStory(story, input.claimsByBlock, reviews, input.hiddenClaims);
  const summary = summarizeReview(claims, comments);
  const blockText = new Map(blocks.map((b) => [b.id, b.text]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const reviewers = [...new Set(reviews.flatMap((r) => r.decisions.map((d) => d.reviewer || 'Unnamed reviewer')))];
  const openComments = comments.filter((c) => !c.resolved);

  const gate = summary.ready
    ? `<div class="gate gate-ready" role="status"><h2>✔ Ready for publication</h2><p>No flagged claim is open or waiting for a change, and every comment is resolved.</p></div>`
    : `<div class="gate gate-blocked" role="status"><h2>✖ Not ready for publication</h2><p>Blocked by ${escapeHtml(countBlockers(summary))}:</p><ul>${[
      ...summary.blockers.map(describeBlocker),
      ...summary.openComments.map(describeOpenComment),
    ].map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></div>`;
  const counts = `<table class="counts"><tr><th>Verdict</th><th>Claims</th><th>Review state</th><th>Claims</th></tr>
<tr><td>Contradicted</td><td>${summary.verdicts.contradicted}</td><td>Open</td><td>${summary.states.open}${summary.changed ? ` (${summary.changed} changed since review)` : ''}</td></tr>
<tr><td>Unsupported</td><td>${summary.verdicts.unsupported}</td><td>Verified</td><td>${summary.states.verified}</td></tr>
<tr><td>Supported</td><td>${summary.verdicts.supported}</td><td>Needs change</td><td>${summary.states['needs-change']}</td></tr>
<tr><td></td><td></td><td>Dismissed</td><td>${summary.states.dismissed}</td></tr>
<tr><td></td><td></td><td>Not a claim</td><td>${summary.notAClaim}</td></tr></table>`;
  const rows = claims.map((c, i) => claimHtml(c, i + 1, blockText.get(c.blockId) ?? '', sourceById)).join('\n');
  const orphanRows = orphans.length === 0 ? '' : `<h2>Decisions on text no longer in the story</h2><ul>${orphans
    .map((r) => r.decisions[r.decisions.length - 1]).filter((d): d is ReviewDecision => d !== undefined)
    .map((d) => `<li>“${escapeHtml(d.anchor.text)}” — ${decisionText(d)}</li>`).join('')}</ul>`;
  const commentRows = openComments.length === 0 ? '' : `<h2>Open comments (${openComments.length})</h2><ul>${openComments
    .map((c) => `<li>On “${escapeHtml(c.anchor.text)}”: ${escapeHtml(c.body)} <span class="who">${escapeHtml(c.author || 'Unnamed')}, ${escapeHtml(when(c.at))}</span>${c.replies.length ? ` (${c.replies.length} ${c.replies.length === 1 ? 'reply' : 'replies'})` : ''}</li>`).join('')}</ul>`;

  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Review report — ${escapeHtml(story.title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<p class="meta">Crosscheck review report</p>
<h1>${escapeHtml(story.title)}</h1>
<p class="meta">Generated ${escapeHtml(when(input.generatedAt.toISOString()))} · revision ${story.revision} · ${sources.length} ${sources.length === 1 ? 'source' : 'sources'} · reviewed by ${escapeHtml(reviewers.join(', ') || 'nobody yet')}</p>
</header>
${gate}
${counts}
<h2>Claims (${claims.length})</h2>
${rows || '<p>No figures to check in this story.</p>'}
${orphanRows}
${commentRows}
</body>
</html>
`;
  return { html, ready: summary.ready };
}
