// The draft's digits are in a source, but only where they frame the quantity weakly, while
// another source figure frames it clearly better with another value: "Some 92% of members who
// voted backed the strikes" against "96% of its members who voted had backed further action, on
// a turnout of 92%". The 92% is the turnout; the draft took the wrong figure of the sentence.
// That is not support. The figure is unsupported; the better-framed figure is cited, and the
// matching digits are named as a near miss so the editor sees where they came from. A rival
// framed as well as a strong match is frameConflict's; this rule reads the weak matches it leaves.
import { framesAgree } from '../../frames/headsAgree.ts';
import type { AnalysedMention } from '../analyseText.ts';
import { differingRangeEnd } from '../rangeEnds.ts';
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { nameOfFigure, namesBefore, sentenceNames } from '../namedNearFigure.ts';
import { nearMissOf } from '../nearMiss.ts';
import { pastAnchored } from '../pastEventAnchor.ts';
import { perYear } from '../ratePeriod.ts';
import { sharedWords } from '../sharedWords.ts';
import { RIVAL_MARGIN, STRONG } from '../tuning.ts';
import { isRoundToPar } from '../roundToPar.ts';
import { preciseAmount } from '../preciseFigure.ts';
import { preciselyStated } from './samePreciseFigure.ts';

/** Most points a side of a scoreline that recurs by chance has: a tennis set's 7, a rugby try count's. */
const RECURRING_SCORE = 10;

/** A measure written to two decimal places or more: "49.12 seconds", "3.275km". */
const PRECISE = /\d\.\d{2,}/;

