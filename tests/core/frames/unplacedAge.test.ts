// An age that is itself the person ("A man who stabbed a 19-year-old") may be anyone's in the
// story: it contradicts no age the draft gives a noun or a name.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

const source = 'A man who stabbed a 19-year-old in the neck outside a shop has been jailed for a minimum of 20 years. Akbar Kafeel Khan, 21, had claimed he was acting in self-defence.';

describe('an age told as the person', () => {
  it('the attacker\'s "21-year-old man" is not contradicted by the victim\'s "a 19-year-old"', () => {
    expect(verdictOf('A 21-year-old man who fatally stabbed a teenager in the neck outside a shop has been jailed.', source, '21-year-old')).not.toBe('contradicted');
  });
  it('an age told of the same name still is', () => {
    expect(verdictOf('Akbar Kafeel Khan, 23, had claimed he was acting in self-defence.', source, '23')).toBe('contradicted');
  });
});
