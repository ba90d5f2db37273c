// "one count" for a source's "a charge": an article before the same noun states one.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Mr Lowe denies a charge of causing death by dangerous driving. A coach was hired by the club.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => draft.slice(c.start, c.end).toLowerCase().includes(figure));

describe('oneAsArticle', () => {
  it('"denies one count of …" is the source\'s "denies a charge of …"', () => {
    const c = on('Tom Lowe denies one count of causing death by dangerous driving.', 'one');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Source: 'a charge'. Draft: 'one count'.");
    expect(c?.evidence[0]?.value).toBe('a charge');
  });
  it('another number, another noun, or the same noun told of nothing the draft tells is no support', () => {
    expect(on('Tom Lowe denies two counts of causing death by dangerous driving.', 'two')?.verdict).not.toBe('supported');
    expect(on('One player was hired by the club.', 'one')?.verdict).not.toBe('supported');
    expect(on('The club faces one charge of fielding an ineligible player.', 'one')?.verdict).not.toBe('supported');
  });
  it('"the" before a singular noun states one of it too; before a plural it does not', () => {
    const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text.toLowerCase().startsWith('one'))?.verdict;
    expect(verdict('The pastor said one update had been shared 948 times.', '"The update was shared 948 times and it has been seen by over 79,000 people," the pastor said.')).toBe('supported');
    expect(verdict('The pastor said one update had been shared 948 times.', '"The updates were shared 948 times and they have been seen by over 79,000 people," the pastor said.')).not.toBe('supported');
  });
});

describe('oneAsArticle: the same noun with a relative clause of its own', () => {
  const crash = [{ id: 's', text: 'A driver who witnessed the accident tried to chase after the car but lost it in traffic.' }];
  const one = (draft: string) => checkDraft(draft, crash).find((c) => c.value === 1)?.verdict;
  it('"One driver who saw the crash" is the source\'s "A driver who witnessed the accident"', () => {
    expect(one('One driver who saw the crash set off in pursuit but lost the car.')).toBe('supported');
  });
  it('not another noun, nor the noun without its clause and with no word in common', () => {
    expect(one('One cyclist who saw the crash set off in pursuit.')).not.toBe('supported');
    expect(one('One driver stopped to help.')).not.toBe('supported');
  });
});
