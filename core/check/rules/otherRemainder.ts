// "only 28 got over the wire; three made it home and the other 25 were recaptured": "the other N"
// and "the remaining N" are what is left of a whole once a part is taken away. No source need
// state the remainder: it is derived when the draft's sentence gives a whole and a part, earlier
// than the remainder, that the sources state, and the whole less the part is N. A whole told as a
// maximum ("286 of a possible 300 points, dropping only 14") makes any figure after it in the
// sentence a candidate remainder: what was dropped, missed or lost of the most there was. And
// "…, leaving N" after a part tells the rest of a whole the draft gave before, in any sentence.
import { claimOf, evidenceOf, round, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import type { SourceEntry } from '../sourceIndex.ts';
import { mentionsBefore, previousSentenceMentions } from '../sentenceMentions.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';

/** Words before a whole that make it the most there was: "of a possible 300", "from a potential 30". */
const MAXIMUM = new Set(['possible', 'potential', 'maximum']);

/** Words after a figure that make it the rest of a whole: "12,000 elsewhere", "40 abroad". */
const REST_WORDS = /^(?:elsewhere|abroad|overseas)$/;

/** Words between "leaving" and the remainder: "leaving just 14". */
const LEAVING_HEDGE = /^(?:just|only)$/;

/** Tokens from the part's end to the maximum's figure: "286 [of a possible] 300". */
const PART_TO_MAXIMUM = 4;

export const otherRemainder: VerdictRule = {
  name: 'otherRemainder',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    // A hedge about the rest ("leaving some 3,600") is read as its value: the parts decide it.
    if (a.family !== 'count' || a.m.value === null || (a.m.bound !== undefined && a.m.bound !== 'approximately')) return null;
    const t = draft.tokens;
    const w1 = t[a.m.tokStart - 1]?.lower;
    const w2 = t[a.m.tokStart - 2]?.lower;
    const other = (w1 === 'other' && w2 === 'the') || w1 === 'remaining';
    // The whole may be told in the sentence before, in the same paragraph: "70 passengers were
    // hurt. 31 of them were admitted, while the other 39 went home."
    const earlier = [...previousSentenceMentions(draft, a), ...mentionsBefore(draft, a)].filter((o) => o.family === 'count'
      && o.m.value !== null && o.m.bound === undefined);
    // "of a possible 300": the whole is the most there was, the part what was taken of it.
    const maximum = (o: typeof a): boolean => MAXIMUM.has(t[o.m.tokStart - 1]?.lower ?? '')
      && earlier.some((p) => p !== o && p.m.tokEnd < o.m.tokStart && p.m.tokEnd >= o.m.tokStart - PART_TO_MAXIMUM);
    const stated = (v: number, bound?: string): SourceEntry | undefined => (data.byValue.get('count') ?? []).find((e) => e.a.base === v && (e.a.m.bound === undefined || e.a.m.bound === bound));
    // "The gang struck 22 times. … The four men admitted only eight of the raids, leaving 14": a
    // part the sentence gives, and the remainder after it, of a whole the draft told earlier.
    const leaving = w1 === 'leaving' || (w2 === 'leaving' && LEAVING_HEDGE.test(w1 ?? '')) || (a.m.bound === 'approximately' && t[tokenAt(t, a.m.start) - 1]?.lower === 'leaving');
    // "About 21,000 staff risk losing their jobs - 9,000 in the UK and 12,000 elsewhere": what is
    // told of everywhere else is the rest, after the parts the sentence names.
    const rest = REST_WORDS.test(t[a.m.tokEnd]?.lower ?? '');
    if (a.m.bound !== undefined && !leaving && !rest) return null;
    if (leaving || rest) {
      const plain = (o: typeof a): boolean => o.family === 'count' && o.m.value !== null && (o.m.bound === undefined || o.m.bound === 'approximately');
      const parts = mentionsBefore(draft, a).filter(plain);
      const wholes = draft.mentions.filter((o) => plain(o) && o.m.end <= a.m.start && o.m.kind === 'count');
      for (const part of parts) {
        for (const whole of wholes) {
          if (whole === part || whole.m.value! - part.m.value! !== a.m.value) continue;
          // A part the draft hedges ("About 1,400") is the source's hedged figure.
          const w = stated(whole.m.value!, whole.m.bound);
          const p = stated(part.m.value!, part.m.bound);
          if (!w || !p) continue;
          const said = (e: SourceEntry): string => short(data.sources[e.sourceIndex]?.analysis.text.slice(e.a.m.start, e.a.m.end) ?? '');
          return claimOf(draft, a, 'supported', `Derived: ${said(w)} less ${said(p)} leaves ${round(a.m.value)}. Draft: '${leaving ? 'leaving ' : ''}${short(dText)}${rest ? ` ${t[a.m.tokEnd]!.text}` : ''}'.`, [evidenceOf(data, w), evidenceOf(data, p)], published);
        }
      }
    }
    if (!other && !earlier.some(maximum)) return null;
    for (const whole of earlier) {
      if (!other && !maximum(whole)) continue;
      // "bought 30 objects …; none of the other 29": the story is about one of them, so the
      // others are the whole less one when a source tells of it as "one of 30".
      if (other && whole.m.value! - 1 === a.m.value) {
        const one = oneOf(data, whole.m.value!);
        if (one) return claimOf(draft, a, 'supported', `Derived: one of ${whole.m.value} leaves ${a.m.value} others. Draft: 'the other ${short(dText)}'.`, [evidenceOf(data, one)], published);
      }
      for (const part of earlier) {
        if (part === whole || whole.m.value! - part.m.value! !== a.m.value) continue;
        const w = stated(whole.m.value!);
        const p = stated(part.m.value!);
        if (!w || !p) continue;
        const said = (e: SourceEntry): string => short(data.sources[e.sourceIndex]?.analysis.text.slice(e.a.m.start, e.a.m.end) ?? '');
        return claimOf(draft, a, 'supported', `Derived: ${said(w)} less ${said(p)} leaves ${a.m.value}. Draft: '${other ? 'the other ' : ''}${short(dText)}'.`, [evidenceOf(data, w), evidenceOf(data, p)], published);
      }
    }
    return null;
  },
};

/** A source's whole told as the set the story's one belongs to: "It was one of 30 objects". */
function oneOf(data: Parameters<VerdictRule['judge']>[0]['data'], whole: number): SourceEntry | undefined {
  return (data.byValue.get('count') ?? []).find((e) => {
    if (e.a.base !== whole || e.a.m.bound !== undefined) return false;
    const tokens = data.sources[e.sourceIndex]?.analysis.tokens;
    return tokens?.[e.a.m.tokStart - 1]?.lower === 'of' && tokens[e.a.m.tokStart - 2]?.lower === 'one';
  });
}
