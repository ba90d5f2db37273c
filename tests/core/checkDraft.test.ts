import { describe, expect, it } from 'vitest';
import { checkDraft, createDraftChecker, createSourceIndex, type Claim, type SourceDocument } from '../../core/index.ts';

const wire: SourceDocument = {
  id: 'wire',
  text: 'Three people lost their lives and 45 others were injured in a drone attack on the plant. '
    + 'The drones flew about 1,300 kilometres. Police detained 12 people after the blast. '
    + 'Revenue rose to $1.2 billion, up 20% on the year.',
};

function only(draft: string, sources: readonly SourceDocument[] = [wire], published?: string): Claim {
  const claims = checkDraft(draft, sources, published ? { published } : undefined);
  expect(claims, JSON.stringify(claims.map((c) => c.text))).toHaveLength(1);
  return claims[0] as Claim;
}

describe('supported', () => {
  it('matches digits to words and paraphrased predicates', () => {
    const c = only('The strike killed 3 people.');
    expect(c).toMatchObject({ verdict: 'supported', quantity: 'killed' });
    expect(c.evidence[0]).toMatchObject({ sourceId: 'wire', value: 'Three' });
  });
  it('converts units', () => {
    const c = only('The drones flew 808 miles.');
    expect(c.verdict).toBe('supported');
    expect(c.explanation).toContain('≈ 808 mile');
  });
  it('accepts rounding of a hedged figure', () => {
    expect(only('They flew some 1,300 km.').verdict).toBe('supported');
    expect(only('Revenue rose to roughly $1.2bn.').verdict).toBe('supported');
    expect(only('Revenue rose a fifth.').verdict).toBe('supported');
  });
  it('reads fractions as rounded percentages and converts temperatures', () => {
    expect(only('Two-thirds of voters backed it.', [{ id: 'a', text: 'Some 67 percent of voters backed the plan.' }]).verdict).toBe('supported');
    expect(only('Temperatures hit 40C.', [{ id: 'a', text: 'Temperatures hit 104F on Tuesday.' }]).verdict).toBe('supported');
  });
  it('derives a total from its parts', () => {
    const c = only('The attack left 48 casualties.');
    expect(c.verdict).toBe('supported');
    expect(c.explanation).toContain('3 killed + 45 injured = 48');
    expect(c.evidence).toHaveLength(2);
  });
  it('reads an appositive age against a hyphenated one', () => {
    const c = only('Ian Guffick, 31, changed the answers.', [{ id: 'a', text: 'The 31-year-old teacher changed the answers.' }]);
    expect(c).toMatchObject({ kind: 'age', verdict: 'supported' });
  });
  it('keeps the source hedge a draft dropped in the explanation', () => {
    const c = only('He was banned from teaching for two years.', [{ id: 'a', text: 'The panel banned him from the classroom for at least two years.' }]);
    expect(c.verdict).toBe('supported');
    expect(c.explanation).toContain('at least two years');
  });
  it('treats arrested and detained as one quantity', () => {
    expect(only('Police arrested twelve people.').verdict).toBe('supported');
  });
});

describe('contradicted', () => {
  it('reads a bare casualty figure against the one toll the sources give', () => {
    const c = only('4 killed');
    expect(c).toMatchObject({ verdict: 'contradicted', text: '4' });
    expect(c.evidence[0]?.quote).toContain('Three people lost their lives');
  });
  it('leaves a bare figure unsupported when the sources give several tolls for that outcome', () => {
    const two: SourceDocument = { id: 'b', text: 'On Monday 45 people were injured. By Friday 60 people had been injured.' };
    expect(only('52 injured', [two]).verdict).toBe('unsupported');
  });
  it('flags a different figure for the same quantity, citing the source figure', () => {
    const c = only('Four people were killed in the attack.');
    expect(c.verdict).toBe('contradicted');
    expect(c.explanation).toBe("Source: 'Three people'. Draft: 'Four people'.");
    const e = c.evidence[0];
    expect(e?.quote).toContain('Three people lost their lives');
    expect(wire.text.slice(e?.valueStart, e?.valueEnd)).toBe('Three');
  });
  it('points at the changed scale word', () => {
    const c = only('Revenue rose to $1.2 million.');
    expect(c.verdict).toBe('contradicted');
    expect(c.text).toBe('million');
  });
  it('points at the currency when only the currency differs', () => {
    const c = only('He earned a £15m fortune.', [{ id: 'a', text: 'He retired with a rumoured fortune of $15million.' }]);
    expect(c).toMatchObject({ verdict: 'contradicted', text: '£' });
  });
  it('points at the unit when only the unit differs', () => {
    const c = only('He must spend another 30 years in detention.', [{ id: 'a', text: 'A court ordered him held in detention for another 30 days.' }]);
    expect(c.verdict).not.toBe('supported');
    expect(c.text).toBe('years');
  });
  it('compares dates by category when no publication date is known', () => {
    const src: SourceDocument = { id: 'a', text: 'The plant was hit over the weekend.' };
    expect(only('The plant was hit on Monday.', [src]).verdict).toBe('contradicted');
    expect(only('The plant was hit on Saturday.', [src]).verdict).toBe('supported');
  });
  it('reads "last year" against the source\'s publication date and points at the wrong year', () => {
    const src: SourceDocument = { id: 'a', text: 'The transfers started on 17 August last year.', published: '2023-02-24' };
    expect(only('The funds moved in August 2021.', [src])).toMatchObject({ verdict: 'contradicted', text: '2021' });
    expect(only('The funds moved in August 2022.', [src]).verdict).toBe('supported');
  });
  it('places dates on the calendar when publication dates are known', () => {
    const src: SourceDocument = { id: 'a', text: 'The plant was hit on Tuesday.', published: '2025-03-12' };
    expect(only('The plant was hit yesterday.', [src], '2025-03-12').verdict).toBe('supported');
    expect(only('The plant was hit yesterday.', [src], '2025-03-14').verdict).toBe('contradicted');
  });
});

