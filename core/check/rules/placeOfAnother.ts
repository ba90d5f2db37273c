// A finishing place told of a named runner belongs to that runner: "with Comicas second and
// Magical Memory third" against the source's "from Magical Memory in second, with Comicas third"
// swaps the two. Where a source gives the draft's place to someone else, the draft's runner does
// not hold it: contradicted when the source gives that runner another place (citing both), else
// unsupported, naming whose place it is. A place in a named event is that event's likewise:
// "fourth at the Open Championship and ninth at the Masters" against "ninth at the Open
// Championship and tied fourth at the Masters". Tried before any support, which the same ordinal
// gives; and where the source gives the same runner the same place, that supports it before a
// better-worded other place of the sentence can read as a conflict.
import { claimOf, evidenceOf } from '../explain.ts';
import type { AnalysedMention } from '../analyseText.ts';
import type { VerdictRule } from '../judgement.ts';
import type { Token } from '../../text/tokenize.ts';
import type { SourceEntry } from '../sourceIndex.ts';
import { isCapitalised, opensSentence } from '../../mentions/refiners/refiner.ts';

/** Words that may follow a bare place: the end of the clause or the next runner. */
const PLACE_ENDS = /^(?:[,.;)]|and|with|while|ahead|behind|after|on|in|at)$/;

/**
 * Who holds a bare place ("Comicas [second]", "Magical Memory in [second]"): the last word of the
 * capitalised name right before it, or before "in". A place with a noun after it ("second round")
 * ranks that noun, not a runner.
 */
function placeHolder(tokens: readonly Token[], m: AnalysedMention['m']): { key: string; name: string } | undefined {
  const next = tokens[m.tokEnd];
  if (next && !PLACE_ENDS.test(next.lower)) return undefined;
  // "finished ninth at the Open Championship": the place in an event is that event's.
  if (next?.lower === 'at' && tokens[m.tokEnd + 1]?.lower === 'the' && isCapitalised(tokens[m.tokEnd + 2])) {
    let last = m.tokEnd + 2;
    while (isCapitalised(tokens[last + 1])) last++;
    return { key: `at ${tokens[last]!.lower}`, name: `the ${tokens.slice(m.tokEnd + 2, last + 1).map((t) => t.text).join(' ')}` };
  }
  let k = m.tokStart - 1;
  if (tokens[k]?.lower === 'in') k--;
  const last = tokens[k];
  // "the former world No 1": "No" and "Number" say the place is a ranking, and hold nothing.
  if (!last || !isCapitalised(last) || opensSentence(tokens, k) || /^(?:no|number)$/.test(last.lower)) return undefined;
  let first = k;
  while (first > 0 && isCapitalised(tokens[first - 1]) && !opensSentence(tokens, first - 1)) first--;
  // "Pacquiao's first" and "Pacquiao’s first": one holder, whichever apostrophe the text types.
  return { key: last.lower.replace(/['’]s?$/, ''), name: tokens.slice(first, k + 1).map((t) => t.text).join(' ') };
}

export const placeOfAnother: VerdictRule = {
  name: 'placeOfAnother',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.kind !== 'ordinal' || a.m.value === null) return null;
    const mine = placeHolder(draft.tokens, a.m);
    if (mine === undefined) return null;
    let other: { e: SourceEntry; name: string } | undefined;
    let own: SourceEntry | undefined;
    for (const [sourceIndex, src] of data.sources.entries()) {
      for (const sm of src.analysis.mentions) {
        if (sm.m.kind !== 'ordinal' || sm.m.value === null) continue;
        const theirs = placeHolder(src.analysis.tokens, sm.m);
        if (theirs === undefined) continue;
        const e: SourceEntry = { sourceIndex, a: sm };
        if (sm.m.value === a.m.value) {
          // The source gives the same runner the same place: that is the statement, whatever other
          // places its sentence names ("from Magical Memory in second, with Comicas third").
          if (theirs.key === mine.key) {
            const said = src.analysis.text.slice(sm.m.start, sm.m.end);
            return claimOf(draft, a, 'supported', `Source: '${theirs.name} ${said}'. Draft: '${mine.name} ${draft.text.slice(a.m.start, a.m.end)}'.`, [evidenceOf(data, e)], published);
          }
          other ??= { e, name: theirs.name };
        } else if (theirs.key === mine.key) own ??= e;
      }
    }
    if (!other) return null;
    const place = draft.text.slice(a.m.start, a.m.end);
    if (own) {
      const theirPlace = data.sources[own.sourceIndex]!.analysis.text.slice(own.a.m.start, own.a.m.end);
      const said = mine.key.startsWith('at ') ? `The source gives ${place} at ${other.name}; at ${mine.name}, ${theirPlace}.` : `The source's ${place} is ${other.name}; ${mine.name} was ${theirPlace}.`;
      return claimOf(draft, a, 'contradicted', said,
        [evidenceOf(data, own), evidenceOf(data, other.e)], published);
    }
    return claimOf(draft, a, 'unsupported', `The source's ${place} is ${other.name}, not ${mine.name}.`, [evidenceOf(data, other.e)], published);
  },
};
