// A count the sources give as a list: "Two people were arrested" where a source says "a man, 41,
// and a woman, 23, were arrested", or names them, "Daniel Timbers, 29, and Barry Joy, 56, …
// when they were killed" (the newsroom's way to introduce the people a story is about: name,
// then age in apposition). The people introduced one by one in the sentence that reports the
// same outcome are counted; the draft's figure is supported when the numbers agree.
import { conceptOf } from '../../frames/lexicon.ts';
import { PERSON_NOUNS } from '../../mentions/refiners/attributedAges.ts';
import type { Token } from '../../text/tokenize.ts';
import { claimOf, passageEvidence, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceMentions } from '../sentenceMentions.ts';
import { MAX_LISTED, MODIFIER_REACH, QUANTITY_CONCEPT_REACH } from '../tuning.ts';

/** Words that say how often something happened, not how many took part. */
const FREQUENCY = /^(?:once|twice|thrice)$/i;

/** First token of the capitalised name that ends at token `k`, quoted as the list's start. */
function nameStart(toks: readonly Token[], k: number): number {
  let i = Math.max(0, k);
  while (i > 0 && toks[i - 1]?.type === 'word' && /^[A-Z]/.test(toks[i - 1]?.text ?? '')) i--;
  return i;
}

export const enumeratedCount: VerdictRule = {
  name: 'enumeratedCount',
  judge(j) {
    const { a, data, draft, published } = j;
    const n = a.m.value;
    const primary = a.frame.concepts[0];
    if (a.family !== 'count' || n === null || a.m.bound !== undefined || n < 2 || n > MAX_LISTED || !Number.isInteger(n)) return null;
    if (!primary || primary.distance > QUANTITY_CONCEPT_REACH) return null;
    // "swore at a judge twice", "three times": how often, never how many people.
    if (FREQUENCY.test(draft.text.slice(a.m.start, a.m.end)) || draft.tokens[a.m.tokEnd]?.lower === 'times') return null;
    for (const src of data.sources) {
      const toks = src.analysis.tokens;
      for (const s of src.analysis.sentences) {
        let people = 0;
        let first = -1;
        let verb = -1;
        // Tokens holding an age in apposition ("Timbers, 29,"): each is one person introduced.
        const ages = new Set<number>();
        for (const sm of sentenceMentions(src.analysis, s.start)) {
          if (sm.m.kind === 'age' && sm.m.owner !== undefined) ages.add(sm.m.tokStart);
        }
        // "The bodies of David Miller, 24, and Hannah Witheridge, 23, were discovered": after
        // the outcome's noun and "of", the people listed up to the verb are the ones it names.
        let listAfter = false;
        let last = -1;
        for (let k = 0; k < toks.length; k++) {
          const t = toks[k];
          if (!t || t.start < s.start) continue;
          if (t.start >= s.end) break;
          if (listAfter && /^(?:were|was|have|had|are|is)$/.test(t.lower)) break;
          if (verb < 0 && conceptOf(t.lower) === primary.concept) {
            verb = k;
            if (people === 0 && toks[k + 1]?.lower === 'of') { listAfter = true; continue; }
            break;
          }
          if (ages.has(k)) { people++; last = k; if (first < 0) first = nameStart(toks, k - 2); continue; }
          if (t.lower === 'a' || t.lower === 'an') {
            for (let r = k + 1; r <= k + MODIFIER_REACH && r < toks.length; r++) {
              const u = toks[r];
              if (!u || u.text === ',' || u.lower === 'and') break;
              // "a man, 41," is counted once, by its age.
              if (PERSON_NOUNS.has(u.lower)) {
                if (!ages.has(r + 2)) { people++; last = r; if (first < 0) first = k; }
                break;
              }
            }
          }
        }
        if (verb < 0 || people !== n || first < 0) continue;
        const from = (listAfter ? toks[verb]?.start : toks[first]?.start) ?? s.start;
        const to = (listAfter ? toks[last]?.end : toks[verb]?.end) ?? s.end;
        const ev = passageEvidence(src.doc.id, src.analysis.text, s, from, to);
        const listed = ev.value;
        return claimOf(draft, a, 'supported', `Derived: '${short(listed)}' names ${n} people. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
      }
    }
    return null;
  },
};
