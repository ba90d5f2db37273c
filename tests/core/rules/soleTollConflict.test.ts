// A bare outcome count is contradicted by the one toll the sources give for that outcome, but a
// count of things is no toll of people: "three charges" is not "two suspects … charged".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

describe('soleTollConflict', () => {
  it('"four killed" is contradicted by the sources\' only toll', () => {
    const source = [{ id: 's', text: 'The storm hit the coast on Monday. Three people were killed when a tree fell on their car.' }];
    expect(checkDraft('Four were killed in the storm.', source)[0]?.verdict).toBe('contradicted');
  });
  it('a count of charges is not read against a count of the people charged', () => {
    const source = [{ id: 's', text: 'Police are holding two suspects. The two suspects are charged with murder, rape and robbery.' }];
    const c = checkDraft('They face three charges, murder, rape and robbery.', source).find((x) => x.text === 'three');
    expect(c?.verdict).not.toBe('contradicted');
  });
});
