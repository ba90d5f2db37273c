// "both" is a count of two: "the SNP will chair two select committees" where the source names
// them and then says "both committees were especially important". Supported when a source says
// "both" of a plural noun the draft's figure counts; "both men and women" names two groups, not
// two of anything, so a "both" of a coordination is left alone.
import { isStopword, stem } from '../../frames/lexicon.ts';
import { claimOf, passageEvidence, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { HEAD_REACH } from '../tuning.ts';

/** Plural nouns without the plural -s. */
const IRREGULAR_PLURALS = new Set(['men', 'women', 'children', 'people', 'police']);

export const bothAsTwo: VerdictRule = {
  name: 'bothAsTwo',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.family !== 'count' || a.m.kind !== 'count' || a.m.value !== 2 || a.m.bound !== undefined || a.m.high !== undefined) return null;
    // The nouns of the draft's counted phrase: "two [house] of [commons] select [committees]".
    const nouns = new Set<string>();
    for (let k = a.m.tokEnd; k < a.m.tokEnd + HEAD_REACH && k < draft.tokens.length; k++) {
      const t = draft.tokens[k];
      if (!t || t.start >= a.sentence.end || t.type !== 'word') break;
      if (!isStopword(t.lower)) nouns.add(stem(t.lower));
    }
    if (nouns.size === 0) return null;
    for (const src of data.sources) {
      const toks = src.analysis.tokens;
      for (let k = 0; k < toks.length; k++) {
        if (toks[k]?.lower !== 'both') continue;
        let n = k + 1;
        while (toks[n] && ['the', 'of', 'these', 'those'].includes(toks[n]?.lower ?? '')) n++;
        const noun = toks[n];
        if (!noun || noun.type !== 'word') continue;
        const plural = IRREGULAR_PLURALS.has(noun.lower) || (/[^su]s$/.test(noun.lower) && noun.lower.length > 3);
        if (!plural || !nouns.has(stem(noun.lower)) || toks[n + 1]?.lower === 'and') continue;
        const both = toks[k];
        if (!both) continue;
        const sentence = src.analysis.sentences.find((s) => s.start <= both.start && both.start < s.end) ?? { start: both.start, end: noun.end };
        const ev = passageEvidence(src.doc.id, src.analysis.text, sentence, both.start, noun.end);
        const phrase = ev.value;
        return claimOf(draft, a, 'supported', `Source: '${short(phrase)}', two of them. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
      }
    }
    return null;
  },
};
