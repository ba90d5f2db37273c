// A fact box's line restates the story's figures without the years its sentences gave them: the
// same figure stated the same way is the story's, whatever year the source sets beside it. In
// running text a figure of another year is still no support for today's.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

const SOURCE = [{ id: 's', text: 'The study was published in 2023. It reviewed 1,940 admissions at 14 Ohio hospitals in 2019. '
  + 'About one in five patients suffered harm, the researchers said.' }];
const verdictOf = (draft: string, text: string) => checkDraft(draft, SOURCE).find((c) => c.text === text)?.verdict;

describe('a fact box line\'s figure of a year the source names', () => {
  it('is the story\'s figure when stated as the source states it', () => {
    const draft = 'A new study found that about one in five patients were harmed in hospital.\n\nKey facts:\n- 1,940 admissions reviewed at 14 Ohio hospitals\n- About one in five patients harmed';
    expect(verdictOf(draft, '14')).toBe('supported');
  });
  it('not with another figure; in running text the year the source sets beside it still anchors it', () => {
    const draft = 'A new study found that about one in five patients were harmed in hospital.\n\nKey facts:\n- 1,940 admissions reviewed at 15 Ohio hospitals';
    expect(verdictOf(draft, '15')).not.toBe('supported');
    expect(verdictOf('A new study found harm was common.\n\nThe study reviewed admissions at 14 Ohio hospitals.', '14')).not.toBe('supported');
  });
});
