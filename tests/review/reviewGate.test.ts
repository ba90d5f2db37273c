import { describe, expect, it } from 'vitest';
import { describeBlocker, reviewClaims, summarizeReview, type Verdict } from '../../core/index.ts';
import { checkStory, decide, sampleDocument } from './reviewSample.ts';

const item = (verdict: Verdict, state: 'open' | 'verified' | 'needs-change' | 'dismissed', text = 'x', changed = false) =>
  ({ verdict, state, text, changed, blockId: 'b', start: 0 });

describe('the ready-for-publication gate', () => {
  it('is ready with no claims, and with only supported or settled flags', () => {
    expect(summarizeReview([]).ready).toBe(true);
    const summary = summarizeReview([item('supported', 'open'), item('contradicted', 'verified'), item('unsupported', 'dismissed')]);
    expect(summary.ready).toBe(true);
    expect(summary.verdicts).toEqual({ supported: 1, contradicted: 1, unsupported: 1, disputed: 0 });
    expect(summary.states).toEqual({ open: 1, verified: 1, 'needs-change': 0, dismissed: 1 });
  });

  it('is blocked by an open disputed claim until someone settles it', () => {
    expect(summarizeReview([item('disputed', 'open')]).ready).toBe(false);
    expect(summarizeReview([item('disputed', 'verified')]).ready).toBe(true);
  });

  it('is blocked by contradicted or unsupported claims that are open or sent back, and says which', () => {
    const summary = summarizeReview([
      item('contradicted', 'open', 'on Monday'),
      item('unsupported', 'needs-change', 'over 530'),
      item('supported', 'needs-change', '45'),
      item('unsupported', 'open', '12', true),
    ]);
    expect(summary.ready).toBe(false);
    expect(summary.blockers.map((b) => b.text)).toEqual(['on Monday', 'over 530', '12']);
    expect(summary.changed).toBe(1);
    expect(summary.blockers.map(describeBlocker)).toEqual([
      '“on Monday” is contradicted and still open',
      '“over 530” is unsupported and sent back to the writer',
      '“12” is unsupported and still open (changed since it was reviewed)',
    ]);
  });

  it('on the sample story: blocked until both flags are settled', () => {
    const { blocks, claims } = checkStory(sampleDocument());
    const open = reviewClaims(blocks, claims, []);
    const gate = summarizeReview(open.claims);
    expect(gate.ready).toBe(false);
    expect(gate.blockers.map((b) => b.text)).toEqual(['on Monday', 'over 530']);

    const blockOf = (text: string) => blocks.find((b) => b.id === open.claims.find((c) => c.text === text)!.blockId)!;
    const settled = reviewClaims(blocks, claims, [decide(blockOf('on Monday'), 'on Monday', 'verified'), decide(blockOf('over 530'), 'over 530', 'dismissed')]);
    expect(summarizeReview(settled.claims).ready).toBe(true);
    const sentBack = reviewClaims(blocks, claims, [decide(blockOf('on Monday'), 'on Monday', 'needs-change'), decide(blockOf('over 530'), 'over 530', 'dismissed')]);
    expect(summarizeReview(sentBack.claims).blockers.map((b) => b.text)).toEqual(['on Monday']);
  });
});
