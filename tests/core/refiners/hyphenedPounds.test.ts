import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

// Pounds hyphened into a compound weigh, as unhyphened pounds do, where a mass is converted
// beside them ("100-kilogram (221-pound)", "10,300-pound, or about 5,700kg"); "a 10-pound note"
// is no weight.
describe('hyphened pounds', () => {
  it('are a mass beside a conversion, and nothing else', () => {
    expect(findMentions('a massive 100-kilogram (221-pound) gold coin').map((m) => [m.kind, m.unit])).toEqual([['quantity', 'kg'], ['quantity', 'lb']]);
    expect(findMentions('the 10,300-pound, or about 5,700kg, satellite').map((m) => [m.kind, m.unit])).toEqual([['quantity', 'lb'], ['quantity', 'kg']]);
    expect(findMentions('He paid with a 10-pound note.').map((m) => m.kind)).toEqual(['count']);
  });
  it('meet the draft\'s pounds', () => {
    const source = [{ id: 's', text: 'Thieves stole a massive 100-kilogram (221-pound) gold coin worth millions.' }];
    expect(checkDraft('Because the coin weighs 221lb, police assume more than one person was involved.', source).find((c) => c.text === '221lb')?.verdict).toBe('supported');
  });
});