describe('relative dates', () => {
  const src: SourceDocument = { id: 'a', text: 'The factory was hit by drones yesterday, officials said.', published: '2026-11-21' };

  it('resolves the draft against its own publication date and names the days in the explanation', () => {
    const c = only('The factory was hit by drones yesterday, officials said.', [src], '2026-11-23');
    expect(c.verdict).toBe('contradicted');
    expect(c.explanation).toBe("Source: 'yesterday' (Fri 20 Nov 2026). Draft: 'yesterday' (Sun 22 Nov 2026).");
  });

  it('agrees when both come to the same day', () => {
    const c = only('The factory was hit by drones on Friday, officials said.', [src], '2026-11-21');
    expect(c.verdict).toBe('supported');
    expect(c.explanation).toBe("Source: 'yesterday' (Fri 20 Nov 2026). Draft: 'on Friday' (Fri 20 Nov 2026).");
  });

  it('cannot place a weekday without the draft\'s date', () => {
    expect(only('The factory was hit by drones on Friday, officials said.', [src]).verdict).toBe('unsupported');
  });
});

describe('unsupported', () => {
  it('flags a figure no source gives, with no evidence', () => {
    const c = only('Russia fired over 530 drones.');
    expect(c).toMatchObject({ verdict: 'unsupported', evidence: [] });
  });
  it('never calls a figure supported because its digits occur for another quantity: a near miss', () => {
    // 12 appears in the source, but for people detained, not as a percentage.
    const c = only('Revenue rose 12%.');
    expect(c.verdict).toBe('unsupported');
    expect(c.evidence).toHaveLength(0);
    expect(c.nearMiss).toMatchObject({ sourceId: 'wire', value: '12', note: "The source's 12 is in 'Police detained 12 people after the blast'." });
  });
  it('says so when there are no sources', () => {
    expect(only('Three people died.', []).verdict).toBe('unsupported');
  });
});

describe('sources that disagree', () => {
  it('says so and cites both', () => {
    const a: SourceDocument = { id: 'a', text: 'Seven people died in the fire, police said.' };
    const b: SourceDocument = { id: 'b', text: 'Nine people died in the fire, officials said.' };
    const c = only('Seven people died in the fire.', [a, b]);
    expect(c.verdict).toBe('disputed');
    expect(c.explanation).toMatch(/^Sources disagree/);
    expect(c.evidence.map((e) => e.sourceId).sort()).toEqual(['a', 'b']);
  });
});

describe('createDraftChecker', () => {
  const index = createSourceIndex([wire]);
  it('gives block-relative offsets and reuses blocks whose text and context are unchanged', () => {
    const checker = createDraftChecker(index);
    const blocks = (lead: string) => [{ id: 'p1', text: lead }, { id: 'p2', text: 'Then 45 were injured.' },
      { id: 'p3', text: 'Police detained 12 people.' }, { id: 'p4', text: 'Revenue rose 20%.' }];
    const first = checker.checkBlocks(blocks('Three died.'));
    const p2 = first.get('p2') ?? [];
    expect(p2.map((c) => [c.start, c.end, c.text])).toEqual([[5, 7, '45']]);
    expect(checker.checkBlocks(blocks('Three died.')).get('p2')).toBe(p2); // same array: not re-analysed
    const second = checker.checkBlocks(blocks('Four died.'));
    expect(second.get('p1')?.[0]?.text).toBe('Four');
    // The next two blocks read p1 as context and are re-read; the one after is not.
    expect(second.get('p2')).not.toBe(p2);
    expect(second.get('p2')).toEqual(p2);
    expect(second.get('p4')).toBe(first.get('p4'));
  });
  it('checkDraft accepts a prebuilt index and matches block results', () => {
    const draft = 'Three died.\n\nThen 45 were injured.';
    const claims = checkDraft(draft, index);
    expect(claims.map((c) => draft.slice(c.start, c.end))).toEqual(['Three', '45']);
  });
});

describe('a paragraph read after the ones before it', () => {
  const sources = [{ id: 's', text: 'Mrs Ratcliffe, 38, was sentenced in September. Mr Ratcliffe, 41, believes his wife is a bargaining chip.' }];
  const gap = (claims: readonly Claim[] | undefined) => claims?.find((c) => c.kind === 'duration')?.verdict;
  it('works "three years her senior" from an age a paragraph up, and re-reads it when that paragraph changes', () => {
    const checker = createDraftChecker(createSourceIndex(sources));
    const husband = { id: 'b', text: 'Her husband, Richard Ratcliffe, 41 - three years her senior - believes she is a bargaining chip.' };
    expect(gap(checker.checkBlocks([{ id: 'a', text: 'The 38-year-old was sentenced in September.' }, husband]).get('b'))).toBe('supported');
    expect(gap(checker.checkBlocks([{ id: 'a', text: 'The 35-year-old was sentenced in September.' }, husband]).get('b'))).not.toBe('supported');
    // Offsets stay the block's own.
    const [claim] = checker.checkBlocks([{ id: 'a', text: 'The 38-year-old was sentenced in September.' }, husband]).get('b')!.filter((c) => c.kind === 'duration');
    expect(husband.text.slice(claim!.start, claim!.end)).toBe('three years');
  });
});
