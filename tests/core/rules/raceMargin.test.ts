// A lead or a deficit between two finishing times the source gives, often in different sentences.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { verdictOf } from '../verdictOf.ts';

const source = [{ id: 's', text: 'Amina Okoro won the city half marathon in one hour, two minutes and 10 seconds. Her training partner Ruth Keller was second in 1:03:05, and Lena Brandt third in 1:04:40.' }];
const gap = (draft: string, text: RegExp) => checkDraft(draft, source).find((c) => text.test(c.text))?.verdict;

describe('raceMargin', () => {
  it('"55 seconds behind" is the gap between the two times, told a sentence apart', () => {
    expect(gap('Keller was runner-up in 1:03:05, 55 seconds behind.', /55 seconds/)).toBe('supported');
    expect(gap('Okoro finished 55 seconds ahead of Keller.', /55 seconds/)).toBe('supported');
  });
  it('not a gap no two times make, nor one that leaves out the draft\'s own time', () => {
    expect(gap('Keller was runner-up in 1:03:05, 65 seconds behind.', /65 seconds/)).not.toBe('supported');
    // 1:04:40 − 1:03:05 is 95 seconds, but the draft's own time is the winner's.
    expect(gap('Okoro won in 1:02:10, 95 seconds ahead.', /95 seconds/)).not.toBe('supported');
  });
  it('reads a clock-style finishing time as the spelled-out one', () => {
    expect(gap('Okoro won in 1:02:10.', /1:02:10/)).toBe('supported');
    expect(gap('Okoro won in 1:02:40.', /1:02:40/)).not.toBe('supported');
  });
  it('not when the source tells the gap itself otherwise: two other riders\' times that differ by it say nothing', () => {
    const source = 'Vine impressed on the grueling final climb to beat Marc Soler, Rein Taaramae and Thibaut Pinot by more than 40 seconds in a foggy Stage 8 in northern Spain. Overall, Evenepoel was 28 seconds in front of Mas and 61 seconds ahead of Roglic. Rudy Molard started the stage 21 seconds off the lead in second place.';
    expect(verdictOf('Vine won on Saturday, pulling away on the final climb of a foggy Stage 8 to finish nearly 40 seconds clear of Marc Soler, Rein Taaramae and Thibaut Pinot.', source, 'nearly 40 seconds')).not.toBe('supported');
  });
});
