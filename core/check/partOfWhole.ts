// "Six of the wounded remain critical" counts a part of the wounded; "wounding six" and "the six
// wounded" count all of them. A source figure for the whole set is not support for a draft's part
// of it, even with the same value: the draft says six are critical, the source that six were hurt.
import { conceptOf, stem } from '../frames/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import type { AnalysedMention } from './analyseText.ts';
import { FRONTED_REACH, QUANTITY_CONCEPT_REACH } from './tuning.ts';

/** Determiners between a partitive's "of" and its set: "six of the wounded", "two of those injured". */
const SET_DETERMINERS = new Set(['the', 'those', 'these']);

/** Words for people a partitive may put between its figure and "of": "10 people of those injured". */
const PEOPLE_BEFORE_OF = new Set(['people', 'persons', 'men', 'women', 'children']);

/** Tokens a bracketed share after a partitive's whole may run to: "(42%)", "(42.3 per cent)". */
const BRACKET_REACH = 6;

/** The set a partitive figure takes its part from ("six of the [wounded]"), as a stem and a concept. */
function partitiveSet(tokens: readonly Token[], a: AnalysedMention): { stem: string; concept: string | undefined } | undefined {
  // "around 10 people of those injured": a word for people may stand before the "of".
  let k = PEOPLE_BEFORE_OF.has(tokens[a.m.tokEnd]?.lower ?? '') ? a.m.tokEnd + 1 : a.m.tokEnd;
  // "landed 179-of-423 punches": the partitive hyphened into one word.
  const hyphen = (): void => { if (tokens[k]?.text === '-' && !tokens[k]?.spaced) k++; };
  hyphen();
  if (tokens[k]?.lower !== 'of') return undefined;
  k++;
  hyphen();
  const determiner = SET_DETERMINERS.has(tokens[k]?.lower ?? '');
  if (determiner) k++;
  // The set may carry its size: "79,600 of the 97,000 cars", "179-of-423 (42%) punches" take
  // their part of the cars, the punches; the share in brackets says how large the part is.
  if (tokens[k]?.type === 'num') {
    k++;
    if (tokens[k]?.text === '(') {
      const close = tokens.slice(k + 1, k + 1 + BRACKET_REACH).findIndex((t) => t.text === ')');
      if (close >= 0) k += close + 2;
    }
  } else if (!determiner) return undefined;
  const noun = tokens[k];
  return noun && noun.type === 'word' ? { stem: stem(noun.lower), concept: conceptOf(noun.lower) } : undefined;
}

/** A part named after its set, fronted: "Of the six wounded, [two] were critical". */
function frontedPart(tokens: readonly Token[], a: AnalysedMention): boolean {
  if (tokens[a.m.tokStart - 1]?.text !== ',') return false;
  for (let k = a.m.tokStart - 2; k >= Math.max(0, a.m.tokStart - FRONTED_REACH); k--) {
    if (tokens[k]?.lower === 'of' && SET_DETERMINERS.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** The draft figure is a part of a set the source figure counts whole. */
export function countsTheWhole(draftTokens: readonly Token[], d: AnalysedMention, sourceTokens: readonly Token[], s: AnalysedMention): boolean {
  // Only a count takes a part of a set ("2009 of the world's" is a garbled year, not a part).
  if (d.m.kind !== 'count') return false;
  const set = partitiveSet(draftTokens, d);
  if (set === undefined || partitiveSet(sourceTokens, s) !== undefined || frontedPart(sourceTokens, s)) return false;
  const c = s.frame.concepts[0];
  return s.frame.head === set.stem || (set.concept !== undefined && c !== undefined && c.concept === set.concept && c.distance <= QUANTITY_CONCEPT_REACH);
}
