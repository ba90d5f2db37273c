import { describe, expect, it } from 'vitest';
import { countBlockers, describeBlocker, describeOpenComment, notAClaimKey, reviewClaims, summarizeReview } from '../../core/index.ts';
import type { GateItem, Verdict } from '../../core/index.ts';
import { hideKeyOf } from '../../renderer/src/checking/ClaimStore.ts';
import { checkStory, decide, sampleDocument } from './reviewSample.ts';

type State = GateItem['state'];
const item = (verdict: Verdict, state: State, text = 'x', extra: { changed?: boolean; notAClaim?: boolean } = {}): GateItem =>
  ({ verdict, state, text, changed: extra.changed ?? false, notAClaim: extra.notAClaim ?? false, blockId: 'b', start: 0 });
const comment = (text: string, resolved = false) => ({ anchor: { text }, resolved });

describe('the ready-for-publication gate', () => {
  it('is ready with no claims, and with only supported or settled flags', () => {
    expect(summarizeReview([]).ready).toBe(true);
    const summary = summarizeReview([item('supported', 'open'), item('supported', 'verified'), item('contradicted', 'verified'), item('unsupported', 'dismissed')]);
    expect(summary.ready).toBe(true);
    expect(summary.verdicts).toEqual({ supported: 2, contradicted: 1, unsupported: 1 });
    expect(summary.states).toEqual({ open: 1, verified: 2, 'needs-change': 0, dismissed: 1 });
    expect(countBlockers(summary)).toBe('');
  });

  it('is blocked by open flags of every verdict but supported, and by any claim sent back, and says which', () => {
    const summary = summarizeReview([
      item('contradicted', 'open', 'on Monday'),
      item('unsupported', 'needs-change', 'over 530'),
      // An editor's "needs change" holds the story even on a figure the sources support.
      item('supported', 'needs-change', '45'),
      item('unsupported', 'open', '12', { changed: true }),
    ]);
    expect(summary.ready).toBe(false);
    expect(summary.blockers.map((b) => b.text)).toEqual(['on Monday', 'over 530', '45', '12']);
    expect(summary.changed).toBe(1);
    expect(summary.blockers.map(describeBlocker)).toEqual([
      '“on Monday” is contradicted and still open',
      '“over 530” is unsupported and sent back to the writer',
      '“45” is supported and sent back to the writer',
      '“12” is unsupported and still open (changed since it was reviewed)',
    ]);
    expect(countBlockers(summary)).toBe('1 contradicted, 1 unsupported, 2 sent back for a change');
  });

  it('blocks on a verdict it was never told about (disputed), because only supported passes', () => {
    const disputed = 'disputed' as Verdict;
    const summary = summarizeReview([item(disputed, 'open', '1,200'), item(disputed, 'verified', '900')]);
    expect(summary.ready).toBe(false);
    expect(summary.blockers.map((b) => b.text)).toEqual(['1,200']);
    expect((summary.verdicts as Record<string, number>).disputed).toBe(2);
    expect(countBlockers(summarizeReview([item('unsupported', 'open'), item(disputed, 'open'), item('contradicted', 'open')]))).toBe('1 contradicted, 1 disputed, 1 unsupported');
  });

  it('is blocked by an unresolved comment, even with every claim settled', () => {
    const claims = [item('contradicted', 'verified')];
    const open = summarizeReview(claims, [comment('the mayor said'), comment('Izhevsk', true)]);
    expect(open.ready).toBe(false);
    expect(open.blockers).toEqual([]);
    expect(open.openComments.map(describeOpenComment)).toEqual(['A comment on “the mayor said” is unresolved']);
    expect(countBlockers(open)).toBe('1 open comment');
    expect(summarizeReview(claims, [comment('the mayor said', true)]).ready).toBe(true);
  });

  it('counts "Not a claim" as closed, not open', () => {
    const summary = summarizeReview([item('contradicted', 'open', 'Three', { notAClaim: true }), item('unsupported', 'needs-change', 'two', { notAClaim: true })]);
    expect(summary.ready).toBe(true);
    expect(summary.notAClaim).toBe(2);
    expect(summary.states.open).toBe(0);
    expect(summary.states['needs-change']).toBe(0);
  });

  it('names the blockers the way the export confirmation reads them', () => {
    const summary = summarizeReview(
      [item('contradicted', 'open'), item('contradicted', 'open'), item('contradicted', 'needs-change'), item('unsupported', 'open'), item('unsupported', 'open')],
      [comment('a')],
    );
    expect(countBlockers(summary)).toBe('2 contradicted, 2 unsupported, 1 sent back for a change, 1 open comment');
  });

  it('reads "Not a claim" with the key the editor stores it under', () => {
    expect(notAClaimKey('block-1', 'on Monday')).toBe(hideKeyOf('block-1', { text: 'on Monday' }));
  });

  it('on the sample story: blocked until both flags are settled, a figure marked not a claim included', () => {
    const { blocks, claims } = checkStory(sampleDocument());
    const open = reviewClaims(blocks, claims, []);
    const gate = summarizeReview(open.claims);
    expect(gate.ready).toBe(false);
    expect(gate.blockers.map((b) => b.text)).toEqual(['on Monday', 'over 530']);

    const claimOf = (text: string) => open.claims.find((c) => c.text === text)!;
    const blockOf = (text: string) => blocks.find((b) => b.id === claimOf(text).blockId)!;
    const settled = reviewClaims(blocks, claims, [decide(blockOf('on Monday'), 'on Monday', 'verified'), decide(blockOf('over 530'), 'over 530', 'dismissed')]);
    expect(summarizeReview(settled.claims).ready).toBe(true);
    const sentBack = reviewClaims(blocks, claims, [decide(blockOf('on Monday'), 'on Monday', 'needs-change'), decide(blockOf('over 530'), 'over 530', 'dismissed')]);
    expect(summarizeReview(sentBack.claims).blockers.map((b) => b.text)).toEqual(['on Monday']);

    const hidden = new Set([notAClaimKey(claimOf('over 530').blockId, 'over 530')]);
    const marked = reviewClaims(blocks, claims, [decide(blockOf('on Monday'), 'on Monday', 'verified')], hidden);
    expect(marked.claims.find((c) => c.text === 'over 530')?.notAClaim).toBe(true);
    expect(summarizeReview(marked.claims).ready).toBe(true);
  });
});
