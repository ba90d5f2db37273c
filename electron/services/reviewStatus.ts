// The review as the renderer shows it: the stored story checked with the claim engine, each claim
// with the decision that follows it through edits, the gate, and where each comment sits now.
import { countBlockers, describeBlocker, describeOpenComment, locateAnchor, summarizeReview } from '../../core/index.ts';
import type { ReviewStatus } from '../shared/reviewContract.ts';
import type { CrosscheckStore } from '../store/crosscheckStore.ts';
import type { ClaimChecks } from './claimChecks.ts';
import { checkStoredStory, loadReviewReportInput } from './reviewReport.ts';

export async function reviewStatus(store: CrosscheckStore, storyId: string, checks: ClaimChecks): Promise<ReviewStatus> {
  const { story, sources, reviews, comments, claimsByBlock, hiddenClaims } = await loadReviewReportInput(store, storyId, checks);
  const { blocks, claims, orphans } = checkStoredStory(story, claimsByBlock, reviews, hiddenClaims);
  const summary = summarizeReview(claims, comments);
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  return {
    storyId,
    revision: story.revision,
    claims: claims.map((c) => ({
      blockId: c.blockId,
      start: c.start,
      end: c.end,
      text: c.text,
      verdict: c.verdict,
      explanation: c.claim.explanation,
      evidence: c.claim.evidence.slice(0, 2).map((e) => ({
        sourceId: e.sourceId,
        sourceTitle: titles.get(e.sourceId) ?? 'A source no longer attached',
        quote: e.quote,
        start: e.start,
        ...(e.valueStart !== undefined ? { valueStart: e.valueStart } : {}),
        ...(e.valueEnd !== undefined ? { valueEnd: e.valueEnd } : {}),
      })),
      state: c.state,
      changed: c.changed,
      notAClaim: c.notAClaim,
      anchor: c.anchor,
      reviewId: c.review?.id ?? null,
      decision: c.decision ?? null,
      history: [...(c.review?.decisions ?? [])],
    })),
    summary: {
      verdicts: summary.verdicts,
      states: summary.states,
      changed: summary.changed,
      notAClaim: summary.notAClaim,
      openComments: summary.openComments.length,
      ready: summary.ready,
      blockers: [...summary.blockers.map(describeBlocker), ...summary.openComments.map(describeOpenComment)],
      blockedBy: countBlockers(summary),
    },
    orphans: [...orphans],
    comments: comments.map((comment) => {
      const at = locateAnchor(blocks, comment.anchor);
      return { ...comment, located: at ? { blockId: at.blockId, start: at.start, end: at.end } : null };
    }),
  };
}
