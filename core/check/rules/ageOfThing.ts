// "erasing a mark that had stood for 25 years" where the source has "McColgan's 25-year-old
// record": the age of a thing (a record, a building, a law) is how long it has stood. A draft's
// length of time in years restates it when the source's sentence tells the same event; an age of
// a person ("the 25-year-old striker") is no such thing.
import { PERSON_NOUNS } from '../../mentions/refiners/attributedAges.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { SHARED_EVENT_WORDS, sharedWords } from '../sharedWords.ts';

/** Things whose age copy gives as "N-year-old": what has stood, been held or been open that long. */
const THINGS = /^(?:record|records|mark|building|law|tradition|rivalry|company|business|firm|tree|bridge|church|house|ban|rule|contract|marriage|partnership|sentence|case|mystery|feud|dispute|title|shop|pub|restaurant|club|game|show|programme)$/;

/** Words between the age and the thing: "25-year-old [British indoor] record". */
const MODIFIERS = 3;

export const ageOfThing: VerdictRule = {
  name: 'ageOfThing',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.kind !== 'duration' || a.m.unit !== 'year' || a.m.value === null || a.m.high !== undefined || a.m.bound !== undefined) return null;
    for (const [sourceIndex, src] of data.sources.entries()) {
      for (const s of src.analysis.mentions) {
        if (s.m.kind !== 'age' || s.m.value !== a.m.value || s.m.owner !== undefined) continue;
        // The thing may follow its modifiers: "25-year-old British indoor record".
        const run = src.analysis.tokens.slice(s.m.tokEnd, s.m.tokEnd + MODIFIERS + 1);
        const at = run.findIndex((t) => t.type !== 'word' || PERSON_NOUNS.has(t.lower) || THINGS.test(t.lower));
        const noun = at < 0 ? undefined : run[at];
        if (noun === undefined || noun.type !== 'word' || !THINGS.test(noun.lower)) continue;
        if (sharedWords(draft, a, src.analysis, s) < SHARED_EVENT_WORDS) continue;
        const phrase = src.analysis.text.slice(s.m.start, noun.end);
        return claimOf(draft, a, 'supported', `Source: '${short(phrase)}', which has stood that long. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex, a: s })], published);
      }
    }
    return null;
  },
};
