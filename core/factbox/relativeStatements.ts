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
export function relativeStatements(tokens: readonly FactToken[], asides: readonly [number, number][], figureAt: ReadonlySet<number>, gluedAt: readonly number[], lead = false): [number, number][][] {
  let s = gluedAt.length > 0 ? gluedAt[gluedAt.length - 1]! : 0;
  if (CAPTION_LABEL.test(tokens[s]?.raw ?? '')) s++;
  if (OPENING_CONNECTIVE.test(tokens[s]?.raw ?? '')) s++;
  const out: [number, number][][] = [];
  if (lead) {
    const introduced = introducedRelative(tokens, s, figureAt);
    if (introduced) {
      out.push(introduced);
      // The lead whole, its news kept, with the clause's closing purpose left out: "A respected
      // NatWest bank manager who was jailed for stealing £185,000 from his elderly customers
      // [to fund his internet gambling addiction] will have to pay back every penny".
      const [[, who], [from, main]] = introduced as [[number, number], [number, number]];
      const purpose = purposeBefore(tokens, from, main);
      if (purpose !== undefined) out.push([[s, who + 1], [from, purpose], [main, tokens.length]]);
    }
  }
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

/** Auxiliaries that open a main clause's predicate after a relative clause: "… addiction will have to pay back …". */
const MAIN_AUXILIARY = /^(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|faces|faced|now)$/;

/**
 * The story's lead introduces its subject with a relative clause: "A respected NatWest bank
 * manager who was jailed for stealing £185,000 from his elderly customers to fund his internet
 * gambling addiction will have to pay back every penny" -> "A respected NatWest bank manager was
 * jailed for stealing £185,000 …". The clause runs from "who" to the auxiliary that opens the main
 * predicate; the indefinite subject is the person the story introduces, so the clause asserts of
 * them. Only in the lead, only with a figure in the clause.
 */
function introducedRelative(tokens: readonly FactToken[], s: number, figureAt: ReadonlySet<number>): [number, number][] | undefined {
  if (!/^(?:A|An)$/.test(tokens[s]?.raw ?? '')) return undefined;
  const who = tokens.findIndex((t, i) => i > s + 1 && i <= s + MAX_RELATIVE_SUBJECT + 1 && t.lower === 'who');
  // "A respected NatWest bank manager": a participle before the noun describes it; a finite verb ends the subject.
  if (who < 0 || tokens.slice(s + 1, who).some((t) => /[,.;:!?]$/.test(t.raw) || MAIN_AUXILIARY.test(t.lower) || t.lower === 'said')) return undefined;
  let verb = who + 1;
  while (verb < tokens.length && VERB_ADVERBS.test(tokens[verb]!.raw)) verb++;
  if (verbForm(tokens[verb]?.raw ?? '') === undefined) return undefined;
  for (let k = verb + 2; k < tokens.length; k++) {
    if (/[,;:]$/.test(tokens[k - 1]!.raw) || /^[“"‘']/u.test(tokens[k]!.raw)) return undefined;
    if (!MAIN_AUXILIARY.test(tokens[k]!.raw) || !/^\p{Ll}+$/u.test(tokens[k - 1]!.raw) || tokens[k - 1]!.lower === 'to') continue;
    if (k - (who + 1) < 3 || !range(who + 1, k).some((i) => figureAt.has(i))) return undefined;
    return [[s, who], [who + 1, k]];
  }
  return undefined;
}

/**
 * Where a purpose infinitive closes the clause [from, to): "… from his elderly customers [to fund
 * his internet gambling addiction]", the "to" of a verb (a plain word, then its object's
 * determiner) with no comma or further clause after it.
 * A "why" adjunct: the clause says who did what without it.
 */
function purposeBefore(tokens: readonly FactToken[], from: number, to: number): number | undefined {
  for (let k = to - 3; k > from + 2; k--) {
    const t = tokens[k]!;
    if (/[,;:]$/.test(t.raw) || /^(?:who|which|that|and|but)$/.test(t.lower)) return undefined;
    // "to fund his …", "to pay the …": a verb, which takes its object's determiner; not "to prison for".
    if (t.lower === 'to' && /^\p{Ll}{3,}$/u.test(tokens[k + 1]?.raw ?? '') && !/s$/.test(tokens[k + 1]!.raw) && verbForm(tokens[k + 1]!.raw) === undefined
      && /^(?:his|her|their|its|the|a|an)$/.test(tokens[k + 2]?.lower ?? '') && /^\p{Ll}+$/u.test(tokens[k - 1]!.raw)) return k;
  }
  return undefined;
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, k) => a + k);
