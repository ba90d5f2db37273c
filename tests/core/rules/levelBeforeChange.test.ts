// The level before a change, worked out from the change in percent and the level after it.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Revenue jumped 20 percent to $62.9 billion in the fourth quarter.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('levelBeforeChange', () => {
  it('"jumped 20 percent to $62.9 billion …, up from roughly $52 billion" is the draft\'s own arithmetic', () => {
    const c = on('Revenue jumped 20 percent to $62.9 billion in the fourth quarter, up from roughly $52 billion a year earlier.', '52');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '$62.9 billion' after a change of '20 percent' was 52.4 billion before. Draft: 'roughly $52 billion'.");
    expect(c?.basis).toBe('draft');
  });
  it('a level the change does not leave is not', () => {
    expect(on('Revenue jumped 20 percent to $62.9 billion in the fourth quarter, up from roughly $48 billion a year earlier.', '48')?.verdict).not.toBe('supported');
  });
  it('a fall divides by what is left', () => {
    const fell = [{ id: 's', text: 'Profit fell 20 percent to $40 million.' }];
    expect(checkDraft('Profit fell 20 percent to $40 million, down from $50 million.', fell).find((c) => c.text.includes('50'))?.verdict).toBe('supported');
    expect(checkDraft('Profit fell 20 percent to $40 million, down from $48 million.', fell).find((c) => c.text.includes('48'))?.verdict).not.toBe('supported');
  });
});

describe('levelBeforeChange by an amount', () => {
  const source = [{ id: 's', text: 'Shares in the company fell $1.31 to $18.05 in early trading.' }];
  it('"dropped $1.31 to around $18.05 …, from roughly $19.36": the change in the level\'s own unit adds back', () => {
    const claims = checkDraft('The shares dropped $1.31 to around $18.05 in early trading, from roughly $19.36 before the results.', source);
    const c = claims.find((k) => k.text.includes('19.36'));
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('Derived');
  });
  it('a wrong level before is not derived', () => {
    const claims = checkDraft('The shares dropped $1.31 to around $18.05 in early trading, from roughly $20.36 before the results.', source);
    expect(claims.find((k) => k.text.includes('20.36'))?.verdict).not.toBe('supported');
  });
});

describe('a change in money and the level it reached', () => {
  const source = [{ id: 's', text: 'During his tenure annual sales grew by £10.3bn to £26.4bn.' }];
  it('"grew by £10.3bn to £26.4bn" is a change and a level, not a range, so "meaning they stood at roughly £16.1bn" is worked out', () => {
    const claims = checkDraft('Annual sales grew by £10.3bn to £26.4bn, meaning they stood at roughly £16.1bn when he took over.', source);
    expect(claims.map((c) => c.text)).toContain('£10.3bn');
    expect(claims.find((c) => c.text.includes('16.1'))?.verdict).toBe('supported');
    expect(checkDraft('Annual sales grew by £10.3bn to £26.4bn, meaning they stood at roughly £18.1bn when he took over.', source).find((c) => c.text.includes('18.1'))?.verdict).not.toBe('supported');
  });
  it('a range of changes in money stays a range: "by £5bn to £10bn"', () => {
    expect(checkDraft('Sales could grow by £5bn to £10bn.', source).map((c) => c.text)).toEqual(['£5bn to £10bn']);
  });
});
