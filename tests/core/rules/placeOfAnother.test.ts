// A finishing place told of a named runner is that runner's: a swap is a contradiction.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Bright Star won the Chester Cup comfortably from Silver Lining in second, with Hart Royal third.' }];
const at = (draft: string, figure: string) => checkDraft(draft, source).find((c) => draft.slice(c.start, c.end) === figure);

describe('placeOfAnother', () => {
  it('a swapped pair of places is contradicted, citing whose each place is', () => {
    const draft = 'Bright Star won the Chester Cup, with Hart Royal second and Silver Lining third.';
    const c = at(draft, 'second');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toBe("The source's second is Silver Lining; Hart Royal was third.");
    expect(at(draft, 'third')?.verdict).toBe('contradicted');
  });
  it('the places as the source gives them stand', () => {
    const draft = 'Bright Star won the Chester Cup, with Silver Lining second and Hart Royal third.';
    expect(at(draft, 'second')?.verdict).toBe('supported');
    expect(at(draft, 'third')?.verdict).toBe('supported');
  });
  it('a place with a noun after it ranks the noun, not a runner', () => {
    expect(at('Hart Royal ran a second race at Chester.', 'second')?.explanation ?? '').not.toContain("source's second is");
  });
  it('a place in a named event is that event\'s: swapped places are contradicted', () => {
    const golf = [{ id: 's', text: 'As well as winning the US Open, he finished ninth at the Open Championship and tied fourth at the Masters.' }];
    const draft = 'He finished fourth at the Open Championship and tied for ninth at the Masters.';
    const c = checkDraft(draft, golf).find((x) => draft.slice(x.start, x.end) === 'fourth');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toBe('The source gives fourth at the Masters; at the Open Championship, ninth.');
    expect(checkDraft('He finished ninth at the Open Championship and tied fourth at the Masters.', golf).every((x) => x.verdict === 'supported')).toBe(true);
  });
});


describe('placeOfAnother: the same runner in the same place', () => {
  it('"ahead of Magical Memory, with Comicas third" is the source\'s "from Magical Memory in second, with Comicas third"', () => {
    const source = [{ id: 's', text: "Jim Crowley's mount won comfortably from Magical Memory in second, with Comicas third." }];
    const third = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'ordinal')?.verdict;
    expect(third("Jim Crowley's mount came home comfortably ahead of Magical Memory, with Comicas third.")).toBe('supported');
    expect(third("Jim Crowley's mount came home comfortably ahead of Magical Memory, with Comicas fourth.")).not.toBe('supported');
  });
});

describe('placeOfAnother: one holder whichever apostrophe', () => {
  it('"Okafor\'s first" in the draft is the source\'s "Okafor’s first"', () => {
    const src = [{ id: 's', text: 'The bout was Okafor’s first after a 20-month layoff.' }];
    expect(checkDraft("The fight was Okafor's first in nearly two years.", src).find((c) => c.text === 'first')?.verdict).toBe('supported');
  });
});
