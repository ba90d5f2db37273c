import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('anythingLessThan', () => {
  it('"anything less than 90 per cent" names the mark, not a bound', () => {
    const [m] = findMentions('The coach said anything less than 90 per cent fitness would cost them.');
    expect(m?.text).toBe('90 per cent');
    expect(m?.qualifier).toBeUndefined();
    expect(findMentions('Turnout was less than 90 per cent.')[0]).toMatchObject({ qualifier: 'less-than' });
  });
  it('is supported by the same mark told another way', () => {
    const source = [{ id: 's', text: 'The players know that if they are not 90 per cent against Leeds things will be hard.' }];
    expect(checkDraft('The players know anything less than 90 per cent against Leeds will make things hard.', source)[0]?.verdict).toBe('supported');
  });
});
