// "six-under-par", "on five under": a golf score against par, never a count of strokes.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('scoreToPar', () => {
  it('reads a score against par, hyphenated or on a leaderboard', () => {
    const ms = findMentions('Hart carded a six-under-par 66 and Lowe sits on five under, with Reid 10 over par.');
    expect(ms.map((m) => [m.text, m.kind, m.unit])).toEqual([
      ['six-under-par', 'quantity', 'under par'], ['66', 'count', undefined], ['five under', 'quantity', 'under par'], ['10 over par', 'quantity', 'over par'],
    ]);
  });
  it('leaves "under 12" and "over 500" bounds alone (a bounded age and a bounded count, no score to par)', () => {
    expect(findMentions('Children under 12 go free and over 500 came.').map((m) => [m.kind, m.qualifier])).toEqual([['age', 'less-than'], ['count', 'more-than']]);
  });
  it('compares with scores against par only: the round\'s 66 never contradicts "six under"', () => {
    const source = [{ id: 's', text: 'Hart carded seven birdies and one bogey in his 66. Lowe is on five under.' }];
    expect(checkDraft('Hart shot a six-under-par round.', source)[0]?.verdict).not.toBe('contradicted');
    expect(checkDraft('Lowe is on five under.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Lowe is on three under.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('scoreToPar: "a six-under 66"', () => {
  it('reads the hyphenated score to par, and the round after it as a plain count', () => {
    expect(findMentions('Westwood made seven birdies in a six-under 66.').filter((m) => m.value === 6 || m.value === 66).map((m) => [m.text, m.unit ?? null])).toEqual([['six-under', 'under par'], ['66', null]]);
    const source = [{ id: 's', text: 'Westwood made seven birdies and a bogey in his 66.' }];
    expect(checkDraft('Westwood made seven birdies and a bogey in a six-under 66.', source).find((c) => c.text === '66')?.verdict).toBe('supported');
  });
  it('reads a leaderboard line, "-10 J Guerrier (Fra)", as that player\'s strokes under par', () => {
    const source = [{ id: 's', text: 'Leading final scores: -13 L Canter (Eng); -11 B Wiesberger (Aut), T Lawrence (SA); -10 J Guerrier (Fra), N Norgaard (Den).' }];
    expect(checkDraft('Guerrier finished on 10 under.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Guerrier finished on 11 under.', source)[0]?.verdict).toBe('contradicted');
    expect(findMentions('It was -5C in Oslo.')[0]?.value).toBe(-5);
  });
});


describe('scoreToPar: a mark a player reaches, and a leaderboard\'s initials', () => {
  it('"to finish one under", "ended one under", "to reach seven under" are scores to par; "one under budget" is not', () => {
    expect(findMentions('Zach Johnson shot 71 to finish one under, alongside Andy Sullivan.')[1]).toMatchObject({ kind: 'quantity', unit: 'under par', value: 1 });
    expect(findMentions('Johnston birdied three holes to reach seven under, but faded.')[1]).toMatchObject({ kind: 'quantity', unit: 'under par', value: 7 });
    expect(findMentions('The project finished one under budget.')[0]?.kind).toBe('count');
  });
  it('"-2 D Johnson" is not Zach Johnson, whose "one under" the prose states', () => {
    const source = [{ id: 's', text: 'Selected others: -2 D Johnson; -1 M Southgate (Eng), A Sullivan (Eng), Z Johnson (Eng)\n\nDefending champion Zach Johnson (71) ended one under, alongside Andy Sullivan and Matt Southgate.' }];
    expect(checkDraft('Defending champion Zach Johnson shot 71 to finish one under, alongside Andy Sullivan.', source).find((c) => c.text === 'one under')?.verdict).toBe('supported');
    expect(checkDraft('Defending champion Zach Johnson shot 71 to finish two under, alongside Andy Sullivan.', source).find((c) => c.text === 'two under')?.verdict).not.toBe('supported');
  });
});

describe('scoreToPar: a signed total in golf copy', () => {
  const source = [{ id: 's', text: 'Rahm finished the tournament at -6. He was one stroke better than Louis Oosthuizen of South Africa, who was -5. He shot a four-under-par 67, the best round on Sunday, with a birdie at the last.' }];
  const verdictOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;
  it('"at -6" and "who was -5" are scores to par, and the round\'s "four-under-par 67" is no rival to the total', () => {
    expect(findMentions(source[0]!.text)[0]).toMatchObject({ kind: 'quantity', unit: 'under par', value: 6 });
    expect(verdictOf('Rahm closed with a four-under-par 67 to finish at six under, a shot ahead of Oosthuizen at five under.', 'six under')).toBe('supported');
    expect(verdictOf('Rahm closed with a four-under-par 67 to finish at six under, a shot ahead of Oosthuizen at five under.', 'four-under-par')).toBe('supported');
    expect(verdictOf('Rahm closed with a four-under-par 67 to finish at six under, a shot ahead of Oosthuizen at five under.', 'five under')).toBe('supported');
  });
  it('a signed figure outside golf copy stays a count', () => {
    expect(findMentions('Temperatures stood at -6 overnight.')[0]?.kind).toBe('count');
  });
});

describe('scoreToPar: a leaderboard listing the player before the total', () => {
  const source = [{ id: 's', text: 'Tiger Woods shot a final-round 71 to win by two with a birdie at the last.\nDustin Johnson, -7\nT-7.\nRickie Fowler, -5\nT-7.\nRory McIlroy, -5' }];
  it('"Rory McIlroy, -5" is McIlroy\'s five under', () => {
    expect(findMentions(source[0]!.text).find((m) => m.value === 5)).toMatchObject({ kind: 'quantity', unit: 'under par' });
    expect(checkDraft('Rickie Fowler and Rory McIlroy shared seventh place at five under.', source).find((c) => c.text === 'five under')?.verdict).toBe('supported');
    expect(checkDraft('Rickie Fowler and Rory McIlroy shared seventh place at six under.', source).find((c) => c.text === 'six under')?.verdict).not.toBe('supported');
  });
});

describe('a fact box\'s labelled score to par', () => {
  const SOURCE = [{ id: 's', text: 'Lindqvist made birdie at the last to finish tied at nine under par, one ahead of Moreau.' }];
  it('"Winning score: 9 under" is strokes under par in golf copy', () => {
    const draft = 'Key facts:\n- Winning score: 9 under\n- Birdie at the last';
    expect(findMentions(draft).map((m) => [m.text, m.unit])).toContainEqual(['9 under', 'under par']);
    expect(checkDraft(draft, SOURCE).find((c) => c.text === '9 under')?.verdict).toBe('supported');
    expect(checkDraft('Key facts:\n- Winning score: 8 under\n- Birdie at the last', SOURCE).find((c) => c.text === '8 under')?.verdict).not.toBe('supported');
  });
  it('not outside golf copy', () => {
    expect(findMentions('Key facts:\n- Total: 12 under\n- Budget met').map((m) => m.kind)).toEqual(['count']);
  });
});
