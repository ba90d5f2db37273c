// A name with a number in it ("COVID-19", "F-16") modifies the noun after it: the figure before
// counts that noun, so the frame reads on past the name.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: '"We now have three commercial COVID-19 vaccine products and more in development," the chief executive said.' }];

describe('frameOf: a numbered name inside the noun phrase', () => {
  it('"three commercial Covid vaccines" is supported by "three commercial COVID-19 vaccine products"', () => {
    const c = checkDraft('The chief executive said the company has three commercial Covid vaccines.', source).find((x) => x.kind === 'count');
    expect(c?.verdict).toBe('supported');
  });
  it('but not "four commercial Covid vaccines"', () => {
    const c = checkDraft('The chief executive said the company has four commercial Covid vaccines.', source).find((x) => x.kind === 'count');
    expect(c?.verdict).not.toBe('supported');
  });
});
