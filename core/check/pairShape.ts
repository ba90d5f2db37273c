// Two figures of one sentence that are no pair of like quantities a writer could swap, whatever
// their values: a part and its whole ("one of three", "two of the five") and the two ends of a
// "from … to …" ("take charges from $4,903 a semester to $5,207"), levels told in order, which
// swappedLevels checks by the order a source gives them in. swappedPair and crossedPair ask it.
import type { AnalysedMention, AnalysedText } from './analyseText.ts';

/** Whether `part` is told as a part of `whole`: "one of three", "two of the five". */
function partitive(t: AnalysedText, part: AnalysedMention, whole: AnalysedMention): boolean {
  const between = t.tokens.slice(part.m.tokEnd, whole.m.tokStart).map((k) => k.lower);
  return between[0] === 'of' && between.length <= 2 && (between.length === 1 || /^(?:the|its|his|her|their)$/.test(between[1]!));
}

/** Whether `x` and `y` are the two ends of one "from … to …". */
function fromTo(t: AnalysedText, x: AnalysedMention, y: AnalysedMention): boolean {
  const word = (m: AnalysedMention) => {
    let k = m.m.tokStart - 1;
    while (k >= 0 && t.tokens[k]?.type === 'sym') k--;
    return t.tokens[k]?.lower;
  };
  const [wx, wy] = [word(x), word(y)];
  return (wx === 'from' && wy === 'to') || (wx === 'to' && wy === 'from');
}

/** Whether two figures are a part and its whole, or the ends of a "from … to …". */
export function partOrEnds(t: AnalysedText, x: AnalysedMention, y: AnalysedMention): boolean {
  return partitive(t, x, y) || partitive(t, y, x) || fromTo(t, x, y);
}
