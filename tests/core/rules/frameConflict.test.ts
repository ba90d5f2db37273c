// A source stating the same quantity with another value contradicts; one counting another kind does not.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The two suspects are charged with conspiracy to murder and could face the death penalty.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('frameConflict', () => {
  it('the same people counted otherwise are contradicted', () => {
    expect(on('The three suspects are charged with conspiracy to murder.', 'three')?.verdict).toBe('contradicted');
  });
  it('a count of charges is not read against a count of the people charged', () => {
    expect(on('They face three charges of conspiracy to murder and could face the death penalty.', 'three')?.verdict).toBe('unsupported');
  });
  it('a source figure the draft gives, in the source\'s words, to a sibling figure is no conflict for the other', () => {
    const src = [{ id: 's', text: 'Trials show the drug gives women around four months of extra life. In the trial, women had overall survival of 17 months compared to 13 months on chemotherapy alone.' }];
    const claims = checkDraft('The drug extends life by around four months, with overall survival of 17 months against 13 months.', src);
    expect(claims.map((c) => c.verdict)).toEqual(['supported', 'supported', 'supported']);
  });
  it('a swapped pair still conflicts: the words beside the sibling are not the source\'s', () => {
    const src = [{ id: 's', text: 'Nottingham lead the league on 28 points, with Sheffield Steelers on 27 and Belfast 25.' }];
    const claims = checkDraft('Nottingham remain top on 28 points, with Belfast on 27 and Sheffield Steelers on 25.', src);
    expect(claims.find((c) => c.text === '25')?.verdict).toBe('contradicted');
  });
  it('a set\'s score after the same set before it is that next set: "6-4 6-1" against "a 6-4 6-1 win"', () => {
    const src = [{ id: 's', text: 'Johanna Konta earlier reached the second week for the first time with a 6-4 6-1 win over Maria Sakkari of Greece.' }];
    const score = (draft: string, text: string) => checkDraft(draft, src).find((c) => draft.slice(c.start, c.end).includes(text))?.verdict;
    expect(score("Konta reached the second week for the first time by beating Greece's Maria Sakkari 6-4 6-1.", '6-4')).toBe('supported');
    expect(score("Konta reached the second week for the first time by beating Greece's Maria Sakkari 6-3 6-1.", '6-3')).not.toBe('supported');
  });
  it('a source figure the draft gives to the very person the source gives it to is no conflict for another\'s figure', () => {
    const src = [{ id: 's', text: 'Opener Stuart Thompson hit 56 while Gary Wilson (41 no) and captain William Porterfield (39) added valuable runs as Ireland made 165-5.' }];
    const runs = (draft: string, n: string) => checkDraft(draft, src).find((c) => c.text === n)?.verdict;
    expect(runs('Opener Stuart Thompson top-scored with 56, captain William Porterfield made 39 and Gary Wilson 41 as Ireland reached 165-5.', '56')).toBe('supported');
    expect(runs('Opener Stuart Thompson top-scored with 58, captain William Porterfield made 39 and Gary Wilson 41 as Ireland reached 165-5.', '58')).not.toBe('supported');
  });
});

describe('frameConflict: the match that names what the figure is told of', () => {
  const source = [{ id: 's', text: '- The Rye Fire (Los Angeles County) had burned 6,049 acres and was 93 percent contained Sunday evening.\n- The Creek Fire (Los Angeles County) had burned 15,619 acres and was 95 percent contained Sunday evening.' }];
  it('"the Creek Fire had burned 15,619 acres" is the Creek Fire line\'s, not a misstated Rye Fire', () => {
    const c = checkDraft('In Los Angeles County, the Creek Fire had burned 15,619 acres and was 93 percent contained, while the Rye Fire, at 6,049 acres, was 95 percent contained.', source)
      .find((x) => x.text.includes('15,619'));
    expect(c?.verdict).toBe('supported');
    expect(c?.evidence[0]?.quote).toContain('Creek Fire');
  });
});

describe('frameConflict: a named match of the same outcome', () => {
  const source = [{ id: 's', text: 'In Italy, 23 people were killed and dozens injured in a train collision between Bari and Baletta. In Cameroon, 55 people lost their lives and over 570 were injured after a train derailed en route to the port city of Douala. A railway accident in Pakistan\'s Karachi left 20 people dead and around 70 injured.' }];
  it('"a derailment in Cameroon left 55 dead" is Cameroon\'s 55, not a misstated Karachi toll', () => {
    expect(checkDraft('A collision near Bari in Italy killed 23 people, and a derailment in Cameroon left 55 dead and more than 750 injured.', source).find((c) => c.text.includes('55'))?.verdict).toBe('supported');
  });
});

describe('frameConflict: the sentence subject names whose figure it is', () => {
  const source = [{ id: 's', text: 'Oppo saw its shipments surge 94.6% on year to 30.922 million units in the first quarter, accounting for an 8.1% share. Meanwhile, Vivo sold almost 26 million smartphones and achieved a market share of 6.8%, which helped it achieve growth of 84.6% in shipment volume.' }];
  const verdictOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;
  it('"Vivo sold …, for a 6.8% share" is Vivo\'s 6.8%, not Oppo\'s 8.1%', () => {
    expect(verdictOf('Vivo sold more than 25 million smartphones, 84.6% more than a year before, for a 6.8% share.', '6.8%')).toBe('supported');
  });
  it('the nearest name decides: Oppo\'s 6.8% is still wrong', () => {
    expect(verdictOf('Vivo grew fast, but Oppo shipped more than 30 million smartphones, 94.6% more than a year before, for a 6.8% share.', '6.8%')).not.toBe('supported');
  });
});
