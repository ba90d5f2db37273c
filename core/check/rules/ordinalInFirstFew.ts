// "the second Test" where a source says "the first two Tests": a run of the first N of a series
// includes each of its first N members, so an ordinal up to N of the same noun is stated. Tried
// before conflicts, since that source usually also names another member ("the first Test"),
// which is a different match of the same series, not another count of this one.
import { stem } from '../../frames/lexicon.ts';
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { claimOf, passageEvidence, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { perText } from '../perText.ts';

/** Words that open a run of a series: "the first two Tests", "the opening three rounds". */
const RUN_OPENERS = new Set(['first', 'opening']);

interface Run { readonly n: number; readonly noun: string; readonly from: number; readonly to: number; readonly a: AnalysedMention }

/** The runs "first N <noun>" a text states, found once per text. */
const runsOf = perText((t: AnalysedText): readonly Run[] => {
  const found: Run[] = [];
  for (const sm of t.mentions) {
    const n = sm.m.value;
    if (sm.m.kind !== 'count' || n === null || sm.m.bound !== undefined || !Number.isInteger(n) || n < 2) continue;
    const opener = t.tokens[sm.m.tokStart - 1];
    const noun = t.tokens[sm.m.tokEnd];
    if (!opener || !RUN_OPENERS.has(opener.lower) || !noun || noun.type !== 'word') continue;
    found.push({ n, noun: stem(noun.lower), from: opener.start, to: noun.end, a: sm });
  }
  return found;
});

export const ordinalInFirstFew: VerdictRule = {
  name: 'ordinalInFirstFew',
  judge(j) {
    const { a, data, draft, published } = j;
    const k = a.m.value;
    const head = a.frame.head;
    if (a.m.kind !== 'ordinal' || k === null || !Number.isInteger(k) || k < 1 || head === undefined) return null;
    for (const src of data.sources) {
      for (const run of runsOf(src.analysis)) {
        if (run.n < k || run.noun !== head) continue;
        const ev = passageEvidence(src.doc.id, src.analysis.text, run.a.sentence, run.from, run.to);
        const phrase = ev.value;
        return claimOf(draft, a, 'supported', `Source: '${short(phrase)}' includes the ${short(phraseOf(draft.text, a))}.`, [ev], published);
      }
    }
    return null;
  },
};
