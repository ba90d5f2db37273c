// A score counts what it is a score of: "his 5-3 overnight lead" is a lead, whatever describes it,
// and "leads 12-4 going into Monday" has no noun of its own ("going" is what the leader does).
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: "Armed with a 5-3 lead from the opening session, O'Sullivan took the first two frames on Sunday. "
  + "He made two centuries in establishing a 12-4 lead. Elsewhere, Ali Carter suffered the indignity to trail 11-5 overnight." }];
const score = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;

describe('frameOf: the noun of a score', () => {
  it('"his 5-3 overnight lead" is the source\'s "5-3 lead", not Carter\'s "11-5 overnight"', () => {
    expect(score("O'Sullivan won the first two frames to stretch his 5-3 overnight lead.", '5-3')).toBe('supported');
  });
  it('"leads 12-4 going into Monday" is the source\'s "12-4 lead"', () => {
    expect(score("O'Sullivan leads 12-4 going into Monday's closing session.", '12-4')).toBe('supported');
    expect(score("O'Sullivan leads 12-3 going into Monday's closing session.", '12-3')).not.toBe('supported');
  });
});

describe('a score\'s result noun ends its phrase', () => {
  it('"a 2-1 defeat leaves them nine points adrift" is a score of a defeat, met by the draft\'s "a 2-1 defeat"', () => {
    const source = [{ id: 's', text: 'City could not find an equaliser and a 2-1 defeat leaves them nine points adrift of the top.' }];
    expect(checkDraft('City suffered a 2-1 defeat at Palace on Monday night.', source).find((c) => c.text.startsWith('2-1'))?.verdict).toBe('supported');
    expect(checkDraft('City suffered a 3-1 defeat at Palace on Monday night.', source).find((c) => c.text.startsWith('3-1'))?.verdict).not.toBe('supported');
  });
});

describe('a match runs through many scores of one kind', () => {
  const source = [{ id: 's', text: 'Armed with a 5-3 lead from the opening session, Okafor took the first two frames. He fired two centuries in establishing a 12-4 lead, needing one more frame.' }];
  const lead = (draft: string, score: string) => checkDraft(draft, source).find((c) => c.text.startsWith(score))?.verdict;
  it('"a 12-4 lead" is stated, and the earlier "5-3 lead" is another moment, no conflict', () => {
    expect(lead('Okafor opened up a 12-4 lead in the second session.', '12-4')).toBe('supported');
    expect(lead('Okafor opened up a 12-5 lead in the second session.', '12-5')).not.toBe('supported');
  });
});

describe('a partitive part after a verb of result counts the result', () => {
  const source = [{ id: 's', text: 'United created a record with 25 wins out of the first 30 league matches.' }];
  it('"winning 25 of their first 30 league matches" is the source\'s "25 wins out of the first 30"', () => {
    expect(checkDraft('United set a record by winning 25 of their first 30 league matches.', source).find((c) => c.text === '25')?.verdict).toBe('supported');
    expect(checkDraft('United set a record by winning 27 of their first 30 league matches.', source).find((c) => c.text === '27')?.verdict).not.toBe('supported');
  });
});
