// "beat Stan Wawrinka in four sets" where the source gives the match as "Del Potro secured a 3-6
// 6-3 7-6 (7-2) 6-3 victory": a tennis scoreline lists one score per set, so the number of sets is
// the number of scores in it (a tie-break's score in brackets is part of its set). A draft's count
// of sets is checked against the scoreline of a source sentence that names a player the draft's
// sentence names: supported when the counts agree, contradicted when they do not. Runs before
// conflicts, where "two sets to one down" would otherwise read as another count of sets.
import { stem } from '../../frames/lexicon.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { namedScorelines, namesIn } from '../scorelines.ts';

/** Words after "N sets" that make it a state of the match: "two sets down", "two sets to one", "two sets up". */
const SCORE_STATE = /^(?:down|up|ahead|behind|to|clear)$/;

export const setsOfScoreline: VerdictRule = {
  name: 'setsOfScoreline',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.bound !== undefined || a.frame.head !== stem('sets')) return null;
    // "came from two sets down", "two sets to one up": a deficit or a lead during the match, not its length.
    const after = draft.tokens[a.m.tokEnd + 1]?.lower ?? '';
    if (SCORE_STATE.test(after) || draft.tokens[a.m.tokStart - 1]?.lower === 'from') return null;
    const names = namesIn(draft, a.sentence.start, a.sentence.end);
    for (const { source, text, sentence, line } of namedScorelines(data, names)) {
      const ev = passageEvidence(source.id, text.text, sentence, line.start, line.end);
      const said = short(text.text.slice(line.start, line.end));
      if (line.sets === a.m.value) return claimOf(draft, a, 'supported', `Derived: '${said}' is ${line.sets} sets. Draft: '${short(dText)}'.`, [ev], published);
      return claimOf(draft, a, 'contradicted', `Source: '${said}', ${line.sets} sets. Draft: '${short(dText)}'.`, [ev], published);
    }
    return null;
  },
};
