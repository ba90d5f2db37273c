import { describe, expect, it } from 'vitest';
import { locateAnchor, reanchorReviews, reviewClaims, storyBlocks, anchorFor } from '../../core/index.ts';
import type { SlateElement, StoryDocument } from '../../electron/shared/ipcContract.ts';
import { checkStory, decide, sampleDocument } from './reviewSample.ts';

const para = (id: string, text: string): SlateElement => ({ type: 'paragraph', id, children: [{ text }] });
const spanOf = (blockId: string, blockText: string, text: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = blockText.indexOf(text, at + 1);
  return { blockId, start: at, end: at + text.length, text };
};

describe('re-anchoring review decisions through edits', () => {
  const original = 'Officials said 45 people were injured and 3 were killed in the attack on Monday.';

  it('keeps a decision on its claim when text is inserted before it in the same block', () => {
    const [block] = storyBlocks([para('p1', original)]);
    const review = decide(block!, '45', 'verified');
    const edited = `Late on Sunday night, ${original}`;
    const result = reanchorReviews([{ id: 'p1', text: edited }], [spanOf('p1', edited, '3'), spanOf('p1', edited, '45')], [review]);
    expect(result.byClaim.get(1)).toMatchObject({ state: 'verified', changed: false });
    expect(result.byClaim.has(0)).toBe(false);
    expect(result.orphans).toEqual([]);
  });

  it('follows a claim into another block (a split paragraph gets a new id)', () => {
    const [block] = storyBlocks([para('p1', original)]);
    const review = decide(block!, '3', 'dismissed');
    const first = 'Officials said 45 people were injured';
    const second = 'and 3 were killed in the attack on Monday.';
    const result = reanchorReviews(
      [{ id: 'p1', text: first }, { id: 'p9', text: second }],
      [spanOf('p1', first, '45'), spanOf('p9', second, '3')],
      [review],
    );
    expect(result.byClaim.get(1)).toMatchObject({ state: 'dismissed', changed: false });
    expect(result.byClaim.has(0)).toBe(false);
  });

  it('reopens a claim whose own text changed after the decision, marked changed', () => {
    const [block] = storyBlocks([para('p1', original)]);
    const review = decide(block!, '45', 'verified');
    const edited = original.replace('45', '46');
    const result = reanchorReviews([{ id: 'p1', text: edited }], [spanOf('p1', edited, '46'), spanOf('p1', edited, '3')], [review]);
    expect(result.byClaim.get(0)).toMatchObject({ state: 'open', changed: true, decision: undefined });
    expect(result.byClaim.get(0)?.review).toBe(review);
    expect(result.byClaim.has(1)).toBe(false);
  });

  it('keeps two decisions on the same figure apart and orphans the one whose sentence was deleted', () => {
    const text = 'In March 3 villages flooded. By May 3 more were evacuated.';
    const [block] = storyBlocks([para('p1', text)]);
    const march = decide(block!, '3', 'verified', 0);
    const may = decide(block!, '3', 'needs-change', 1);
    const swapped = 'By May 3 more were evacuated. In March 3 villages flooded.';
    const both = reanchorReviews([{ id: 'p1', text: swapped }], [spanOf('p1', swapped, '3', 0), spanOf('p1', swapped, '3', 1)], [march, may]);
    expect(both.byClaim.get(0)?.review).toBe(may);
    expect(both.byClaim.get(1)?.review).toBe(march);

    const cut = 'In March 3 villages flooded.';
    const one = reanchorReviews([{ id: 'p1', text: cut }], [spanOf('p1', cut, '3')], [march, may]);
    expect(one.byClaim.get(0)?.review).toBe(march);
    expect(one.orphans).toEqual([may]);
  });

  it('does not pin a decision on an unrelated figure in a rewritten block', () => {
    const [block] = storyBlocks([para('p1', original)]);
    const review = decide(block!, '45', 'verified');
    const rewritten = 'The ministry will publish 12 reports on the economy next year.';
    const result = reanchorReviews([{ id: 'p1', text: rewritten }], [spanOf('p1', rewritten, '12')], [review]);
    expect(result.byClaim.size).toBe(0);
    expect(result.orphans).toEqual([review]);
  });

  it('uses the newest decision of a claim, and history keeps the earlier ones', () => {
    const [block] = storyBlocks([para('p1', original)]);
    const first = decide(block!, 'on Monday', 'needs-change');
    const second = decide(block!, 'on Monday', 'verified', 0, first);
    expect(second.decisions.map((d) => d.state)).toEqual(['needs-change', 'verified']);
    const result = reanchorReviews([{ id: 'p1', text: original }], [spanOf('p1', original, 'on Monday')], [second]);
    expect(result.byClaim.get(0)).toMatchObject({ state: 'verified', changed: false });
  });
});

