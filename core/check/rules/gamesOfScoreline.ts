// "the Swiss, who won only four games in the match" where the source has "demolish world No 1
// Roger Federer 6-1, 6-3, 6-0": the games a player won are the sum of that player's side of each
// set, as tennis copy counts them ("dropped just four games"). A draft's count of games is
// supported as derived when it is the sum of either side of a scoreline in a source sentence that
// names a player the draft's sentence (or the one before) names.
import { stem } from '../../frames/lexicon.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { namedScorelines, namesIn } from '../scorelines.ts';
import { sentenceIndexOf } from '../sentenceMentions.ts';

export const gamesOfScoreline: VerdictRule = {
  name: 'gamesOfScoreline',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.bound !== undefined || a.frame.head !== stem('games')) return null;
    const from = draft.sentences[Math.max(0, sentenceIndexOf(draft, a) - 1)]?.start ?? a.sentence.start;
    for (const { source, text, sentence, line } of namedScorelines(data, namesIn(draft, from, a.sentence.end))) {
      const sides = [line.games.reduce((n, g) => n + g[0], 0), line.games.reduce((n, g) => n + g[1], 0)];
      if (!sides.includes(a.m.value)) continue;
      const ev = passageEvidence(source.id, text.text, sentence, line.start, line.end);
      return claimOf(draft, a, 'supported', `Derived: '${short(text.text.slice(line.start, line.end))}' gives one side ${a.m.value} games. Draft: '${short(dText)}'.`, [ev], published);
    }
    return null;
  },
};
