// A year fronted with "In" governs the clause after it: "In 2006 he wrote of shooting a baboon in
// Tanzania" dates the baboon. Where the source tells that clause after another fronted year ("In
// October 2009, he described how he had shot a baboon while in Tanzania") and its own 2006 opens a
// clause about something else ("while in 2006 he upset residents of the Isle of Man"), the draft's
// year is another event's: contradicted, citing the year the source gives. The clauses must share
// at least two content words, and the draft's year's own clauses none, so a shared pronoun or a
// common verb never decides it.
import { isStopword, stem } from '../../frames/lexicon.ts';
import type { Token } from '../../text/tokenize.ts';
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, evidenceOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import type { SourceEntry } from '../sourceIndex.ts';

/** Content words read from a fronted year's clause: "he wrote of shooting a baboon in Tanzania" (8). */
const CLAUSE_WORDS = 12;
/** Content words two clauses must share to tell the same event. */
const SHARED_WORDS = 2;

const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '"', '“', '”']);

/** Content stems of the clause a year fronted with "In" governs, or undefined when not fronted. */
function frontedClause(tokens: readonly Token[], m: AnalysedMention['m']): Set<string> | undefined {
  const opener = tokens[m.tokStart]?.lower === 'in' ? m.tokStart : m.tokStart - 1;
  if (tokens[opener]?.lower !== 'in') return undefined;
  const before = tokens[opener - 1];
  if (before && !(before.type === 'sym' && CLAUSE_END.has(before.text)) && before.lower !== 'and' && before.lower !== 'while') return undefined;
  const words = new Set<string>();
  let i = m.tokEnd;
  while (tokens[i]?.text === ',') i++;
  for (let n = 0; i < tokens.length && n < CLAUSE_WORDS; i++, n++) {
    const t = tokens[i];
    if (!t || (t.type === 'sym' && CLAUSE_END.has(t.text))) break;
    if (t.type === 'word' && !isStopword(t.lower)) words.add(stem(t.lower));
  }
  return words;
}

const shared = (a: Set<string>, b: Set<string>): number => { let n = 0; for (const w of a) if (b.has(w)) n++; return n; };

export const frontedYearClause: VerdictRule = {
  name: 'frontedYearClause',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const year = a.m.value;
    if (a.m.kind !== 'year' || year === null || a.m.high !== undefined) return null;
    const mine = frontedClause(draft.tokens, a.m);
    if (!mine || mine.size < SHARED_WORDS) return null;
    let rival: SourceEntry | undefined;
    let own = false;
    for (const e of data.byValue.get('year') ?? []) {
      if (e.a.m.kind !== 'year' && e.a.m.kind !== 'date') continue;
      const theirs = frontedClause(data.sources[e.sourceIndex]?.analysis.tokens ?? [], e.a.m);
      if (e.a.base === year) {
        // The source's own year for the draft's: any clause of its sharing a word keeps the year.
        own = true;
        if (theirs === undefined || shared(mine, theirs) > 0) return null;
      } else if (theirs && !rival && shared(mine, theirs) >= SHARED_WORDS) rival = e;
    }
    if (!own || !rival) return null;
    return claimOf(draft, a, 'contradicted',
      `Source tells this after '${short(sourcePhrase(data, rival))}'; its ${year} opens another event. Draft: '${short(dText)}'.`,
      [evidenceOf(data, rival)], published);
  },
};
