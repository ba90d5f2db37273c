import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Webber passed Vettel on the 40th lap. Vettel was obliged from the 13th lap to nurse the gearbox. Button switched tyres as early as Lap 31 whereas Alonso did not until Lap 54.' }];
const claim = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure);

describe('spanOfSeries', () => {
  it('"for 27 laps" between "from lap 13" and "on lap 40", "23 laps earlier" between lap 31 and lap 54', () => {
    const draft = 'Webber took the lead on lap 40. From lap 13 Vettel had to nurse his gearbox for 27 laps before Webber went past. Button switched tyres on lap 31, fully 23 laps earlier than Alonso, who waited until lap 54.';
    expect(claim(draft, '27')?.verdict).toBe('supported');
    expect(claim(draft, '27')?.explanation).toContain('Derived');
    expect(claim(draft, '23')?.verdict).toBe('supported');
  });
  it('a wrong span, or a count with no word of span, is not derived', () => {
    expect(claim('Webber took the lead on lap 40. From lap 13 Vettel had to nurse his gearbox for 25 laps before Webber went past.', '25')?.verdict).not.toBe('supported');
    expect(claim('Webber took the lead on lap 40. From lap 13 Vettel had to nurse his gearbox, and 27 laps were hard.', '27')?.verdict).not.toBe('supported');
  });
});
