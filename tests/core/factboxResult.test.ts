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

// With no feed, the result the report's opening states with both sides named is the Result,
// winner first, with the competition where the report names it.
const story = [
  'Nia Brook will keep her place in goal for the County Cup final against Harwood next month.',
  'The 34-year-old kept a clean sheet until the last minute on Saturday.',
  'Brook celebrates Ashford Vale\'s 2-1 victory against Kilnbrook in the County Cup semi-final at Riverside Park Manager Jo Petrie said the keeper had earned her chance.',
  'Petrie has two fit goalkeepers for the first time this season.',
  'The final is the club\'s first in 21 years.',
].join(' ');

describe('the Result a report states', () => {
  it('gives the score line, winner first, cited on the phrase that states it', () => {
    const box = suggestFactBox([{ id: 'r', text: story }]);
    const bullet = box.find((b) => b.label === 'Result');
    expect(bullet?.text).toBe('Ashford Vale 2, Kilnbrook 1 (County Cup semi-final)');
    const c = bullet!.citations[0]!;
    expect(story.slice(c.start, c.end)).toBe('Ashford Vale\'s 2-1 victory against Kilnbrook in the County Cup semi-final');
  });
  it('reads who won from the verb or the noun', () => {
    const lost = story.replace('Ashford Vale\'s 2-1 victory against Kilnbrook', 'Kilnbrook\'s 2-1 defeat by Ashford Vale');
    expect(suggestFactBox([{ id: 'r', text: lost }]).find((b) => b.label === 'Result')?.text).toBe('Ashford Vale 2, Kilnbrook 1 (County Cup semi-final)');
    const passive = story.replace('Ashford Vale\'s 2-1 victory against Kilnbrook in the County Cup semi-final', 'On Saturday Kilnbrook were beaten 3-0 by Ashford Vale');
    expect(suggestFactBox([{ id: 'r', text: passive }]).find((b) => b.label === 'Result')?.text).toBe('Ashford Vale 3, Kilnbrook 0');
  });
  it('gives none for a side it cannot name, a venue, or a set of a tennis match', () => {
    for (const phrase of ['their 2-1 victory against Kilnbrook', 'Ashford Vale\'s 2-1 win at Riverside Park', 'Ashford Vale beat them 2-1', 'Tom Hale beat Sam Reid 6-4, 6-3']) {
      const text = story.replace('Ashford Vale\'s 2-1 victory against Kilnbrook in the County Cup semi-final', phrase);
      expect(suggestFactBox([{ id: 'r', text }]).some((b) => b.label === 'Result'), phrase).toBe(false);
    }
  });
});
