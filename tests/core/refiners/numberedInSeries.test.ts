import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('numberedInSeries', () => {
  it('reads a number after the noun of a series as a rank: "on lap 40", "from Lap 13", "stage six"', () => {
    expect(findMentions('Webber took the lead on lap 40 as Vettel struggled.')[0]).toMatchObject({ text: '40', kind: 'ordinal', value: 40 });
    expect(findMentions('He won on stage six of the race.')[0]).toMatchObject({ kind: 'ordinal', value: 6 });
  });

  it('leaves a number that is a phrase of its own: "the end of the day 65 of the 82 cars", "Every week three people", "a final-round 65", "round 2,000 people"', () => {
    expect(findMentions('By the end of the day 65 of the 82 cars had sold.')[0]?.kind).toBe('count');
    expect(findMentions('Every week three or four people are referred.')[0]?.kind).toBe('count');
    expect(findMentions('He closed with a final-round 65.')[0]?.kind).not.toBe('ordinal');
    expect(findMentions('There were round 2,000 people.')[0]?.kind).toBe('count');
  });

  it('meets the source\'s ordinal of the same noun, and a wrong lap is flagged', () => {
    const source = [{ id: 's', text: 'Webber passed Vettel on the 40th lap. Vettel was obliged from the 13th lap to nurse the gearbox.' }];
    expect(checkDraft('Webber took the lead on lap 40.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Vettel nursed the gearbox from lap 13.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Webber took the lead on lap 42.', source)[0]?.verdict).not.toBe('supported');
    // Whatever word follows the number, short of a noun it counts: "from lap 13 he had to nurse …".
    expect(checkDraft('Vettel led, but from lap 13 he had to nurse the gearbox.', source).find((c) => c.text === '13')?.verdict).toBe('supported');
  });

  it('reads a golf round\'s strokes as a score, not the round\'s number: "a gritty final round 68"', () => {
    expect(findMentions('Koepka carded a gritty final round 68 at Shinnecock Hills.')[0]?.kind).not.toBe('ordinal');
    // A round's number stays one: "round 3", "Round 17 of the championship".
    expect(findMentions('He crashed out in round 3 of the event.')[0]).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(findMentions('It was Round 17 of the championship.')[0]).toMatchObject({ kind: 'ordinal', value: 17 });
    const source = [{ id: 's', text: 'Brooks Koepka won the US Open after a gritty final round 68 at Shinnecock Hills.' }];
    expect(checkDraft('Koepka won the US Open, closing with a 68 at Shinnecock Hills.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Koepka won the US Open, closing with a 66 at Shinnecock Hills.', source)[0]?.verdict).not.toBe('supported');
  });
});
