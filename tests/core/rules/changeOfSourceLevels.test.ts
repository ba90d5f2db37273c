// The size of a change in its own unit, worked out from the two levels a source gives ("increased
// to £642m, up from £543m"), supports the draft's "climbed by almost £100m".
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Net debt increased to £642m, up from £543m the year before, after a £678m investment in nine store openings.' }];
const verdictOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;

describe('changeOfSourceLevels', () => {
  it('a hedged size of a change is not the start of a range ("by almost £100m to £642m")', () => {
    expect(findMentions('Net debt climbed by almost £100m to £642m.').map((m) => m.text)).toEqual(['almost £100m', '£642m']);
  });
  it('"climbed by almost £100m" is the change from £543m to £642m', () => {
    expect(verdictOf('Net debt climbed by almost £100m to £642m after the store openings.', 'almost £100m')).toBe('supported');
  });
  it('a wrong size, or one in the wrong direction, is not', () => {
    expect(verdictOf('Net debt climbed by almost £200m to £642m after the store openings.', 'almost £200m')).not.toBe('supported');
    expect(verdictOf('Net debt fell by almost £100m after the store openings.', 'almost £100m')).not.toBe('supported');
  });
});

describe('change sentences: the level a change came from, and what both levels measure', () => {
  const results = [{ id: 's', text: 'The net profit of Apple in the fiscal third quarter fell 27% to $7.8 billion compared with $10.68 billion in the same period of the previous year. Revenues decreased by 14.6% to $42.36 billion from $49.6 billion a year earlier.' }];
  it('"compared with" and a "from" after "to X" mark where the change came from', () => {
    const verdict = (draft: string, text: string) => checkDraft(draft, results).find((c) => c.text === text)?.verdict;
    expect(verdict('Apple\'s net profit fell 27% in its fiscal third quarter, to $7.8 billion from $10.68 billion a year earlier.', '$10.68 billion')).toBe('supported');
  });
  it('both levels measure what the change\'s subject names: revenue\'s levels told as profit\'s are contradicted', () => {
    const claims = checkDraft('Apple\'s net profit fell 27% in its fiscal third quarter, to $42.36 billion from $49.6 billion a year earlier.', results);
    expect(claims.find((c) => c.text.includes('42.36'))?.verdict).toBe('contradicted');
    expect(claims.find((c) => c.text.includes('49.6'))?.verdict).toBe('contradicted');
  });
});

describe('change sentences: a "from" after a whole "from … to" pair starts a pair of its own', () => {
  it('"from just 11 to 20 weeks and brain cancer from 13 to 28 weeks" reads each pair as the source does', () => {
    const source = [{ id: 's', text: 'The survival times for lung and brain cancer have barely risen – from 11 to 20 weeks and 13 to 28 weeks respectively.' }];
    const claims = checkDraft('Lung cancer survival has crept up from just 11 to 20 weeks and brain cancer from 13 to 28 weeks.', source);
    expect(claims.filter((c) => /13|28/.test(c.text)).map((c) => c.verdict)).toEqual(['supported']);
  });
});