export const betterFramedRival: VerdictRule = {
  name: 'betterFramedRival',
  judge(j) {
    const s = j.bestSupport;
    // A match that shares a context word with the draft is no mere coincidence of digits.
    if (!s || s.score >= STRONG || s.context >= 1) return null;
    const { a, data, draft, published } = j;
    // Nor is a precise figure that the source gives to the hundredth ("14 minutes 49.12 seconds"):
    // such digits do not recur by chance.
    // Money is written to the penny by convention ("£12.50"), so only a measure counts as precise.
    if (s.rel === 'entails' && a.family.startsWith('dim:') && PRECISE.test(draft.text.slice(a.m.start, a.m.end))) return null;
    // So with an amount of money given with its scale to three significant digits ("operating profit
    // reached a record ¥2.89 trillion" for "Operating profit was … the highest ever, at ¥2.89
    // trillion", beside a forecast's "¥2.8 trillion in operating profit"): the same exact amount.
    if (s.e.a.m.value === a.m.value && s.e.a.base === a.base && a.m.bound === undefined && s.e.a.m.bound === undefined && a.family.startsWith('money:') && preciseAmount(draft.text.slice(a.m.start, a.m.end))) return null;
    // Nor is any figure of three or more significant digits the match states exactly ("Nasdaq:
    // 6,873.97" for "The Nasdaq added 49.58 points, or 0.7 percent, to 6,873.97"), unless noun,
    // unit, hedge, rate or name says otherwise (samePreciseFigure), or the rival's sentence tells
    // more of the draft's, or names whom the draft tells it of and the match's does not ("A
    // YouGov survey of 1,741 people" for "The ICM poll of 1,741 people", beside "The YouGov poll
    // of 3,495 people").
    const matchText = data.sources[s.e.sourceIndex]?.analysis;
    const precise = matchText !== undefined && preciselyStated(draft, a, matchText, s.e.a);
    // Nor is a high scoreline whose both sides match ("ahead 93-80" for "led 93-80"): another score
    // of the match ("trim Houston's lead to 110-109") is another moment of it, not a better
    // reading. A set's or a goal tally's few points ("6-4", "2-1") recur by chance and still may.
    if (a.m.kind === 'score' && s.e.a.m.kind === 'score' && s.e.a.m.value === a.m.value && s.e.a.m.high === a.m.high && Math.max(a.m.value ?? 0, a.m.high ?? 0) > RECURRING_SCORE) return null;
    // The rival must be of the story's own event: an earlier quake's magnitude says nothing
    // about which figure the draft took for this one.
    const ownEvent = (r: typeof s): boolean => {
      const src = data.sources[r.e.sourceIndex];
      return src !== undefined && !pastAnchored(src.analysis, r.e.a.sentence, r.e.a.m.tokStart);
    };
    // Nor may a rival that does not name what the draft's figure is told of ("Mustela's baby
    // lotion, £14.95") outrank the match that does.
    const srcText = (r: typeof s) => data.sources[r.e.sourceIndex]?.analysis;
    const named = namesBefore(draft, a).filter((n) => { const t = srcText(s); return t !== undefined && sentenceNames(t, s.e.a, n); });
    const namesIt = (r: typeof s): boolean => { const t = srcText(r); return named.every((n) => t !== undefined && sentenceNames(t, r.e.a, n)); };
    // A rival that counts the draft's own noun where the match counts another ("120 staff" against
    // "80 members of staff, plus 120 players") is the better frame without further context.
    const head = a.frame.head;
    const ownNoun = (r: typeof s): boolean => head !== undefined && r.e.a.frame.head === head && s.e.a.frame.head !== undefined && s.e.a.frame.head !== head;
    // Both frames weak, the sentences decide: a rival whose sentence tells less of the draft's
    // than the match's does ("a fortnight after the largest lamb …" against "named Big Ben after
    // a three-hour labour", for "three hours to deliver a lamb … named Big Ben") is the other
    // figure of a neighbouring fact, not the one the draft took.
    const told = (r: typeof s): number => { const t = srcText(r); return t === undefined ? 0 : sharedWords(draft, a, t, r.e.a); };
    // A rate ("almost three a day") has no rival in a figure told per no period ("some 1,000
    // people are kidnapped every year", the period out of reach): they are not one kind of quantity.
    const ownPeriod = perYear(draft, a);
    const draftChange = isChange(draft.tokens, a);
    const ratedAlike = (r: typeof s): boolean => { const t = srcText(r); return ownPeriod === undefined || (t !== undefined && perYear(t, r.e.a) === ownPeriod); };
    const matchTells = told(s);
    // A list's figures each told of a name ("559 315 in Virginia, 496 828 in North Carolina"): the
    // match whose name the draft gives before its figure ("Virginia had … about 559,000") is the
    // draft's, and a rival told of a name the draft gives only after it is the next item's.
    const before = draft.text.slice(a.sentence.start, a.m.start).toLowerCase();
    const listName = (r: typeof s): string | undefined => { const t = srcText(r); return t === undefined ? undefined : nameOfFigure(t, r.e.a); };
    const ownName = listName(s);
    const namedBefore = ownName !== undefined && before.includes(ownName);
    const otherItem = (r: typeof s): boolean => { const n = listName(r); return namedBefore && n !== undefined && n !== ownName && before.lastIndexOf(n) < before.lastIndexOf(ownName); };
    const rival = j.scored.find((r) => r.rel === 'disjoint' && (r.context > 0 || ownNoun(r)) && r.score >= s.score + RIVAL_MARGIN && !otherItem(r)
      && framesAgree(a.frame, r.e.a.frame) && r.e.a.m.kind === s.e.a.m.kind && ownEvent(r) && !j.isWhole(r) && !j.anotherQuantity(r) && namesIt(r) && told(r) >= matchTells && ratedAlike(r)
      // A change ("down five on the previous 12 months") is no rival to a level ("the previous year's 62").
      && !(isChange(srcText(r)?.tokens, r.e.a) && !draftChange)
      // A round's score to par is no rival to a total's, nor the reverse.
      && isRoundToPar(draft, a) === (srcText(r) !== undefined && isRoundToPar(srcText(r)!, r.e.a)));
    if (!rival) return null;
    // A precise match stands unless the rival's sentence tells more of the draft's: its words
    // ("shrinking from about 375 sq km in the late 1960s" beside "the 31.5 sq km in the late
    // 1960s"), or whom the draft tells it of.
    if (precise && told(rival) <= matchTells) {
      const rivalText = srcText(rival);
      const actors = namesBefore(draft, a, Number.POSITIVE_INFINITY);
      if (!actors.some((n) => rivalText !== undefined && sentenceNames(rivalText, rival.e.a, n) && !sentenceNames(matchText, s.e.a, n))) return null;
    }
    // A draft range whose one end is the source range's and the other is not ("anywhere from 15 to
    // 35 people" for "anywhere from about 15 to 25 people") gives that range a changed end.
    const end = differingRangeEnd(draft.text, a, rival.e.a);
    if (end) return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, rival.e))}'. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidenceOf(data, rival.e)], published, end);
    const near = nearMissOf(data, s.e);
    const claim = claimOf(draft, a, 'unsupported',
      `Source gives '${short(sourcePhrase(data, rival.e))}' for this; its '${short(sourcePhrase(data, s.e))}' may count something else. Draft: '${short(phraseOf(draft.text, a))}'.`,
      [evidenceOf(data, rival.e)], published);
    return { ...claim, nearMiss: near };
  },
};

/** Words around a figure that make it a change, not a level: "down five on", "five fewer than", "up by 3". */
const CHANGE_BEFORE = /^(?:down|up|by)$/;
const CHANGE_AFTER = /^(?:fewer|more|less|lower|higher|down|up)$/;

/** Whether a figure is told as a change ("down five on the previous 12 months", "five fewer than"). */
function isChange(tokens: readonly { lower: string }[] | undefined, a: AnalysedMention): boolean {
  if (!tokens) return false;
  return a.role === 'by' || CHANGE_BEFORE.test(tokens[a.m.tokStart - 1]?.lower ?? '') || CHANGE_AFTER.test(tokens[a.m.tokEnd]?.lower ?? '');
}
