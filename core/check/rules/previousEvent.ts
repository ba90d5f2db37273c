// "the second strike": supported when a source tells of one previous strike of the same kind.
import { conceptOf, stem } from '../../frames/lexicon.ts';
import { claimOf, passageEvidence, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { PREVIOUS_REACH } from '../tuning.ts';


export const previousEvent: VerdictRule = {
  name: 'previousEvent',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.kind !== 'ordinal' || a.m.value !== 2) return null;
    const head = a.frame.head;
    if (head === undefined) return null;
    const headConcept = conceptOf(head) ?? head;
    for (const at of data.previous) {
      const src = data.sources[at.sourceIndex];
      if (!src) continue;
      const toks = src.analysis.tokens;
      const t = toks[at.token];
      if (!t) continue;
      for (let k = at.token + 1; k <= at.token + PREVIOUS_REACH && k < toks.length; k++) {
        const u = toks[k];
        if (!u || u.type !== 'word') break;
        const c = conceptOf(u.lower) ?? stem(u.lower);
        if (c === headConcept || stem(u.lower) === head) {
          const sentence = src.analysis.sentences.find((s) => s.start <= t.start && t.start < s.end) ?? { start: t.start, end: u.end };
          const ev = passageEvidence(src.doc.id, src.analysis.text, sentence, t.start, u.end);
          const phrase = ev.value;
          return claimOf(draft, a, 'supported', `Source tells of one earlier ${u.lower}: '${short(phrase)}'. Draft: '${short(phraseOf(draft.text, a))}'.`, [ev], published);
        }
      }
    }
    return null;
  },
};
