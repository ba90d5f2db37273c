// The draft's digits matched only weakly, while another figure frames the quantity clearly
// better with another value: the draft took the wrong figure of the sentence.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'The union said 88% of nurses who voted had backed the walkout, on a turnout of 61%.';

describe('a better-framed rival', () => {
  it('leaves the wrong figure of the sentence unsupported, citing the rival and naming the near miss', () => {
    const [c] = checkDraft('Some 61% of nurses who voted backed the walkout.', [{ id: 's', text: SOURCE }]);
    expect(c?.verdict).toBe('unsupported');
    expect(c?.evidence[0]?.value).toBe('88%');
    expect(c?.nearMiss?.value).toBe('61%');
  });
  it('does not touch the right figure', () => {
    expect(checkDraft('Some 88% of nurses who voted backed the walkout.', [{ id: 's', text: SOURCE }])[0]?.verdict).toBe('supported');
  });
  it('ignores a rival from an earlier event', () => {
    const source = 'A magnitude-5.9 earthquake struck the coast on Monday. In 2011, a magnitude-9.0 earthquake there killed thousands.';
    expect(checkDraft('A 5.9-magnitude earthquake killed two people.', [{ id: 's', text: source }])[0]?.verdict).toBe('supported');
  });
});

describe('betterFramedRival: a rival that does not name the thing', () => {
  const source = [{ id: 's', text: 'Verdict: 7/10. Lumio Gentle SPF 50 £12.50 for 100ml, from chemists. Verdict: 8/10. Dermix Lotion £18.99 for 80g, from larger chemists. Verdict: it was tested for two years on patients at risk of skin cancer.' }];
  it('"Lumio\'s lotion, £12.50" keeps its match: the better-worded £18.99 is Dermix\'s', () => {
    expect(checkDraft("Lumio's lotion, £12.50, was tested for two years on patients at risk of skin cancer.", source)[0]?.verdict).toBe('supported');
  });
  it('with no name before the figure, the better-worded rival still wins', () => {
    expect(checkDraft('The lotion, at £12.50, was tested for two years on patients at risk of skin cancer.', source)[0]?.verdict).toBe('unsupported');
  });
});

describe('betterFramedRival: a precise figure', () => {
  it('a time to the hundredth the source gives is no coincidence of digits, whatever figure frames the sentence better', () => {
    const src = [{ id: 's', text: "Muir broke McColgan's record by 14 seconds at the Emirates Arena in Glasgow on Wednesday, with a time of 14 minutes, 49.12 seconds." }];
    const time = (draft: string) => checkDraft(draft, src).find((c) => c.text.includes('49'))?.verdict;
    expect(time("Muir clocked 14 minutes 49.12 seconds at Glasgow's Emirates Arena.")).toBe('supported');
    expect(time("Muir clocked 14 minutes 49.21 seconds at Glasgow's Emirates Arena.")).not.toBe('supported');
  });
});

describe('betterFramedRival: the sentences decide between two weak frames', () => {
  const source = [{ id: 's', text: 'Farmers named the calf Jumbo after a three-hour labour at a farm near Ely. Jumbo arrived just a fortnight after the largest calf born in Wales that spring.' }];
  const hours = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'duration')?.verdict;
  it('keeps the match whose sentence tells the draft\'s event, over a rival from a neighbouring fact', () => {
    expect(hours('It took the farmers three hours to deliver a calf so big they named him Jumbo.')).toBe('supported');
  });
  it('still flags another length', () => {
    expect(hours('It took the farmers five hours to deliver a calf so big they named him Jumbo.')).not.toBe('supported');
  });
});

describe('betterFramedRival: a change is no rival to a level', () => {
  const source = [{ id: 's', text: 'In the year to March, 57 homicides were recorded - down five on the previous 12 months. The total for the previous year later increased to 62, after three cases were reclassified.' }];
  it('"the previous year\'s 62" keeps its match over "down five"', () => {
    expect(checkDraft('The figure is five fewer than the previous year\'s 62.', source).find((c) => c.text === '62')?.verdict).toBe('supported');
  });
});

describe('betterFramedRival: a list of names with their figures', () => {
  const src = [{ id: 's', text: 'More than 1.53 million homes were without power – 559 315 in Virginia, 496 828 in North Carolina, 288 549 in Florida.' }];
  it('"Virginia had the most outages, about 559,000, followed by North Carolina" takes Virginia\'s figure, not a rival told of the next name', () => {
    const c = checkDraft('Virginia had the most outages, about 559,000, followed by North Carolina with nearly 497,000.', src).find((x) => x.text.includes('559'));
    expect(c?.verdict).toBe('supported');
  });
});

describe('betterFramedRival: a precise figure stated exactly', () => {
  it('"Nasdaq: 5,912.44" in a key-facts line is the source\'s close, whatever the points added frame better', () => {
    const src = [{ id: 's', text: 'The Dow rose 1.4 percent to 23,101.55. The Nasdaq added 38.21 points, or 0.6 percent, to 5,912.44.' }];
    expect(checkDraft('Key facts:\n- Dow: 23,101.55\n- Nasdaq: 5,912.44', src).find((c) => c.text === '5,912.44')?.verdict).toBe('supported');
  });
  it('not where the rival\'s sentence names whom the draft tells the figure of, and the match\'s does not', () => {
    const src = [{ id: 's', text: 'The Harris poll of 1,741 people taken May 3-5 showed 48 percent would vote to leave. The Ipsos poll of 3,495 people on May 1-3 showed 45 percent would leave.' }];
    expect(checkDraft('An Ipsos survey of 1,741 people, carried out from May 1 to 3, put Leave on 45 percent.', src).find((c) => c.text === '1,741')?.verdict).not.toBe('supported');
    expect(checkDraft('A Harris survey of 1,741 people, carried out from May 3 to 5, put Leave on 48 percent.', src).find((c) => c.text === '1,741')?.verdict).toBe('supported');
  });
});
