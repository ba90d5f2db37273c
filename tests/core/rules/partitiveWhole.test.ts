// "4 of Spain's 17 regions": the part counts regions; the whole, 17, is the set's size and no
// value of a count of its part.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = "Forecasters issued flood warnings for 6 of Scotland's 32 council areas on Tuesday.";
const verdict = (draft: string, source = SOURCE): string | undefined => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('a partitive with its whole', () => {
  it("the part supports a count of the whole's noun, and the whole does not contradict it", () => {
    expect(verdict('Flood warnings were issued for six council areas.')).toBe('supported');
  });
  it('a wrong part is still flagged', () => {
    expect(verdict('Flood warnings were issued for nine council areas.')).not.toBe('supported');
  });
  it("a draft's own whole beside its part is not a value of the part", () => {
    expect(verdict("Her party won seven of the assembly's 11 seats.", 'The assembly has 11 seats. Her party won seven of them.')).toBe('supported');
  });
});
