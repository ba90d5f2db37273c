import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Emma Raducanu reached the final in New York. The Briton, 18, won 6-4 6-3 against Leylah Fernandez, 19, who had beaten three seeds.' }];

describe('epithetFigure', () => {
  it('a definite description may be the person the draft names', () => {
    const c = checkDraft('Emma Raducanu, 18, won the final.', source)[0];
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'The Briton, 18'");
  });
  it('a figure the source gives the person by name still decides', () => {
    const c = checkDraft('Leylah Fernandez, 18, lost the final.', source)[0];
    expect(c?.verdict).toBe('contradicted');
  });
});
