// A figure told of one name that the source's list gives another name.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'More than 1.53 million homes were without power – 559 315 in Virginia, 496 828 in North Carolina, 288 549 in Florida, 166 599 in Georgia and 25 595 in Alabama.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('figureOfAnotherName', () => {
  it('"Florida had about 167,000" takes Georgia\'s figure from the source\'s list', () => {
    const c = on('Florida had about 167,000 homes without power and Virginia about 559,000.', '167,000');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toBe("Source gives Florida '288 549'; its '166 599' is Georgia's. Draft: 'about 167,000 homes'.");
    expect(c?.evidence).toHaveLength(2);
  });
  it('the name before a hedged figure: "Georgia more than 288,000"', () => {
    expect(on('Florida had about 289,000, Georgia more than 288,000.', 'more than 288,000')?.verdict).toBe('contradicted');
  });
  it('each name with its own figure stands', () => {
    expect(on('Florida had about 289,000 outages, Georgia nearly 167,000.', '289,000')?.verdict).toBe('supported');
    expect(on('Florida had about 289,000 outages, Georgia nearly 167,000.', '167,000')?.verdict).toBe('supported');
  });
  it('a name that opens another clause is not the figure\'s: "four are in California and one is in Scottsdale"', () => {
    const clinics = [{ id: 's', text: 'Four more are in California, and one is in Scottsdale, Arizona.' }];
    expect(checkDraft('The chain has four clinics in California and one is in Scottsdale.', clinics).find((c) => c.text === 'one')?.verdict).toBe('supported');
  });
});

describe('spacedThousands: a list of figures spaced as thousands', () => {
  it('reads "496 828" after a comma as one figure where the list\'s first figure is spaced that way', () => {
    expect(on('Virginia had about 559,000 outages, North Carolina nearly 497,000.', '497,000')?.verdict).toBe('supported');
  });
});

describe('a results list, line by line', () => {
  const result = [{ id: 's', text: 'Full Result:\n\n  • Sarah Olney (Liberal Democrats) – 20,510\n  • Christian Wolmar (Labour Party) – 1,515\n  • Fiona Natasha Syms, (Independent) – 173\n  • Dominic Francis Stockford, (Christian Peoples Alliance) – 164\n  • David Powell – 32' }];
  const on = (draft: string, figure: string) => checkDraft(draft, result).find((c) => c.text.includes(figure))?.verdict;
  it('a line\'s name is the figure\'s: "Labour\'s Christian Wolmar finished third with 1,515 votes"', () => {
    expect(on("Labour's Christian Wolmar finished third with 1,515 votes.", '1,515')).toBe('supported');
  });
  it('two neighbours\' figures swapped in a gapped list ("independent Fiona Syms 164, Dominic Stockford … 173") are contradicted', () => {
    const draft = 'Olney took 20,510, independent Fiona Syms 164, Dominic Stockford of the Christian Peoples Alliance 173, and David Powell 32.';
    expect(on(draft, '164')).toBe('contradicted');
    expect(on(draft, '173')).toBe('contradicted');
    expect(on('Olney took 20,510, independent Fiona Syms 173, Dominic Stockford of the Christian Peoples Alliance 164, and David Powell 32.', '173')).toBe('supported');
  });
  it('a name told after its figure as the agent ("offered by Maryland", "by New Jersey"), a name of several words included', () => {
    const bids = [{ id: 's', text: 'The deal was far smaller than the package of up to $8.5 billion offered by Maryland and $4 billion by New Jersey, the paper said.' }];
    const verdict = (draft: string, figure: string) => checkDraft(draft, bids).find((c) => c.text.includes(figure))?.verdict;
    expect(verdict('Maryland offered up to $4 billion and New Jersey $8.5 billion.', '$4 billion')).toBe('contradicted');
    expect(verdict('Maryland offered up to $4 billion and New Jersey $8.5 billion.', '$8.5 billion')).toBe('contradicted');
    expect(verdict('Maryland offered up to $8.5 billion and New Jersey $4 billion.', '$8.5 billion')).toBe('supported');
    expect(verdict('Maryland offered up to $8.5 billion and New Jersey $4 billion.', '$4 billion')).toBe('supported');
  });
});

describe('figureOfAnotherName: a place after "in the", and a figure restated after ", or"', () => {
  it('"by 13% in London" where the source gives London 5% and the West Midlands 13%', () => {
    const source = [{ id: 's', text: 'Such offences rose 13% in the West Midlands and by 5% in London, but dropped 9% in West Yorkshire.' }];
    expect(checkDraft('Offences rose by 13% in London and by 5% in the West Midlands.', source).map((c) => c.verdict)).toEqual(['contradicted', 'contradicted']);
    expect(checkDraft('Offences rose by 5% in London and by 13% in the West Midlands.', source).map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
  it('"The Standard & Poor\'s 500 slipped 2.31 points, or 0.5%" where the source gives it 0.2% and the Nasdaq 0.5%', () => {
    const source = [{ id: 's', text: "The Standard & Poor's 500 index fell 2.31, or 0.2%, to 1741.65 and the Nasdaq composite index dropped 16.83, or 0.5%, to 4183.12." }];
    const pct = (draft: string) => checkDraft(draft, source).filter((c) => c.text.endsWith('%'));
    const swapped = pct("The Standard & Poor's 500 slipped 2.31 points, or 0.5%, to 1,741.65, while the Nasdaq composite shed almost 17 points, or 0.2%, to 4,183.12.");
    expect(swapped.map((c) => c.verdict)).toEqual(['contradicted', 'contradicted']);
    expect(swapped[0]?.explanation).toContain("Source gives Standard & Poor's '0.2%'; its '0.5%' is Nasdaq's.");
    expect(pct("The Standard & Poor's 500 slipped 2.31 points, or 0.2%, to 1,741.65, while the Nasdaq composite shed almost 17 points, or 0.5%, to 4,183.12.").map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
});
