// "80 members of staff" counts staff: a noun of membership counts the noun after its "of". And in
// a list ("120 staff and 80 players") each figure has its own noun, so a swapped pair is no match.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The club says 75 members of staff based at the ground, plus 130 players, have been kept away for a month.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('the noun a figure counts', () => {
  it('"75 staff" is the source\'s "75 members of staff"', () => {
    expect(on('The club has kept 75 staff away from the ground.', '75')?.verdict).toBe('supported');
  });
  it('a swapped pair in a list is not supported by the other figure\'s noun', () => {
    expect(on('The club has kept 130 staff and 75 players away from the ground.', '75')?.verdict).not.toBe('supported');
    // Two groups of people are two groups, though both are the club's: staff are not players.
    expect(on('The club has kept 130 staff and 75 players away from the ground.', '130')?.verdict).not.toBe('supported');
    expect(on('The club has kept 130 players away from the ground.', '130')?.verdict).toBe('supported');
  });
});

describe('a container noun whose group a name owns', () => {
  const aides = [{ id: 's', text: 'The group claims to have copied files from a laptop used by one member of Mr Okafor\'s delegation while it was in Lagos. It also hacked three ministry servers.' }];
  const one = (draft: string) => checkDraft(draft, aides).find((c) => c.text.toLowerCase().startsWith('one'));
  it('"one member of Mr Okafor\'s delegation" still counts members: "one member of his delegation" meets it', () => {
    expect(one('It says it copied files from a laptop used by one member of his delegation.')?.verdict).toBe('supported');
  });
  it('not when the draft counts other members', () => {
    expect(checkDraft('It says it copied files from laptops used by four members of his delegation.', aides).find((c) => c.text.startsWith('four'))?.verdict).not.toBe('supported');
  });
});

describe('members of a body', () => {
  it('"a dozen crew members" counts the crew, as "a dozen crew" does', () => {
    const crew = [{ id: 's', text: 'The train, with 243 passengers and a dozen crew on board, hit a dump truck.' }];
    expect(checkDraft('The train was carrying 243 passengers and a dozen crew members.', crew).find((c) => c.text.includes('dozen'))?.verdict).toBe('supported');
    expect(checkDraft('The train was carrying 243 passengers and a dozen crew members.', crew).find((c) => c.text.includes('243'))?.verdict).toBe('supported');
    expect(checkDraft('The train was carrying a dozen passengers and 243 crew members.', crew).find((c) => c.text.includes('dozen'))?.verdict).not.toBe('supported');
  });
});
