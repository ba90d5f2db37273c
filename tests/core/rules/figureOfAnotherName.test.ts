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
