// The user's example: a blog draft checked against the one wire report it was written from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft, type Claim } from '../../core/index.ts';

const draft = readFileSync(new URL('../../assets/samples/draft-blog-story.txt', import.meta.url), 'utf8');
const source = readFileSync(new URL('../../assets/samples/source-wire-report.txt', import.meta.url), 'utf8');
const claims = checkDraft(draft, [{ id: 'wire', text: source }]);

/** Claims overlapping the n-th occurrence of `span` in the draft. */
function claimsAt(span: string, nth = 0): Claim[] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = draft.indexOf(span, at + 1);
  expect(at, `"${span}" #${nth} is in the draft`).toBeGreaterThanOrEqual(0);
  return claims.filter((c) => c.start < at + span.length && at < c.end);
}

function verdictAt(span: string, nth = 0): Claim {
  const found = claimsAt(span, nth);
  expect(found, `one claim on "${span}"`).toHaveLength(1);
  return found[0] as Claim;
}

describe('seed example: blog draft vs wire report, no dates known', () => {
  it('returns claims in text order with offsets into the draft', () => {
    for (let i = 1; i < claims.length; i++) expect((claims[i] as Claim).start).toBeGreaterThanOrEqual((claims[i - 1] as Claim).start);
    for (const c of claims) expect(draft.slice(c.start, c.end)).toBe(c.text);
  });

  it.each([
    ['Three killed in Ukrainian', 0, 'Three'],
    ['45 injured after', 0, '45'],
    ['killed three people', 0, 'three'],
    ['injured 45 others', 0, '45'],
    ['3 killed', 0, '3'],
    ['45 injured (', 0, '45'],
    ['(6 seriously)', 0, '6'],
    ['more than 1,000km', 0, 'more than 1,000km'],
    ['1,300 km', 0, '1,300 km'],
    ['two long-range drones', 0, 'two'],
    ['second strike', 0, 'second'],
    ['around 20% of Ukraine', 0, 'around 20%'],
  ])('supports %s', (span, nth, text) => {
    const c = verdictAt(span, nth);
    expect(c.text).toBe(text);
    expect(c.verdict).toBe('supported');
    expect(c.evidence.length).toBeGreaterThan(0);
    for (const e of c.evidence) {
      expect(e.sourceId).toBe('wire');
      expect(source.slice(e.start, e.end)).toBe(e.quote);
      if (e.valueStart !== undefined) expect(source.slice(e.valueStart, e.valueEnd)).toBe(e.value);
    }
  });

  it('reads the paraphrases as the same quantities', () => {
    expect(verdictAt('3 killed').evidence[0]?.quote).toContain('Three people lost their lives');
    expect(verdictAt('(6 seriously)').evidence[0]?.quote).toContain('Six of the injured');
    expect(verdictAt('1,300 km').evidence[0]?.value).toBe('about 1,300 kilometers');
  });

  it('supports "second strike" with the previous attack', () => {
    const c = verdictAt('second strike');
    expect(c.evidence[0]?.quote).toContain('a previous drone attack occurred last November');
  });

  it('contradicts "on Monday" with "over the weekend"', () => {
    const c = verdictAt('on Monday');
    expect(c.verdict).toBe('contradicted');
    expect(c.evidence[0]?.value).toBe('over the weekend');
    expect(c.explanation).toBe("Source: 'over the weekend'. Draft: 'on Monday'.");
  });

  it.each([['over 530 drones', 'over 530'], ['up to 35%', 'up to 35%']])('finds no source for %s', (span, text) => {
    const c = verdictAt(span);
    expect(c.text).toBe(text);
    expect(c.verdict).toBe('unsupported');
    expect(c.evidence).toEqual([]);
  });

  it('raises no other red flag', () => {
    const flagged = claims.filter((c) => c.verdict !== 'supported').map((c) => c.text);
    expect(flagged.sort()).toEqual(['on Monday', 'over 530', 'up to 35%']);
  });

  it('explains every claim in one line', () => {
    for (const c of claims) {
      expect(c.explanation.length).toBeGreaterThan(0);
      expect(c.explanation).not.toContain('\n');
      if (c.verdict !== 'unsupported') expect(c.evidence.length).toBeGreaterThan(0);
    }
  });
});
