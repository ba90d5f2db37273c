// The name a figure is told of: "Mustela's baby lotion, £14.95, …" gives the price of Mustela's
// lotion. A source passage that names the same thing is about it; one that does not, however
// well its other words match, is about something else. Names are capitalised words read back
// from the figure within its sentence.
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import type { Token } from '../text/tokenize.ts';
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

/** Words back from a figure within which its name stands: "Philip Anthony [received] 1,569", "Anthony [finished second with] 1,569". */
const NAME_RUN_REACH = 5;

/**
 * The run of capitalised words nearest before a figure, within its clause, as one name: "Philip
 * Anthony", "Natural History Museum". Where namesBefore lists each word, this keeps the run whole,
 * so "Science Museum" is no "Natural History Museum".
 */
export function nameRun(text: AnalysedText, m: AnalysedMention): string | undefined {
  const t: readonly Token[] = text.tokens;
  for (let k = m.m.tokStart - 1; k >= Math.max(0, m.m.tokStart - NAME_RUN_REACH); k--) {
    const tok = t[k];
    if (!tok || tok.start < m.sentence.start || (tok.type === 'sym' && /^[.;:!?,]$/.test(tok.text))) return undefined;
    if (tok.type !== 'word' || !/^\p{Lu}\p{Ll}/u.test(tok.text)) continue;
    let from = k;
    while (from > 0 && t[from - 1]!.type === 'word' && /^\p{Lu}\p{Ll}/u.test(t[from - 1]!.text) && t[from - 1]!.start >= m.sentence.start) from--;
    // A sentence's first word is capitalised whatever it is.
    if (from === k && t[k - 1] !== undefined && /^[.!?]$/.test(t[k - 1]!.text)) return undefined;
    return t.slice(from, k + 1).map((x) => x.lower.replace(/['’]s$/, '')).join(' ');
  }
  return undefined;
}
