// A level and the one it changed from, given the other way round: "389,952 patients had been
// waiting …, compared with 396,643 a month earlier" where the source has "396,643 … at the end of
// August, up from 389,952 at the end of July". Both values are the source's and each would be
// supported on its own; but the draft makes the later figure the earlier one, so the change it
// tells runs the wrong way. Runs before swappedPair and strongSupport.
import type { Token } from '../../text/tokenize.ts';
import { changeRole } from '../../mentions/changeVerbs.ts';
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceMentions } from '../sentenceMentions.ts';

/** Periods a level is told "a month earlier", "the previous year" … before. */
const PERIODS = new Set(['day', 'week', 'month', 'quarter', 'year']);
const EARLIER = new Set(['earlier', 'before', 'ago', 'previously']);
/** Words after a figure that make it a difference: "10.2% more units", "5,000 fewer". */
const COMPARATIVE_AFTER = /^(?:more|fewer|less|higher|lower|up|down|above|below)$/;
/** Tokens after a figure within which its "a month earlier" is looked for ("396,643 [patients] a month earlier"). */
const AFTER_REACH = 3;

/**
 * Whether a figure is the earlier level of a change its sentence tells: "up from [Y]", "rose from
 * [Y] to X", "compared with [Y]", "[Y] a month earlier", "[Y] the previous year"; or the later
 * one ("[X] one year later"). Undefined when its words do not say.
 */
function earlierLevel(tokens: readonly Token[], m: AnalysedMention): boolean | undefined {
  const role = changeRole(tokens, m.m.tokStart);
  if (role === 'from') return true;
  if (role === 'to') return false;
  // A change is no level: "shipped 10.2% more units than a year earlier", "up 75,000 on".
  if (role === 'by' || COMPARATIVE_AFTER.test(tokens[m.m.tokEnd]?.lower ?? '') || COMPARATIVE_AFTER.test(tokens[m.m.tokEnd + 1]?.lower ?? '')) return undefined;
  const before = (k: number) => tokens[m.m.tokStart - k]?.lower ?? '';
  // "21.4 million in Q1 2015 compared to 16.1 million just one year later": the words after a
  // figure that date it outrank the "compared to" before it.
  for (let k = m.m.tokEnd; k < m.m.tokEnd + AFTER_REACH + 2 && k < tokens.length; k++) {
    const [w1, w2, w3] = [tokens[k]?.lower ?? '', tokens[k + 1]?.lower ?? '', tokens[k + 2]?.lower ?? ''];
    if ((w1 === 'a' || w1 === 'one') && PERIODS.has(w2) && EARLIER.has(w3)) return true;
    if ((w1 === 'a' || w1 === 'one') && PERIODS.has(w2) && w3 === 'later') return false;
    if (w1 === 'the' && (w2 === 'previous' || w2 === 'preceding') && PERIODS.has(w3)) return true;
    if (tokens[k]?.type !== 'word' || k >= m.m.tokEnd + AFTER_REACH) break;
  }
  if ((before(1) === 'with' || before(1) === 'to') && before(2) === 'compared') return true;
  return undefined;
}

/** A figure stated as it is, or with "a total of": a hedged one is no level to swap. */
const exact = (m: AnalysedMention): boolean => m.m.bound === undefined || m.m.bound === 'exactly';

export const swappedLevels: VerdictRule = {
  name: 'swappedLevels',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.base === null || !exact(a) || a.family === 'date' || a.m.kind === 'year') return null;
    const own = earlierLevel(draft.tokens, a);
    for (const b of sentenceMentions(draft, a.sentence.start)) {
      if (b === a || b.family !== a.family || b.base === null || b.base === a.base) continue;
      const other = earlierLevel(draft.tokens, b);
      // Exactly one of the pair is told as the earlier level.
      if ((own === true) === (other === true)) continue;
      const draftEarlier = own === true;
      for (const [i, src] of data.sources.entries()) {
        const t = src.analysis;
        for (const s of t.mentions) {
          if (s.family !== a.family || s.base !== a.base || !exact(s)) continue;
          const pair = sentenceMentions(t, s.sentence.start).find((o) => o !== s && o.family === a.family && o.base === b.base);
          if (!pair) continue;
          const [se, pe] = [earlierLevel(t.tokens, s), earlierLevel(t.tokens, pair)];
          if ((se === true) === (pe === true)) continue;
          if ((se === true) === draftEarlier) continue;
          const text = (m: AnalysedMention) => short(t.text.slice(m.m.start, m.m.end));
          const [later, earlier] = se === true ? [pair, s] : [s, pair];
          return claimOf(draft, a, 'contradicted', `The source's later figure is '${text(later)}' and the earlier '${text(earlier)}'; the draft has them the other way round. Draft: '${short(dText)}'.`,
            [evidenceOf(data, { sourceIndex: i, a: s }), evidenceOf(data, { sourceIndex: i, a: pair })], published);
        }
      }
    }
    return null;
  },
};
