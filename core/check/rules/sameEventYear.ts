// "A 2013 comeback in Muay Thai ended in defeat in the second round" where the source has "In
// 2013 Bowe made a comeback as a Muay Thai fighter, but was beaten in the second round": a year
// whose own frame has few words to compare (a year's noun is rarely the event's) is supported by
// the same year in a source sentence that tells the same event in the same words. The bar is
// higher than for a figure's frame: a wrong year is the commonest slip of a rewrite, and a story
// gives many years.
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sharedWords } from '../sharedWords.ts';

/**
 * Content words the source's sentence must share with the draft's (or the one before) for its
 * year to date the draft's event: "comeback", "muay", "thai", "second", "round" are five; two,
 * the bar for a length of time (SHARED_EVENT_WORDS), let a story's recurring names ("Bowe",
 * "Holyfield") carry another year's event.
 */
const SHARED_YEAR_WORDS = 3;

export const sameEventYear: VerdictRule = {
  name: 'sameEventYear',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.kind !== 'year' || a.m.value === null) return null;
    for (const s of j.scored) {
      if (s.rel !== 'entails' || s.e.a.m.kind !== 'year' || s.e.a.m.value !== a.m.value) continue;
      const src = data.sources[s.e.sourceIndex];
      if (!src || sharedWords(draft, a, src.analysis, s.e.a) < SHARED_YEAR_WORDS) continue;
      return claimOf(draft, a, 'supported', `Source: '${short(src.analysis.text.slice(s.e.a.m.start, s.e.a.m.end))}', in a sentence telling the same event. Draft: '${short(dText)}'.`, [evidenceOf(data, s.e)], published);
    }
    return null;
  },
};
