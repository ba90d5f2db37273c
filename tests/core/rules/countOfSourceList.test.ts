import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'The county council inspected the old Bramley mill, which houses a bakery, a pottery and a bike shop, on Monday.';
const at = (draft: string, figure: string) => checkDraft(draft, [{ id: 's', text: SOURCE }]).find((c) => c.text === figure);

describe('countOfSourceList', () => {
  it('"three businesses" counts the source\'s "a bakery, a pottery and a bike shop" in the same statement', () => {
    const c = at('Council inspectors visited the old Bramley mill, home to three businesses.', 'three');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('lists 3');
  });
  it('another count, or a sentence that tells something else, is not derived', () => {
    expect(at('Council inspectors visited the old Bramley mill, home to four businesses.', 'four')?.verdict).not.toBe('supported');
    expect(at('The village has three pubs.', 'three')?.verdict).not.toBe('supported');
  });
  it('two items joined by "and" count nothing: such pairs are too common', () => {
    const source = [{ id: 's', text: 'The county council inspected the old Bramley mill, which houses a bakery and a pottery.' }];
    expect(checkDraft('Council inspectors visited the old Bramley mill, home to two businesses.', source)[0]?.verdict).not.toBe('supported');
  });
  it('a draft that names the list\'s last item counts the others ("three clubs and Dale Harriers")', () => {
    const source = [{ id: 's', text: 'The boy was visited by players from Rovers, Wanderers, Athletic and Dale Harriers and by the cast of a pantomime.' }];
    const c = checkDraft('The boy was visited by players from three football clubs and Dale Harriers.', source)[0];
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('lists 4, Dale Harriers among them, so 3 others');
    expect(checkDraft('The boy was visited by players from four football clubs and Dale Harriers.', source)[0]?.verdict).not.toBe('supported');
  });
});

