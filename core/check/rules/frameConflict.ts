// A source states the same quantity (strong frame, shared context) with another value: disjoint
// values contradict; a value that only overlaps (a bound) leaves the draft's figure unsupported.
import { claimOf, differingPart, evidenceOf, phraseOf, short, sourcePhrase, uniqueBySource } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { differingRangeEnd } from '../rangeEnds.ts';
import { differingScoreSide } from '../scoreSide.ts';
import { disputedClaim, supportedClaim } from '../supportedClaim.ts';
import { GENERIC_HEADS, conceptOf } from '../../frames/lexicon.ts';
import { synonymousHeads } from '../../frames/headsAgree.ts';
import { namesBefore, sentenceNames } from '../namedNearFigure.ts';
import { CITE_MARGIN, CONFLICT_MARGIN, STRONG } from '../tuning.ts';
import { PRECISE_DIGITS, significantDigits } from '../preciseFigure.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';
import { isCalendarWord } from '../../mentions/dateWords.ts';

/** How many more of the draft's words a match must share than a rival for its context to outweigh the rival's frame. */
const CONTEXT_LEAD = 0.5;


export const frameConflict: VerdictRule = {
  name: 'frameConflict',
  judge(j) {
    const c = j.bestConflict;
    if (!c || (j.bestSupport && c.score <= j.bestSupport.score + CONFLICT_MARGIN)) return null;
    const { a, data, draft, published } = j;
    // "when 14 carriages of a passenger train came off the tracks" beside "more than 150 injured":
    // a figure that names a thing of its own ("carriages") is stated by a source figure of that
    // thing ("the last of 14 mangled train carriages"), however strongly the sentence's other
    // words ("injured") tie it to another figure counting something else.
    const head = a.frame.head;
    const sameThing = (h: string | undefined): boolean => h !== undefined && (h === head || synonymousHeads(h, head));
    const ownThing = head !== undefined && !GENERIC_HEADS.has(head) && conceptOf(head) === undefined && !sameThing(c.e.a.frame.head)
      ? j.scored.find((x) => x.rel === 'entails' && x.close && x.score > 0 && sameThing(x.e.a.frame.head)) : undefined;
    if (ownThing) return supportedClaim(j, ownThing, j.conflicts);
    // "the Creek Fire had burned 15,619 acres" where one source line gives the Creek Fire's
    // 15,619 acres and the next the Rye Fire's 6,049: a match whose sentence names what the
    // draft's figure is told of outranks a rival whose sentence does not, when it counts the
    // draft's own thing: Root's "number three" in the batting order is no "three catches".
    const srcOf = (x: typeof c) => data.sources[x.e.sourceIndex]?.analysis;
    // "left 55 dead" and "55 people lost their lives": one outcome, whatever the nouns.
    const outcome = a.frame.concepts[0]?.concept;
    const sameOutcome = (x: typeof c): boolean => outcome !== undefined && x.e.a.frame.concepts[0]?.concept === outcome;
    const names = namesBefore(j.draft, a);
    // Every name back to the clause's start, nearest first: the subject is the last of them.
    const clauseNames = namesBefore(j.draft, a, Number.POSITIVE_INFINITY);
    const namesIt = (x: typeof c, n: string): boolean => { const t = srcOf(x); return t !== undefined && sentenceNames(t, x.e.a, n); };
    const ownName = names.length === 0 ? undefined
      : j.support.find((x) => x.close && x.score > 0 && (head === undefined || sameThing(x.e.a.frame.head) || sameOutcome(x)) && names.some((n) => namesIt(x, n) && !namesIt(c, n)));
    if (ownName) return supportedClaim(j, ownName, j.conflicts);
    // "Vivo sold more than 26 million smartphones, … for a 6.8% share" where the source's Vivo
    // sentence gives 6.8% and the Oppo sentence before it 8.1%: with no name near the figure, the
    // sentence's own subject tells whose share it is, when only the matching sentence names it.
    // Only the nearest name before the figure: "China finished second with 87, and Russia third on
    // 82, of which … 27 silver" tells Russia's medals, whatever China's sentence gives.
    if (names.length === 0) {
      const nearest = clauseNames[0];
      const bySubject = nearest === undefined || namesIt(c, nearest) ? undefined
        : j.support.find((x) => x.close && x.score > 0 && x.e.a.m.kind === c.e.a.m.kind && namesIt(x, nearest));
      if (bySubject) return supportedClaim(j, bySubject, j.conflicts);
    }
    // "That proposal was worth £46.50 a share" where the source has "The proposal was GBP46.50 per
    // share" and, of the one before, "The second was worth GBP45.50 a share": the draft's own value,
    // told with more of the draft's words around it than the rival shares, is the statement the
    // draft took; the rival's higher frame score rests on fewer words ("worth", "a share").
    // Not where the rival counts the draft's own thing and the match does not: "printed in two
    // volumes" is the draft's "three volumes", whatever words "cuts of two, three, five percent"
    // share with it.
    // Nor where the rival measures what the draft's figure measures and the match measures
    // something else: a change's levels told as profit's are not revenue's, however many words the
    // two share.
    const rivalOwnsHead = head !== undefined && sameThing(c.e.a.frame.head);
    const measuresOther = (x: typeof c): boolean => outcome !== undefined && sameOutcome(c) && x.e.a.frame.concepts[0] !== undefined && !sameOutcome(x);
    const closer = j.support.find((x) => x.close && x.context > c.context + CONTEXT_LEAD && (!rivalOwnsHead || sameThing(x.e.a.frame.head)) && !measuresOther(x));
    if (closer) return supportedClaim(j, closer, j.conflicts);
    // "Remain's 48.1 per cent" where the source has "Remain has 48.1 per cent of the final count"
    // and, framed better by its words, "voted 96 per cent in favour of Remain": a figure of three
    // or more significant digits met exactly is the statement the draft took; digits that precise
    // do not match by chance. (A figure of another name or a swapped pair is caught before.)
    // Not a year, whose digits recur as dates do; nor where the rival's sentence names someone the
    // draft's does and the match's does not ("De Grasse won bronze in 9.89" for Gatlin's 9.89 and De Grasse's 9.91).
    const rivalNamed = (x: typeof c): boolean => clauseNames.some((n) => namesIt(c, n) && !namesIt(x, n));
    // Nor where the match is told of other names than the draft's figure ("David Sprawls finished
    // third with 1,569 votes" for "Philip Anthony received 1,569").
    // Only a lone capitalised word: "David Sprawls finished …" opens on a name.
    const first = tokenAt(j.draft.tokens, a.sentence.start);
    const opener = /^\p{Lu}/u.test(j.draft.tokens[first + 1]?.text ?? '') ? undefined : j.draft.tokens[first]?.lower;
    // A month or a weekday dates a figure; it names no one it is told of ("As of October 15, the
    // CDC counted 1,479 cases" for the source's "As of Oct. 15, … said there are 1,479 … cases").
    const actors = names.filter((n) => !isCalendarWord(n));
    const toldOfOther = (x: typeof c): boolean => {
      const t = srcOf(x);
      const theirs = t ? namesBefore(t, x.e.a).filter((n) => !isCalendarWord(n)) : [];
      // The word that opens the draft's sentence is capitalised anyway, and may be a common noun:
      // "Sales climbed 6% to ¥27.2 trillion" for "Sales for the business year that ended in March
      // amounted to ¥27.2 trillion", where the capitalised word nearest the match is the month.
      // The match's sentence giving that word anywhere tells of it.
      return actors.length > 0 && theirs.length > 0 && !actors.some((n) => theirs.includes(n) || (n === opener && namesIt(x, n)));
    };
    const precise = a.m.kind === 'year' || a.family === 'year' ? undefined
      : j.support.find((x) => x.close && x.score >= 0 && x.e.a.m.bound === undefined && a.m.bound === undefined && x.e.a.base === a.base
        && significantDigits(draft.text.slice(a.m.start, a.m.end)) >= PRECISE_DIGITS && !rivalNamed(x) && !toldOfOther(x));
    if (precise) return supportedClaim(j, precise, j.conflicts);
    // A newer report that states the draft's figure, however worded ("the death toll rose to 14"
    // after "killed 12"), makes the figure disputed rather than contradicted by the older one.
    const s = j.bestSupport;
    const dated = (x: typeof c): string | undefined => data.sources[x.e.sourceIndex]?.doc.published;
    const sDate = s && dated(s);
    const cDate = dated(c);
    if (s && s.score >= STRONG && s.e.sourceIndex !== c.e.sourceIndex && c.rel === 'disjoint' && sDate !== undefined && cDate !== undefined && sDate > cDate) {
      return disputedClaim(j, s, c);
    }
    const ev = evidenceOf(data, c.e);
    const others = uniqueBySource(j.conflicts.filter((o) => o.e.sourceIndex !== c.e.sourceIndex && o.score >= c.score - CITE_MARGIN)).slice(0, 2);
    const evidence = [ev, ...others.map((o) => evidenceOf(data, o.e))];
    if (c.rel === 'disjoint') {
      return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, c.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`, evidence, published, differingPart(a, c.e.a) ?? differingRangeEnd(draft.text, a, c.e.a) ?? differingScoreSide(draft.text, a, c.e.a));
    }
    // "more than 300 plants worth …" in the lead, "They found 313 cannabis plants" further down: a
    // bound the draft's figure keeps to, and the figure itself stated of the same things. The
    // bound does not establish it; the exact statement does.
    const exact = a.frame.head !== undefined && !GENERIC_HEADS.has(a.frame.head)
      ? j.scored.find((x) => x.rel === 'entails' && x.close && x.score > 0 && x.e.a.m.bound === undefined && x.e.a.frame.head === a.frame.head) : undefined;
    if (exact) return supportedClaim(j, exact, []);
    // "in 1988 and 1989" for the source's "in 1988-89": a year that is one end of a span of years
    // is left to endOfYearSpan, which reads the words around both.
    if (a.m.kind === 'year' && c.e.a.m.kind === 'year' && c.e.a.m.high !== undefined && (c.e.a.m.value === a.m.value || c.e.a.m.high === a.m.value)) return null;
    return claimOf(draft, a, 'unsupported', `Source says '${short(sourcePhrase(data, c.e))}', which does not establish '${short(phraseOf(draft.text, a))}'.`, evidence, published, differingPart(a, c.e.a));
  },
};
