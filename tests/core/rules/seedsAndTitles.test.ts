// "seeded seven" is the seventh seed; a title, a crown and a triumph are one championship won;
// a year after "since" is no year of the figure beside it.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string, text: RegExp) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => text.test(c.text))?.verdict;

describe('seeds and titles', () => {
  const source = 'Kovac has been seeded seven in the men\'s event compared to a world ranking of 11. She is looking for her first Wimbledon triumph.';
  it('"seeded seventh" for "seeded seven", not "seeded sixth"', () => {
    expect(verdict('Kovac is seeded seventh despite a ranking of 11.', source, /seventh/)).toBe('supported');
    expect(verdict('Kovac is seeded sixth despite a ranking of 11.', source, /sixth/)).not.toBe('supported');
  });
  it('"her first Wimbledon crown" for "her first Wimbledon triumph", not her second', () => {
    expect(verdict('She chases her first Wimbledon crown.', source, /first/)).toBe('supported');
    expect(verdict('She chases her second Wimbledon crown.', source, /second/)).not.toBe('supported');
  });
});

describe('yearOfFigure: a year after "since"', () => {
  const source = 'There were 667 cases in 2014, the highest number since the year 2000.';
  it('"when 667 were recorded, the highest total since 2000" keeps its reference year', () => {
    expect(verdict('In 2014, when 667 were recorded, the highest total since 2000.', source, /2000/)).toBe('supported');
    expect(verdict('In 2014, when 667 were recorded, the highest total since 2001.', source, /2001/)).not.toBe('supported');
  });
});

describe('streaks and podiums', () => {
  const source = 'Despite having notched his second consecutive win, Okafor was cautious. Vettel was fourth while Marin completed the podium positions.';
  it('"his two straight wins" for "his second consecutive win"', () => {
    expect(verdict('Okafor said it was too early to say whether his two straight wins marked a turning point.', source, /^two$/)).toBe('supported');
    expect(verdict('Okafor said it was too early to say whether his three straight wins marked a turning point.', source, /^three$/)).not.toBe('supported');
  });
  it('"finished third" for "completed the podium"', () => {
    expect(verdict('Marin finished third to complete the podium.', source, /third/)).toBe('supported');
    expect(verdict('Marin finished second.', source, /second/)).not.toBe('supported');
  });
});

describe('economic and medical copy', () => {
  it('"grew at a 3.3% annual rate" for "grew at a 3.3% annual pace"', () => {
    const source = 'The economy grew at a 3.3% annual pace in the second quarter. Consumer spending grew at a 1.6% annual rate.';
    expect(verdict('The economy grew at a 3.3% annual rate in the second quarter.', source, /3\.3/)).toBe('supported');
    expect(verdict('The economy grew at a 3.6% annual rate in the second quarter.', source, /3\.6/)).not.toBe('supported');
  });
  it('"a fever above 102°F" for "a fever higher than 102°F"', () => {
    const source = 'Call a doctor for diarrhea and a fever higher than 102°F.';
    expect(verdict('Call a doctor for a fever above 102°F.', source, /102/)).toBe('supported');
    expect(verdict('Call a doctor for a fever above 104°F.', source, /104/)).not.toBe('supported');
  });
  it('"a 51-50 result" and "a 50-50 tie" are tallies', () => {
    const source = 'The 51-50 vote followed a marathon session.';
    expect(verdict('The Senate passed it, a 51-50 result.', source, /51-50/)).toBe('supported');
  });
});

describe('age groups', () => {
  const source = 'Children younger than 5, adults 65 years and older, and people with weakened immune systems are more likely to have severe illness.';
  it('"children under 5" for "children younger than 5"', () => {
    expect(verdict('Children under 5 are most at risk.', source, /5/)).toBe('supported');
  });
  it('"aged 65 and over" is the group "65 years and older"; "60 and over" is another group', () => {
    expect(verdict('Adults aged 65 and over are at risk.', source, /65/)).toBe('supported');
    expect(verdict('Adults aged 60 and over are at risk.', source, /60/)).toBe('contradicted');
  });
});

describe('makers', () => {
  it('"Seven carmakers" for a headline\'s "Seven Automakers"', () => {
    const source = 'Seven Automakers Recall Millions of Vehicles\nThe recall covers vehicles fitted with faulty airbags.';
    expect(verdict('Seven carmakers are recalling vehicles with faulty airbags.', source, /Seven/)).toBe('supported');
    expect(verdict('Eight carmakers are recalling vehicles with faulty airbags.', source, /Eight/)).not.toBe('supported');
  });
});
