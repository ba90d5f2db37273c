// A match report's final score, from the live-text feed pasted under it, is the box's "Result".
import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/index.ts';

const report = [
  'Dan Okafor headed in a corner early on as Kilnbrook edged a scrappy game at Riverside Park.',
  'Tom Hale levelled for the visitors from the spot after Sam Reid was tripped in the box.',
  'Lewis Carr restored the lead with a low drive from 20 yards in the second half.',
  'The win lifts Kilnbrook four points clear of the relegation places with five games left.',
  'Manager Jo Petrie said her side had shown real character after a difficult month.',
  'Attempt missed. Sam Reid (Ashford Vale) right footed shot from outside the box is high and wide.',
  'Foul by Tom Hale (Ashford Vale).',
  'Second Half ends, Kilnbrook 2, Ashford Vale 1.',
  'Match ends, Kilnbrook 2, Ashford Vale 1.',
].join('\n');

describe('the Result bullet', () => {
  it('gives the feed\'s final score in its own words, cited, right after the lead', () => {
    const box = suggestFactBox([{ id: 'r', text: report }]);
    const i = box.findIndex((b) => b.label === 'Result');
    expect(i).toBe(1);
    const bullet = box[i]!;
    expect(bullet.text).toBe('Kilnbrook 2, Ashford Vale 1');
    const c = bullet.citations[0]!;
    expect(report.slice(c.start, c.end)).toBe('Kilnbrook 2, Ashford Vale 1');
    // The rest of the feed stays out of the box.
    expect(box.some((b) => /Attempt missed|Foul by|Second Half ends/.test(b.text))).toBe(false);
  });
  it('keeps a side\'s abbreviated name whole', () => {
    const box = suggestFactBox([{ id: 'r', text: report.replace(/Kilnbrook 2, Ashford Vale 1\.$/, 'St. Mirren 2, Ashford Vale 1.') }]);
    expect(box.find((b) => b.label === 'Result')?.text).toBe('St. Mirren 2, Ashford Vale 1');
  });
  it('gives none when the report\'s opening states the score itself, nor with no feed', () => {
    const stated = report.replace('as Kilnbrook edged a scrappy game', 'as Kilnbrook beat Ashford Vale 2-1 in a scrappy game');
    expect(suggestFactBox([{ id: 'r', text: stated }]).some((b) => b.label === 'Result')).toBe(false);
    expect(suggestFactBox([{ id: 'r', text: report.split('\n').slice(0, 5).join('\n') }]).some((b) => b.label === 'Result')).toBe(false);
  });
});
