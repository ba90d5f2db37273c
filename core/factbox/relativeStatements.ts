// A figure told in a "who" clause after a named subject is a statement of its own ("Mason, who
// was jailed for 15 months, …" -> "Mason was jailed for 15 months"), lifted with its subject.
import type { FactToken } from './factText.ts';
import { VERB_ADVERBS, verbForm } from './verbForm.ts';
import { DASH } from './findAsides.ts';
import { NOT_NAMES } from './mainPerson.ts';
import { CAPTION_LABEL } from './gluedSentenceStart.ts';
import { NAME_WORD } from './namedSubject.ts';

/**
 * A figure told in a relative clause is a fact of its own, a notch below the main clause it
 * hangs on (the writer put it aside): "Mason, who was jailed for 15 months, has said …".
 */
export const RELATIVE_STATEMENT = 0.9;
/** Longest subject, in tokens, a relative clause may be lifted from ("Both skipper Kellock and Hall"). */
const MAX_RELATIVE_SUBJECT = 6;
/** Connectives that may open the sentence before the subject: "But Mason, who …". */
const OPENING_CONNECTIVE = /^(?:And|But|So|Now|Meanwhile|However),?$/;

/**
 * A non-restrictive "who" clause after a named subject asserts something of that subject, so
 * the subject and the clause make a statement of the source's own words in its order:
 * "Mason, who was jailed for 15 months in November last year, has said …" -> "Mason was jailed
 * for 15 months in November last year"; "Kellock and Hall - who have played nearly 300 matches
 * between them - are to retire" -> "Kellock and Hall have played nearly 300 matches between
 * them". Only clauses that state a figure, after a subject that opens the sentence and is a
 * name (its last word capitalised, no verb in it), and only with a finite verb after "who":
 * anything else ("the officer, who …", "a man who has won …") could pin the clause on the
 * wrong person (speakerStatements takes the one case where "a man who" is known: the speaker of
 * the sentence before). Returns the token segments of each statement.
 */
export function relativeStatements(tokens: readonly FactToken[], asides: readonly [number, number][], figureAt: ReadonlySet<number>, gluedAt: readonly number[]): [number, number][][] {
  let s = gluedAt.length > 0 ? gluedAt[gluedAt.length - 1]! : 0;
  if (CAPTION_LABEL.test(tokens[s]?.raw ?? '')) s++;
  if (OPENING_CONNECTIVE.test(tokens[s]?.raw ?? '')) s++;
  const out: [number, number][][] = [];
  for (const [a, b] of asides) {
    const dashed = DASH.test(tokens[a]!.raw);
    const who = dashed ? a + 1 : a;
    if (tokens[who]?.lower !== 'who') continue;
    // The subject is everything before the clause: a name, not a clause of its own.
    const subject = tokens.slice(s, a);
    if (subject.length === 0 || subject.length > MAX_RELATIVE_SUBJECT || !/^\p{Lu}/u.test(subject[0]!.raw)) continue;
    const last = subject[subject.length - 1]!.raw.replace(/,$/, '');
    if (!NAME_WORD.test(last) || NOT_NAMES.test(last) || subject.some((t) => verbForm(t.raw.replace(/,$/, '')) !== undefined || /[.;:!?]$/.test(t.raw))) continue;
    if (!dashed && !/,$/.test(subject[subject.length - 1]!.raw)) continue;
    // The clause ends before the closing dash, or at the comma before the main verb.
    const end = dashed ? b - 1 : b;
    let verb = who + 1;
    while (verb < end && VERB_ADVERBS.test(tokens[verb]!.raw)) verb++;
    if (end - (who + 1) < 3 || verbForm(tokens[verb]?.raw ?? '') === undefined) continue;
    let figure = false;
    for (let i = who + 1; i < end; i++) if (figureAt.has(i)) figure = true;
    if (!figure) continue;
    out.push([[s, a], [who + 1, end]]);
  }
  return out;
}
