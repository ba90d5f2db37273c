import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../core/index.ts';

describe('dayWordsInNames', () => {
  it('a day word inside a name is not a date', () => {
    expect(findMentions('The quake was reported by Kathmandu Today.')).toEqual([]);
    expect(findMentions('He told the Sunday Times.')).toEqual([]);
  });
  it('a day word anchored to an event stays a date', () => {
    expect(findMentions('The quake struck on Monday.')).toHaveLength(1);
    expect(findMentions('Monday was quiet. Police said today that it was over.')).toHaveLength(2);
  });
  it('a capitalised "Today" inside a sentence is a name even when the name opens it ("Kathmandu Today reported …")', () => {
    expect(findMentions('Kathmandu Today reported the collapse.')).toEqual([]);
    expect(findMentions('Today the council voted.').map((m) => m.kind)).toEqual(['date']);
  });
});


describe('dayWordsInNames: a weekday after a place is a date', () => {
  it('"his election win in New York Tuesday" dates the win; "Good Friday", "Super Tuesday" are names', () => {
    expect(findMentions('He spoke after his election win in New York Tuesday.').map((m) => m.kind)).toEqual(['date']);
    expect(findMentions('The Good Friday Agreement was signed. Candidates campaigned ahead of Super Tuesday.').filter((m) => m.kind === 'date')).toEqual([]);
  });
});
