// Properties of re-anchoring over generated stories: decisions survive edits that do not touch
// their claim, and never land on two claims or on a claim whose text is not theirs unless marked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorFor, reanchorReviews } from '../../core/index.ts';
import type { ClaimReview, SpanInBlock } from '../../core/index.ts';

const word = fc.constantFrom('the', 'council', 'said', 'river', 'rose', 'by', 'homes', 'were', 'flooded', 'after', 'rain', 'in', 'March', 'officials', 'counted');
const figure = fc.integer({ min: 2, max: 9999 }).map(String);
/** A sentence with one figure in it. */
const sentence = fc.tuple(fc.array(word, { minLength: 2, maxLength: 6 }), figure, fc.array(word, { minLength: 2, maxLength: 6 }))
  .map(([before, n, after]) => ({ before: before.join(' '), n, after: after.join(' ') }));
const story = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });

interface Built { blocks: { id: string; text: string }[]; claims: SpanInBlock[] }

function build(paragraphs: { before: string; n: string; after: string }[][], prefix: (block: number) => string = () => ''): Built {
  const blocks: Built['blocks'] = [];
  const claims: SpanInBlock[] = [];
  paragraphs.forEach((sentences, b) => {
    let text = prefix(b);
    for (const s of sentences) {
      const start = text.length + s.before.length + 1;
      text += `${s.before} ${s.n} ${s.after}. `;
      claims.push({ blockId: `b${b}`, start, end: start + s.n.length, text: s.n });
    }
    blocks.push({ id: `b${b}`, text });
  });
  return { blocks, claims };
}

function reviewAll({ blocks, claims }: Built): ClaimReview[] {
  return claims.map((c, i) => ({
    id: `r${i}`,
    decisions: [{
      id: `d${i}`, anchor: anchorFor(c.blockId, blocks.find((b) => b.id === c.blockId)!.text, c.start, c.end),
      state: i % 2 ? 'verified' : 'dismissed', verdict: null, reasons: [], reasonText: '', note: '', reviewer: 'P', at: '2026-11-22T00:00:00.000Z',
    }],
  }));
}

describe('re-anchoring properties', () => {
  it('with no edit, every decision stays on its own claim', () => {
    fc.assert(fc.property(story, (paragraphs) => {
      const built = build(paragraphs);
      const reviews = reviewAll(built);
      const { byClaim, orphans } = reanchorReviews(built.blocks, built.claims, reviews);
      expect(orphans).toEqual([]);
      built.claims.forEach((_, i) => expect(byClaim.get(i)).toMatchObject({ review: reviews[i], changed: false }));
    }), { numRuns: 200, seed: 5 });
  });

  it('text added at the start of paragraphs moves nothing off its claim', () => {
    fc.assert(fc.property(story, fc.array(word, { minLength: 1, maxLength: 5 }), (paragraphs, lead) => {
      const built = build(paragraphs);
      const reviews = reviewAll(built);
      const edited = build(paragraphs, (b) => (b % 2 === 0 ? `${lead.join(' ')}: ` : ''));
      const { byClaim } = reanchorReviews(edited.blocks, edited.claims, reviews);
      edited.claims.forEach((_, i) => expect(byClaim.get(i)).toMatchObject({ review: reviews[i], changed: false }));
    }), { numRuns: 200, seed: 6 });
  });

  it('a decision never lands on two claims, and a different figure is always marked changed', () => {
    fc.assert(fc.property(story, story, (first, second) => {
      const before = build(first);
      const reviews = reviewAll(before);
      const after = build(second);
      const { byClaim, orphans } = reanchorReviews(after.blocks, after.claims, reviews);
      const used = [...byClaim.values()].map((m) => m.review.id);
      expect(new Set(used).size).toBe(used.length);
      expect(used.length + orphans.length).toBe(reviews.length);
      for (const [i, match] of byClaim) {
        const was = match.review.decisions[0]!.anchor.text;
        expect(match.changed).toBe(after.claims[i]!.text !== was);
        if (match.changed) expect(match.state).toBe('open');
      }
    }), { numRuns: 200, seed: 7 });
  });
});
