import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Lee made two rapid centuries and leads 12-4, needing just one more frame on Monday to win.' }];
const claim = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('"N more <noun>" counts the noun', () => {
  it('"two more frames" is not supported by "two rapid centuries"', () => {
    expect(claim('Lee needs two more frames to win.', 'two')?.verdict).not.toBe('supported');
  });
  it('"one more frame" is the source\'s own count', () => {
    expect(claim('Lee needs one more frame to win.', 'one')?.verdict).toBe('supported');
    expect(claim('Lee made two rapid centuries on the way.', 'two')?.verdict).toBe('supported');
  });
});
