// A conversion in brackets right after a measure carries the measure's hedge: "about 80mph (129
// km/h)" is about 129 km/h, which "more than 80mph" does not meet.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const verdict = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text.includes(figure))?.verdict;
const SOURCE = 'A passenger train that crashed into a trailer was travelling at about 80mph (129 km/h), investigators have said.';

describe('bracketedConversions', () => {
  it('"more than 80mph" is not met by the conversion of "about 80mph"', () => {
    expect(verdict('The train hit the trailer at more than 80mph.', SOURCE, '80mph')).not.toBe('supported');
  });
  it('"about 80mph" and "around 130km/h" still are', () => {
    expect(verdict('The train hit the trailer at about 80mph.', SOURCE, '80mph')).toBe('supported');
    expect(verdict('The train hit the trailer at around 130km/h.', SOURCE, '130km/h')).toBe('supported');
  });
  it('"take over 250 hectares" is the verb "take over", not more than 250 hectares, so its conversion is exact too', () => {
    const source = 'The inquiry is examining the request to take over 250 hectares (600 acres) of common land.';
    expect(verdict('The plan covers an area of roughly 600 acres.', source, '600 acres')).toBe('supported');
    expect(findMentions('The request to take over 250 hectares of land.')[0]?.qualifier).toBeUndefined();
    // A length of time "took over" still bounds.
    expect(findMentions('The repairs took over two hours.')[0]?.qualifier).toBe('more-than');
  });
});
