// A sum or difference the draft works out from two amounts it gives, with no cue word.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{
  id: 's',
  text: 'The group had net debt of £740m a year ago. It now holds net cash of £19m. The first stage of the race is 42 miles. The second stage is 35 miles. The board approved a buyback of up to £30m from its £50m surplus. Inflation rose to 3.4% in March. Economists had expected 3.1%.',
}];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('ownArithmetic', () => {
  it('"net debt of £740m … net cash of £19m, a turnaround of £759m": a sum of two amounts sources state', () => {
    const c = on('The group has wiped out net debt of £740m and now holds net cash of £19m, a turnaround of £759m.', '£759m');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '£740m' + '£19m' = 759 million, each a figure a source states. Draft: '£759m'.");
    expect(c?.basis).toBe('draft');
    expect(c?.evidence.map((e) => e.value)).toEqual(['£740m', '£19m']);
  });
  it('a sum in the sentence after its operands: "the route is 77 miles"', () => {
    expect(on('The first stage covers 42 miles and the second 35 miles. Riders face 77 miles in all.', '77')?.verdict).toBe('supported');
  });
  it('a bound worked from a bound: "up to £30m" of £50m leaves "at least £20m"', () => {
    expect(on('From its £50m surplus it will buy back up to £30m of shares, which would leave at least £20m.', '£20m')?.verdict).toBe('supported');
  });
  it('a gap between two shares in points', () => {
    expect(on('Inflation rose to 3.4%, against the 3.1% economists expected, 0.3 percentage points above forecasts.', '0.3')?.verdict).toBe('supported');
  });
  it('not a figure the amounts do not make, nor a bound far from what they make', () => {
    expect(on('The group has wiped out net debt of £740m and now holds net cash of £19m, a turnaround of £795m.', '£795m')?.verdict).toBe('unsupported');
    expect(on('The group has wiped out net debt of £740m and now holds net cash of £19m, a turnaround of more than £100m.', '£100m')?.verdict).toBe('unsupported');
    expect(on('The first stage covers 42 miles and the second 35 miles. Riders face 79 miles in all.', '79')?.verdict).toBe('unsupported');
  });
  it('not from an amount no source states', () => {
    expect(on('The group has wiped out net debt of £750m and now holds net cash of £19m, a turnaround of £769m.', '£769m')?.verdict).toBe('unsupported');
  });
  it('not from counts: small numbers add up by chance', () => {
    const counts = [{ id: 's', text: 'Two men were arrested. Three women were questioned.' }];
    expect(checkDraft('Police arrested two men and questioned three women. Officers seized five cars.', counts).find((c) => c.text.includes('five'))?.verdict).toBe('unsupported');
  });
});

describe('ownArithmetic: only a figure told as worked out', () => {
  it('digits that happen to add up, with no word of total, gap or result, say nothing', () => {
    const source = [{ id: 's', text: 'Sun received $138 million. Amber Group received $43 million.' }];
    const on = (draft: string) => checkDraft(draft, source).find((c) => c.text.includes('181'))?.verdict;
    expect(on('Sun received $138 million and Amber Group $43 million, $181 million between them.')).toBe('supported');
    expect(on('Sun received $138 million and Amber Group $43 million. The firm is worth $181 million.')).toBe('unsupported');
  });
});

describe('ownArithmetic: counts told as a sum or a gap outright', () => {
  const dow = [{ id: 's', text: 'Markets fell again on Tuesday, when the Dow Jones Industrial Average closed down 120 points, or 0.7%, at 16,310. The blue-chip index plummeted 245 points on Monday.' }];
  const cricket = [{ id: 's', text: 'India were bowled out for 416 in their first innings. England replied with 284 all out.' }];
  const verdict = (draft: string, source: typeof dow, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;
  it('"Taken together, the two sessions knocked 365 points off" after 120 and 245 points; "a deficit of 132" after 416 and 284', () => {
    const sessions = (total: string) => `The Dow closed down 120 points, or 0.7%, at 16,310, a day after plunging 245 points. Taken together, the two sessions knocked ${total} points off the blue-chip index.`;
    expect(verdict(sessions('365'), dow, '365')).toBe('supported');
    expect(verdict(sessions('385'), dow, '385')).not.toBe('supported');
    expect(verdict('India made 416 in their first innings. England replied with 284, a deficit of 132.', cricket, '132')).toBe('supported');
    expect(verdict('India made 416 in their first innings. England replied with 284, a deficit of 142.', cricket, '142')).not.toBe('supported');
  });
  it('not without a word of sum or gap, nor from small counts', () => {
    expect(verdict('India made 416 in their first innings. England replied with 284, and 132 of those came in boundaries.', cricket, '132')).not.toBe('supported');
    const small = [{ id: 's', text: 'Police arrested three men and two women on Friday.' }];
    expect(verdict('Officers held three men and two women. Altogether 5 cars were seized.', small, '5')).not.toBe('supported');
  });
});
