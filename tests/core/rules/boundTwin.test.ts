// A hedged draft figure whose source twin is hedged the same way.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'Reid has made 12 appearances this season. She feels the experience she gained in over 200 matches can still help.';
const verdict = (draft: string): string | undefined => checkDraft(draft, [{ id: 's', text: SOURCE }]).find((c) => /\d{3}/.test(c.text))?.verdict;

describe('boundTwin', () => {
  it('the same hedge and figure on a noun for the same thing restates it, though the words around differ', () => {
    expect(verdict('Reid has made more than 200 appearances.')).toBe('supported');
  });
  it('another figure, another noun or another hedge is no twin', () => {
    expect(verdict('Reid has made more than 250 appearances.')).not.toBe('supported');
    expect(verdict('Reid has scored more than 200 goals.')).not.toBe('supported');
    expect(verdict('Reid has made fewer than 200 appearances.')).not.toBe('supported');
  });
});
