// Match reports give the final score as a last goal: "James Desmarais made it 4-2 before
// Nottingham's David Ling got one back" ends 4-3. "One back" (or "a goal back", "a try back")
// always goes to the side behind, so a score followed in its sentence by one is that score with
// the losing side's tally one higher; the draft's score is supported when it is that.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { ONE_BACK_REACH } from '../tuning.ts';

/** Verbs a side gets a score back with: "got one back", "pulled a goal back". */
const BACK_VERBS = new Set(['got', 'pulled', 'pull', 'pulls', 'gets', 'clawed', 'snatched', 'grabbed', 'headed', 'fired', 'struck']);

/** What the side got back: "one", "a goal", "a try". */
const BACK_WHAT = /^(one|a goal|a try|a point|a run)$/;

export const oneBack: VerdictRule = {
  name: 'oneBack',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const dh = a.m.high;
    if (a.m.kind !== 'score' || a.m.value === null || dh === undefined) return null;
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      const toks = src.analysis.tokens;
      for (const sm of src.analysis.mentions) {
        const hi = sm.m.high;
        if (sm.m.kind !== 'score' || sm.m.value === null || hi === undefined || sm.m.value === hi) continue;
        let back = false;
        for (let k = sm.m.tokEnd; k < sm.m.tokEnd + ONE_BACK_REACH && k + 2 < toks.length; k++) {
          const t = toks[k];
          if (!t || t.start >= sm.sentence.end) break;
          if (!BACK_VERBS.has(t.lower)) continue;
          const one = toks[k + 1]?.lower ?? '';
          const what = one === 'one' ? one : `${one} ${toks[k + 2]?.lower ?? ''}`;
          const at = one === 'one' ? k + 2 : k + 3;
          if (BACK_WHAT.test(what) && toks[at]?.lower === 'back') { back = true; break; }
        }
        if (!back) continue;
        const win = Math.max(sm.m.value, hi);
        const lose = Math.min(sm.m.value, hi) + 1;
        const [x, y] = [a.m.value, dh];
        if (!((x === win && y === lose) || (x === lose && y === win))) continue;
        const ev = evidenceOf(data, { sourceIndex: si, a: sm as AnalysedMention });
        return claimOf(draft, a, 'supported', `Derived: '${short(ev.value ?? '')}' and then one back for the side behind makes ${win}-${lose}. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
    return null;
  },
};
