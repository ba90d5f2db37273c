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
});
