// The size of a change in percent, from the two levels the draft gives itself.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Athens airport expects 25 million arrivals this year, up from 21 million. Sales rose from 200 to 250.' }];
const on = (draft: string) => checkDraft(draft, source).find((c) => c.text.includes('%'));

describe('ownPercentChange', () => {
  it('"25 million …, up from 21 million, a rise of nearly 20%" is the draft\'s own change', () => {
    const c = on('Athens airport expects 25 million arrivals this year, up from 21 million, a rise of nearly 20%.');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: from the draft's own '21 million' to '25 million' is 19%. Draft: 'nearly 20%'.");
    expect(c?.basis).toBe('draft');
    expect(on('Sales rose from 200 to 250, an increase of 25%.')?.verdict).toBe('supported');
  });
  it('a wrong change, or a percent no change word introduces, is not derived', () => {
    expect(on('Sales rose from 200 to 250, an increase of 40%.')?.verdict).not.toBe('supported');
    expect(on('Sales rose from 200 to 250, and 25% came online.')?.verdict).not.toBe('supported');
  });
});

describe('ownPercentChange: a change told as a fraction', () => {
  const verdictOf = (draft: string, text: string) => checkDraft(draft, [{ id: 's', text: 'Cases among black Africans rose from 2,574 in 2004 to 3,075 in 2005.' }]).find((c) => c.text === text)?.verdict;
  it('"climbed from 2,574 to 3,075, a rise of about a fifth" is the draft\'s own 19.5%', () => {
    expect(verdictOf('Cases climbed from 2,574 to 3,075, a rise of about a fifth.', 'about a fifth')).toBe('supported');
  });
  it('"a rise of about a third" is not', () => {
    expect(verdictOf('Cases climbed from 2,574 to 3,075, a rise of about a third.', 'about a third')).not.toBe('supported');
  });
});

describe('ownPercentChange: the levels told right after the change', () => {
  const source = [{ id: 's', text: 'House prices rose 6.5 per cent during 2016, Halifax said. In Luton the average price rose from £214,934 to £256,636.' }];
  const verdictOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;
  it('"jumping by nearly a fifth in 2016, from £214,934 to £256,636" is the draft\'s own 19.4%, not the national 6.5%', () => {
    expect(verdictOf("In Luton the average price jumped by nearly a fifth in 2016, from £214,934 to £256,636.", 'nearly a fifth')).toBe('supported');
  });
  it('a change its levels do not give is still flagged', () => {
    expect(verdictOf("In Luton the average price jumped by nearly a third in 2016, from £214,934 to £256,636.", 'nearly a third')).not.toBe('supported');
  });
});
