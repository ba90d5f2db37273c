import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: "Laura Muir broke Liz McColgan's 25-year-old British indoor record by 14 seconds at the Emirates Arena in Glasgow." }];
const years = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'duration' && c.value !== 14)?.verdict;

describe('ageOfThing', () => {
  it('"a mark that had stood for 25 years" is the source\'s "25-year-old record"', () => {
    expect(years("Laura Muir took 14 seconds off McColgan's British indoor record in Glasgow, a mark that had stood for 25 years.")).toBe('supported');
  });
  it('not another length, nor the age of a person', () => {
    expect(years("Laura Muir took 14 seconds off McColgan's British indoor record in Glasgow, a mark that had stood for 26 years.")).not.toBe('supported');
    const person = [{ id: 's', text: 'The 25-year-old striker scored twice for Glasgow at the Emirates Arena.' }];
    expect(checkDraft('The striker, who has played in Glasgow for 25 years, scored twice at the Emirates Arena.', person).find((c) => c.kind === 'duration')?.verdict).not.toBe('supported');
  });
});
