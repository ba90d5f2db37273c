// Review decisions and comments through the real handlers on a real SQLite library.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorFor, storyBlocks } from '../../core/index.ts';
import type { ClaimReview, StoryComment } from '../../core/index.ts';
import type { ReviewStatus as Status } from '../../electron/shared/reviewContract.ts';
import { MIGRATIONS } from '../../electron/store/migrations.ts';
import { openTestLibrary } from './reviewLibrary.ts';
import type { TestLibrary } from './reviewLibrary.ts';

let lib: TestLibrary;
beforeEach(() => {
  lib = openTestLibrary('review-store');
});
afterEach(() => lib.close());

function anchorOf(text: string) {
  const blocks = storyBlocks(lib.store.getStory(lib.storyId).document);
  const block = blocks.find((b) => b.text.includes(text))!;
  const at = block.text.indexOf(text);
  return anchorFor(block.id, block.text, at, at + text.length);
}

describe('review decisions', () => {
  it('records who decided what and when, and keeps every earlier decision', async () => {
    await lib.value('app.setPreferences', { reviewerName: 'Dana Editor' });
    const anchor = anchorOf('on Monday');
    const first = await lib.value<ClaimReview>('review.decide', { storyId: lib.storyId, anchor, state: 'needs-change', verdict: 'contradicted', note: 'Source says over the weekend.' });
    expect(first.decisions).toHaveLength(1);
    expect(first.decisions[0]).toMatchObject({ state: 'needs-change', verdict: 'contradicted', note: 'Source says over the weekend.', reviewer: 'Dana Editor', anchor });
    expect(Date.parse(first.decisions[0]!.at)).not.toBeNaN();

    await lib.value('app.setPreferences', { reviewerName: 'Sam Desk' });
    const second = await lib.value<ClaimReview>('review.decide', {
      storyId: lib.storyId, reviewId: first.id, anchor, state: 'dismissed', verdict: 'contradicted', reasons: ['source-outdated', 'source-outdated'], reasonText: 'Ministry updated the timeline',
    });
    expect(second.id).toBe(first.id);
    expect(second.decisions.map((d) => [d.state, d.reviewer])).toEqual([['needs-change', 'Dana Editor'], ['dismissed', 'Sam Desk']]);
    expect(second.decisions[1]).toMatchObject({ reasons: ['source-outdated'], reasonText: 'Ministry updated the timeline' });

    const stored = await lib.value<{ reviews: ClaimReview[] }>('review.get', { storyId: lib.storyId });
    expect(stored.reviews).toEqual([second]);
  });

  it('refuses unknown states and reasons, and decisions on a deleted story', async () => {
    const anchor = anchorOf('over 530');
    const bad = await lib.call('review.decide', { storyId: lib.storyId, anchor, state: 'approved', verdict: 'unsupported' });
    expect(bad.ok ? '' : bad.error.code).toBe('invalid-request');
    const badReason = await lib.call('review.decide', { storyId: lib.storyId, anchor, state: 'dismissed', verdict: null, reasons: ['i-said-so'] });
    expect(badReason.ok ? '' : badReason.error.code).toBe('invalid-request');
    await lib.value('stories.delete', { id: lib.storyId });
    const gone = await lib.call('review.decide', { storyId: lib.storyId, anchor, state: 'verified', verdict: 'unsupported' });
    expect(gone.ok ? '' : gone.error.code).toBe('not-found');
  });

  it('is a new migration on top of the existing schema', () => {
    expect(MIGRATIONS[1]).toContain('CREATE TABLE review_decisions');
    const tables = lib.store.db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['review_decisions', 'comments']));
  });
});

