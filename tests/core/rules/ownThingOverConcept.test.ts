// A figure that names a thing of its own ("14 carriages") is stated by a source figure of that
// thing ("14 mangled train carriages"), however strongly its sentence's other words ("150
// injured") tie it to a figure that counts something else.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

describe('frameConflict: the thing a figure names outranks its sentence\'s concepts', () => {
  const source = [{ id: 's', text: 'Rescuers finished searching the last of 14 mangled train carriages that derailed in northern India, killing at least 127 people and leaving about 150 more injured, police said.' }];
  const verdictOf = (draft: string) => checkDraft(draft, source).find((c) => c.text === '14' || c.text === '12')?.verdict;
  it('"more than 150 injured when 14 carriages came off the tracks" is supported', () => {
    expect(verdictOf('At least 127 people were killed and more than 150 injured when 14 carriages of a passenger train came off the tracks.')).toBe('supported');
  });
  it('another number of carriages is not', () => {
    expect(verdictOf('At least 127 people were killed and more than 150 injured when 12 carriages of a passenger train came off the tracks.')).not.toBe('supported');
  });
  it('a swapped pair of things still conflicts', () => {
    const shops = [{ id: 's', text: 'The fire destroyed 40 shops and 12 homes in the town centre.' }];
    expect(checkDraft('The fire destroyed 40 homes and 12 shops in the town centre.', shops).map((c) => c.verdict)).not.toContain('supported');
  });
});