describe('re-anchoring on the sample story with the real engine', () => {
  it('follows decisions through a realistic edit session', () => {
    const doc = sampleDocument();
    const before = checkStory(doc);
    const reviewed = reviewClaims(before.blocks, before.claims, []);
    const monday = reviewed.claims.find((c) => c.text === 'on Monday')!;
    const drones = reviewed.claims.find((c) => c.text === 'over 530')!;
    const injured = reviewed.claims.find((c) => c.text === '45' && c.claim.explanation.includes('45 others'))!;
    expect([monday.verdict, drones.verdict, injured.verdict]).toEqual(['contradicted', 'unsupported', 'supported']);
    const blockOf = (id: string) => before.blocks.find((b) => b.id === id)!;
    const reviews = [
      decide(blockOf(monday.blockId), 'on Monday', 'needs-change'),
      decide(blockOf(drones.blockId), 'over 530', 'verified'),
      decide(blockOf(injured.blockId), '45', 'verified', before.blocks.find((b) => b.id === injured.blockId)!.text.split('45').length - 2),
    ];

    // The writer adds a new opening paragraph, fixes the day and rewrites around the drone count.
    const edited = structuredClone(doc) as StoryDocument;
    const setText = (id: string, fn: (t: string) => string) => {
      const el = edited.find((b) => b.id === id) as SlateElement;
      const text = storyBlocks([el])[0]!.text;
      el.children = [{ text: fn(text) }];
    };
    setText(monday.blockId, (t) => t.replace('on Monday', 'over the weekend'));
    setText(drones.blockId, (t) => `According to the ministry, ${t}`);
    const headlineIndex = edited.findIndex((b) => b.type === 'headline');
    edited.splice(headlineIndex + 1, 0, para('new-lead', 'Residents reported 2 loud explosions before dawn.'));

    const after = checkStory(edited);
    const result = reviewClaims(after.blocks, after.claims, reviews);
    const find = (text: string, blockId: string) => result.claims.find((c) => c.text === text && c.blockId === blockId)!;
    expect(find('over 530', drones.blockId)).toMatchObject({ state: 'verified', changed: false });
    expect(find('45', injured.blockId)).toMatchObject({ state: 'verified', changed: false });
    const fixed = result.claims.find((c) => c.blockId === monday.blockId && c.review !== undefined && c.review.id === reviews[0]!.id);
    expect(fixed).toMatchObject({ text: 'over the weekend', state: 'open', changed: true, verdict: 'supported' });
    expect(result.claims.find((c) => c.blockId === 'new-lead')?.review).toBeUndefined();
    expect(result.orphans).toEqual([]);
  });
});

describe('locating a comment’s range after edits', () => {
  it('finds the quoted words in their block, nearest their old place, or reports them gone', () => {
    const text = 'The factory was hit twice. The factory makes drones.';
    const anchor = anchorFor('p1', text, text.lastIndexOf('The factory'), text.lastIndexOf('The factory') + 'The factory'.length);
    const moved = `Update: ${text}`;
    expect(locateAnchor([{ id: 'p1', text: moved }], anchor)).toEqual({ blockId: 'p1', start: moved.lastIndexOf('The factory'), end: moved.lastIndexOf('The factory') + 11, text: 'The factory' });
    expect(locateAnchor([{ id: 'p0', text: 'Elsewhere. The factory makes drones.' }], anchor)?.blockId).toBe('p0');
    expect(locateAnchor([{ id: 'p1', text: 'The plant makes drones.' }], anchor)).toBeNull();
  });
});
