// "One day before the first anniversary" where the source says "on the eve of the one-year
// anniversary": the eve of an event is the day before it. A draft's "one day before / ahead of X"
// is supported when a source puts something on the eve of the same X (a noun after "before" is
// among the nouns after "eve of"). Only one day: "two days before" is no eve.
import { isStopword, stem } from '../../frames/lexicon.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { HEAD_REACH } from '../tuning.ts';
import { findUnit } from '../../values/units.ts';

const DAY_SECONDS = findUnit('day')?.factor ?? 86400;

export const eveAsDayBefore: VerdictRule = {
  name: 'eveAsDayBefore',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'dim:time' || a.base !== DAY_SECONDS || a.m.bound !== undefined) return null;
    const t = draft.tokens;
    let k = a.m.tokEnd;
    if (t[k]?.lower === 'ahead' && t[k + 1]?.lower === 'of') k += 2;
    else if (t[k]?.lower === 'before') k++;
    else return null;
    // The nouns of what came a day later: "before the first [anniversary] of the [invasion]".
    const nouns = new Set<string>();
    for (let n = k; n < k + HEAD_REACH && n < t.length && t[n]!.start < a.sentence.end && t[n]!.type === 'word'; n++) {
      if (!isStopword(t[n]!.lower)) nouns.add(stem(t[n]!.lower));
    }
    if (nouns.size === 0) return null;
    for (const src of data.sources) {
      const toks = src.analysis.tokens;
      for (let e = 0; e < toks.length; e++) {
        if (toks[e]?.lower !== 'eve' || toks[e + 1]?.lower !== 'of') continue;
        let end = e + 1;
        let shared = false;
        for (let n = e + 2; n < e + 2 + HEAD_REACH && n < toks.length && (toks[n]!.type !== 'sym' || toks[n]!.text === '-'); n++) {
          end = n;
          if (nouns.has(stem(toks[n]!.lower))) { shared = true; break; }
        }
        if (!shared) continue;
        const from = toks[e - 1]?.lower === 'the' ? e - 1 : e;
        const start = toks[from]!.start;
        const sentence = src.analysis.sentences.find((s) => s.start <= start && start < s.end) ?? { start, end: toks[end]!.end };
        const ev = passageEvidence(src.doc.id, src.analysis.text, sentence, start, toks[end]!.end);
        return claimOf(draft, a, 'supported', `Source: '${short(ev.value)}': the eve is the day before. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
    return null;
  },
};
