// A partitive with its whole spelled out: "4 of Spain's 17 regions", "eight of the council's 13
// seats", "two of the 300 delegates". The part counts the whole's noun ("regions"), though
// "of Spain's" stands between; the whole (17) is the size of the set, which no count of a part
// contradicts: "red alerts in four regions" is not refuted by Spain having 17.
import type { Token } from '../text/tokenize.ts';

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'those', 'these']);
const SPAN_WORDS = new Set(['first', 'last', 'opening', 'past', 'previous']);

function possessive(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && /['’]s$/.test(t.text);
}

/**
 * Tokens to skip after a part's "of" to reach its noun: a determiner, a possessive, the whole's
 * number ("of [the council's 13] seats"), or -1 when what follows is no such whole.
 */
export function wholeBeforeNoun(tokens: readonly Token[], of: number): number {
  let k = of + 1;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  if (possessive(tokens[k])) k++;
  // "of the first 30 matches", "of their last 10 games": which members, before how many.
  if (k > of + 1 && SPAN_WORDS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.type !== 'num') return -1;
  // A bare number needs its plural noun after it: "16 of 24 teams" is a partitive, "1 of 2" no
  // telling what.
  if (k === of + 1 && !(tokens[k + 1]?.type === 'word' && /[^s]s$/.test(tokens[k + 1]!.lower))) return -1;
  return k + 1 - (of + 1);
}

/**
 * Tokens after a share's "of" to skip to reach its whole's noun, when an owner stands between:
 * "of [all the party's] backbenchers", "of [the council's] members"; 0 when there is none.
 */
export function ownedWholeSkip(tokens: readonly Token[], of: number): number {
  let k = of + 1;
  if (tokens[k]?.lower === 'all') k++;
  if (/^(?:the|its|their|his|her|our)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!possessive(tokens[k]) || tokens[k + 1]?.type !== 'word') return 0;
  return k + 1 - (of + 1);
}

/** "179-of-423": a partitive hyphened into one word, with the part's figure at `part`. */
function hyphenedPartitive(tokens: readonly Token[], part: number): boolean {
  const dash = (t: Token | undefined) => t !== undefined && /^[-‑]$/.test(t.text) && !t.spaced;
  return tokens[part]?.type === 'num' && dash(tokens[part + 1]) && tokens[part + 2]?.lower === 'of' && dash(tokens[part + 3]) && tokens[part + 4]?.type === 'num' && !tokens[part + 4]!.spaced;
}

/** The figure at token `tok` is the whole of a partitive: "4 of Spain's [17] regions". */
export function isPartitiveWhole(tokens: readonly Token[], tok: number): boolean {
  if (hyphenedPartitive(tokens, tok - 4)) return true;
  for (let of = tok - 1; of >= Math.max(0, tok - 3); of--) {
    if (tokens[of]?.lower !== 'of') continue;
    if (wholeBeforeNoun(tokens, of) !== tok - of) return false;
    const part = tokens[of - 1];
    return part !== undefined && (part.type === 'num' || /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(part.lower));
  }
  return false;
}

/** The whole's value a partitive part states beside it: "eight of the council's [13] seats" -> 13, "25 wins out of the first [30] matches" -> 30. */
export function wholeOfPart(tokens: readonly Token[], tokEnd: number): number | undefined {
  if (hyphenedPartitive(tokens, tokEnd - 1)) return Number(tokens[tokEnd + 3]!.text.replace(/,/g, ''));
  let of = tokEnd;
  // "25 wins out of the first 30 matches": the part may name its own noun, and "out of" is "of".
  if (tokens[of]?.type === 'word' && /[^s]s$/.test(tokens[of]!.lower) && (tokens[of + 1]?.lower === 'of' || tokens[of + 1]?.lower === 'out')) of++;
  if (tokens[of]?.lower === 'out' && tokens[of + 1]?.lower === 'of') of++;
  if (tokens[of]?.lower !== 'of') return undefined;
  const skip = wholeBeforeNoun(tokens, of);
  if (skip <= 0) return undefined;
  const n = Number((tokens[of + skip]?.text ?? '').replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}
