// The name a figure is told of: "Mustela's baby lotion, £14.95, …" gives the price of Mustela's
// lotion. A source passage that names the same thing is about it; one that does not, however
// well its other words match, is about something else. Names are capitalised words read back
// from the figure within its sentence.
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { isStopword } from '../frames/lexicon.ts';
import { opensSentence } from '../mentions/refiners/refiner.ts';

/** Words back from a figure within which a name tells what it is of. */
const NAME_REACH = 6;

/**
 * Lower-cased names (possessive dropped) in the words before the figure, nearest first, within
 * `reach` words and the figure's clause.
 */
export function namesBefore(text: AnalysedText, a: AnalysedMention, reach = NAME_REACH): string[] {
  const out: string[] = [];
  for (let k = a.m.tokStart - 1; k >= Math.max(0, a.m.tokStart - reach); k--) {
    const t = text.tokens[k];
    if (!t || t.start < a.sentence.start || (t.type === 'sym' && /^[.;:!?]$/.test(t.text))) break;
    // A sentence's first word is capitalised anyway: there only a word that is no function word
    // ("Mustela's", not "The") may be a name.
    if (t.type === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && (!opensSentence(text.tokens, k) || !isStopword(t.lower))) out.push(t.lower.replace(/['’]s$/, ''));
  }
  return out;
}

/** Whether the sentence of source mention `s` names `name` as a word. */
export function sentenceNames(source: AnalysedText, s: AnalysedMention, name: string): boolean {
  return source.tokens.some((t) => t.start >= s.sentence.start && t.end <= s.sentence.end && t.lower.replace(/['’]s$/, '') === name);
}