describe('comments', () => {
  it('anchors a comment to a range, takes replies, resolves and reopens', async () => {
    await lib.value('app.setPreferences', { reviewerName: 'Dana Editor' });
    const anchor = anchorOf('Kupol factory');
    const comment = await lib.value<StoryComment>('comments.add', { storyId: lib.storyId, anchor, body: '  Is this the right name?  ' });
    expect(comment).toMatchObject({ anchor, body: 'Is this the right name?', author: 'Dana Editor', replies: [], resolved: false });

    await lib.value('app.setPreferences', { reviewerName: 'Wren Writer' });
    const replied = await lib.value<StoryComment>('comments.reply', { storyId: lib.storyId, commentId: comment.id, body: 'Yes, per the wire.' });
    expect(replied.replies).toMatchObject([{ body: 'Yes, per the wire.', author: 'Wren Writer' }]);

    const resolved = await lib.value<StoryComment>('comments.resolve', { storyId: lib.storyId, commentId: comment.id, resolved: true });
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: 'Wren Writer' });
    const reopened = await lib.value<StoryComment>('comments.resolve', { storyId: lib.storyId, commentId: comment.id, resolved: false });
    expect(reopened).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });

    const empty = await lib.call('comments.add', { storyId: lib.storyId, anchor, body: '   ' });
    expect(empty.ok ? '' : empty.error.code).toBe('invalid-request');
    const unknown = await lib.call('comments.reply', { storyId: lib.storyId, commentId: 'nope', body: 'x' });
    expect(unknown.ok ? '' : unknown.error.code).toBe('not-found');
    const all = await lib.value<{ comments: StoryComment[] }>('review.get', { storyId: lib.storyId });
    expect(all.comments).toEqual([reopened]);
  });
});

describe('review status (what the panel and the gate show)', () => {
  it('checks the stored story, follows decisions through a save, and locates comments', async () => {
    const first = await lib.value<Status>('review.status', { storyId: lib.storyId });
    expect(first.claims).toHaveLength(15);
    expect(first.summary).toMatchObject({ ready: false, verdicts: { contradicted: 1, unsupported: 1, supported: 13 }, states: { open: 15 } });
    expect(first.summary.blockers).toEqual(['“on Monday” is contradicted and still open', '“over 530” is unsupported and still open']);
    const monday = first.claims.find((c) => c.text === 'on Monday')!;
    expect(monday.evidence[0]).toMatchObject({ sourceTitle: 'Three killed in drone attack on military factory in Izhevsk' });

    await lib.value('review.decide', { storyId: lib.storyId, anchor: monday.anchor, state: 'dismissed', verdict: 'contradicted', reasons: ['own-sourcing'] });
    await lib.value('comments.add', { storyId: lib.storyId, anchor: anchorOf('Kupol factory'), body: 'Check the name.' });
    // The writer puts a sentence in front of the paragraph and saves.
    const story = lib.store.getStory(lib.storyId);
    const doc = structuredClone(story.document);
    const block = doc.find((b) => b.id === monday.blockId)!;
    block.children = [{ text: 'Residents heard blasts. ' }, ...block.children];
    await lib.value('stories.save', { id: lib.storyId, document: doc, baseRevision: story.revision });

    const after = await lib.value<Status>('review.status', { storyId: lib.storyId });
    const moved = after.claims.find((c) => c.text === 'on Monday')!;
    expect(moved).toMatchObject({ state: 'dismissed', changed: false, start: monday.start + 'Residents heard blasts. '.length });
    expect(moved.decision?.reasons).toEqual(['own-sourcing']);
    // The open comment holds the story as much as the open flag does.
    expect(after.summary.blockers).toEqual(['“over 530” is unsupported and still open', 'A comment on “Kupol factory” is unresolved']);
    expect(after.summary.blockedBy).toBe('1 unsupported, 1 open comment');
    expect(after.comments[0]?.located).not.toBeNull();

    // "Not a claim" on the flag and a resolved comment: ready.
    const over = after.claims.find((c) => c.text === 'over 530')!;
    await lib.value('stories.hiddenClaims.set', { storyId: lib.storyId, keys: [`${over.blockId}|over 530`] });
    await lib.value('comments.resolve', { storyId: lib.storyId, commentId: after.comments[0]!.id, resolved: true });
    const ready = await lib.value<Status>('review.status', { storyId: lib.storyId });
    expect(ready.claims.find((c) => c.text === 'over 530')).toMatchObject({ notAClaim: true, state: 'open' });
    expect(ready.summary).toMatchObject({ ready: true, blockers: [], blockedBy: '', notAClaim: 1, openComments: 0, states: { open: 13 } });
  });
});
