// A gap in a table is the difference of two tallies: "Belfast … close the gap on the leaders to
// three points" where the source gives the table, "Nottingham lead the league on 28 points, with
// Sheffield Steelers on 27 and Belfast 25". A figure the draft calls a gap ("N points behind",
// "clear", "adrift", "within N points of", "the gap … to N points") is supported when one source
// sentence gives two tallies of the same unit, one of them the draft's side's (named just before
// it), whose difference is the draft's figure.
import type { AnalysedMention } from '../analyseText.ts';
import { isStopword, stem } from '../../frames/lexicon.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentencePairs } from '../sentencePairs.ts';
import { GAP_WORD_REACH, NAME_REACH } from '../tuning.ts';

/** Words that make a tally a gap between sides. */
const GAP_WORDS = new Set(['gap', 'behind', 'adrift', 'clear', 'ahead', 'within', 'trail', 'trailing', 'off', 'short', 'deficit']);

/** Words of any table, which name no side. */
const TABLE_WORDS = new Set(['league', 'leaders', 'leader', 'table', 'top', 'bottom', 'side', 'sides', 'team', 'teams', 'place', 'moved', 'move', 'now']);

/** Units sides are ranked by in a table or leaderboard. */
const TALLY_UNITS = new Set(['points', 'shots', 'strokes', 'goals', 'runs', 'games', 'wins', 'seconds'].map(stem));

export const pointsGap: VerdictRule = {
  name: 'pointsGap',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const n = a.m.value;
    const unit = a.frame.head;
    if (a.family !== 'count' || n === null || a.m.bound !== undefined || unit === undefined || !TALLY_UNITS.has(unit)) return null;
    const dt = draft.tokens;
    let gap = false;
    for (let k = Math.max(0, a.m.tokStart - GAP_WORD_REACH); k < a.m.tokEnd + GAP_WORD_REACH && k < dt.length && !gap; k++) gap = GAP_WORDS.has(dt[k]?.lower ?? '');
    if (!gap) return null;
    // Words that may name the draft's side: not the table's own vocabulary.
    const draftWords = new Set(dt.filter((t) => t.start >= a.sentence.start && t.start < a.sentence.end && t.type === 'word' && !isStopword(t.lower)
      && !GAP_WORDS.has(t.lower) && !TABLE_WORDS.has(t.lower) && !TALLY_UNITS.has(stem(t.lower))).map((t) => t.lower));
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      const toks = src.analysis.tokens;
      const named = (m: AnalysedMention): boolean => {
        for (let k = m.m.tokStart - 1; k >= m.m.tokStart - NAME_REACH && k >= 0; k--) if (draftWords.has(toks[k]?.lower ?? '')) return true;
        return false;
      };
      // In a table a side's name stands before its tally ("and Belfast 25"), which the scanner
      // files as a name like "Channel 5": here it is read as the tally it is.
      const tally = (m: AnalysedMention): boolean => m.base !== null && m.m.bound === undefined
        && (m.family === 'count' || (m.family === 'code' && /^\p{L}+ \d+$/u.test(m.m.code ?? '')));
      const ms = src.analysis.mentions.filter(tally);
      for (const [p, q] of sentencePairs(ms)) {
        if (Math.abs((p.base ?? 0) - (q.base ?? 0)) !== n) continue;
        if (p.frame.head !== unit && q.frame.head !== unit) continue;
        if (!named(p) && !named(q)) continue;
        const ev = evidenceOf(data, { sourceIndex: si, a: p });
        return claimOf(draft, a, 'supported', `Derived: ${Math.max(p.base ?? 0, q.base ?? 0)} − ${Math.min(p.base ?? 0, q.base ?? 0)} = ${n}. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
    return null;
  },
};
