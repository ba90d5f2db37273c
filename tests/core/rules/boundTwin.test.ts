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

describe('boundTwin: a bound past its twin', () => {
  const FLU = 'Just over 48% of children hospitalized for flu had an underlying condition, most commonly asthma. '
    + 'More than 25,600 claims were filed. Fewer than 42 beds were free.';
  const v = (draft: string, text: string) => checkDraft(draft, [{ id: 's', text: FLU }]).find((c) => c.text === text)?.verdict;
  it('claims more than the source says when it bounds past the source figure, however close', () => {
    expect(v('More than half of the children admitted to hospital had an underlying condition.', 'More than half')).not.toBe('supported');
    expect(v('Fewer than 40 beds were free.', 'Fewer than 40')).not.toBe('supported');
  });
  it('a maximum stated is that maximum, though rounding 10 to tens would take in 5', () => {
    const law = 'First-degree assault is a Class B felony punishable by up to five years in prison.';
    expect(checkDraft('The offence is punishable by up to 10 years in prison.', [{ id: 's', text: law }])[0]?.verdict).not.toBe('supported');
    expect(checkDraft('The offence is punishable by up to five years in prison.', [{ id: 's', text: law }])[0]?.verdict).toBe('supported');
  });
  it('rounded toward the source side, the bound is the same statement', () => {
    expect(v('Just over 48% of the children admitted had an underlying condition.', 'Just over 48%')).toBe('supported');
    expect(v('More than 25,000 claims were filed.', 'More than 25,000')).toBe('supported');
    expect(v('Fewer than 45 beds were free.', 'Fewer than 45')).toBe('supported');
  });
});
