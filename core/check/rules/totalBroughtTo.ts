// A running total told after the latest addition: "Three pediatric deaths were reported …,
// bringing this season's total to 19"; the draft's "bringing the number of paediatric deaths this
// season to 19". The words around the total are the addition's ("three pediatric deaths"), so the
// addition frames the draft's figure better than the total's bare "19" does and would read as a
// conflict. Where both texts bring a total to the draft's figure with a verb of bringing ("bringing",
// "taking", "raising", "pushing" … "to N"), the source states that total: supported, before the
// addition can contradict it.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';

/** Verbs that carry a total to its new level: "bringing the toll to 19", "taking its tally to 22". */
const BRINGING = /^(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|raised|push|pushes|pushing|pushed|lift|lifts|lifting|lifted|put|puts|putting|increase|increases|increasing|increased)$/;

/** Words back from "to" within which the verb of bringing stands ("bringing the number of paediatric deaths this season to 19"). */
const BRINGING_REACH = 9;

/** Whether a figure is the level a total is brought to: "to" right before it, a verb of bringing before that, within its clause. */
function broughtTo(t: AnalysedText, m: AnalysedMention): boolean {
  const tokens = t.tokens;
  const to = tokenAt(tokens, m.m.start) - 1;
  if (tokens[to]?.lower !== 'to') return false;
  for (let k = to - 1; k >= Math.max(0, to - BRINGING_REACH); k--) {
    const tok = tokens[k]!;
    if (tok.start < m.sentence.start || /^[.;:!?]$/.test(tok.text)) return false;
    if (BRINGING.test(tok.lower)) return true;
  }
  return false;
}

export const totalBroughtTo: VerdictRule = {
  name: 'totalBroughtTo',
  judge(j) {
    const { a, data, draft } = j;
    if (a.m.value === null || a.m.high !== undefined || !broughtTo(draft, a)) return null;
    const total = j.scored.find((x) => x.rel === 'entails' && x.e.a.m.value === a.m.value && x.e.a.m.bound === a.m.bound && x.e.a.family === a.family
      && data.sources[x.e.sourceIndex] !== undefined && broughtTo(data.sources[x.e.sourceIndex]!.analysis, x.e.a));
    if (!total) return null;
    return supportedClaim(j, total, []);
  },
};
