// "Tottenham 1-1 Chelsea": in a results line the name after a score is the other side, not what
// the score counts, so it does not set the line apart from a draft's "held to a 1-1 draw by Chelsea".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

const source = [{ id: 's', text: 'EPL Summary\n\nTottenham 1-1 Chelsea\nAston Villa 3-2 Manchester City\nWest Brom won at Old Trafford.' }];
const verdictOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;

describe('a results line', () => {
  it('supports the draft\'s score told with its noun', () => {
    expect(verdictOf('Tottenham moved top despite being held to a 1-1 draw at home by Chelsea.', '1-1')).toBe('supported');
    expect(verdictOf('Manchester City passed up the chance to go top with a shock 3-2 defeat at Aston Villa.', '3-2')).toBe('supported');
  });
  it('not another score', () => {
    expect(verdictOf('Tottenham moved top despite being held to a 2-2 draw at home by Chelsea.', '2-2')).not.toBe('supported');
  });
});
