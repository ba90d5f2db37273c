// "Q4 2014" is the fourth quarter of 2014, as prose writes it, and nothing else: no "fourth place".
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../core/index.ts';

const source = [{ id: 's', text: 'Microsoft reported 10.5 million Lumia shipments in Q4 2014, driven by low-cost models.' }];
const verdictOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;

describe('quarterCodes', () => {
  it('"Q4" is the ordinal four', () => {
    expect(findMentions('Shipments exceeded 375m in Q4 2014.').find((m) => m.text === 'Q4')).toMatchObject({ kind: 'ordinal', value: 4 });
  });
  it('supports "the fourth quarter" and contradicts "the third quarter"', () => {
    expect(verdictOf('Microsoft reported 10.5 million Lumia shipments in the fourth quarter.', 'fourth')).toBe('supported');
    expect(verdictOf('Microsoft reported 10.5 million Lumia shipments in the third quarter.', 'third')).toBe('contradicted');
  });
  it('says nothing of another ordinal', () => {
    expect(verdictOf('Microsoft came fourth in the market, with 10.5 million Lumia shipments.', 'fourth')).not.toBe('supported');
  });
});
