import { describe, expect, it } from 'vitest';
import { verdictOf } from '../verdictOf.ts';

// A figure told of two outcomes at once, the object of one verb and the subject of another
// ("rescue 10 people trapped"), meets a source that tells it by either; a figure told of one
// outcome still never meets another outcome's figure.
describe('outcome words beside a figure', () => {
  const source = 'Severe storms left at least four people dead and 12 missing. A firefighter drowned while trying to rescue 10 who were stuck inside their homes.';
  it('"rescue 10 people trapped" is the source\'s "rescue 10 who were stuck"', () => {
    expect(verdictOf('A firefighter drowned trying to rescue 10 people trapped in their homes.', source, '10')).toBe('supported');
  });
  it('the injured are not the killed', () => {
    expect(verdictOf('Three people were killed and 12 injured in the crash.', 'The crash killed 12 people.', '12')).not.toBe('supported');
  });
});
