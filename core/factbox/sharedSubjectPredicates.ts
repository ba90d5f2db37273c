// A second predicate of a named subject is a statement of its own: "Louis Jordan, 37, took his
// sailboat out in late January and hadn't been heard from in 66 days" -> "Louis Jordan hadn't
// been heard from in 66 days". The subject and the predicate are the source's own words, in its
// order; only the first predicate between them is left out.
import type { FactToken } from './factText.ts';
import { VERB_ADVERBS, verbForm } from './verbForm.ts';
import { NOT_NAMES } from './mainPerson.ts';
import { CAPTION_LABEL } from './gluedSentenceStart.ts';
import { NAME_WORD } from './namedSubject.ts';

/** Longest subject, in tokens (asides left out), a second predicate may take: "Former champion Riddick Bowe". */
const MAX_SUBJECT = 6;
/** Connectives that may open the sentence before the subject: "But Jordan …". */
const OPENING_CONNECTIVE = /^(?:And|But|So|Now|Meanwhile|However),?$/;
/**
 * Auxiliaries that open a predicate of their own, whatever the first one was: "… and hadn't been
 * heard from", "… and was taken to hospital", "… and will appear in court".
 */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|didn['’]t|doesn['’]t)$/;
/**
 * Words that open a clause of their own between the first predicate and "and": after them the
 * "and" may join that clause's predicates, whose subject is someone else ("after police stopped
 * the car and found drugs", "said the man ran and was caught").
 */
const CLAUSE_OPENERS = new Set('who whom whose which that when where whereas after before because while whilst as if unless since until though although once said says say told claimed believes believed thinks thought how why what'.split(' '));
/** Subjects that name no one on their own: a bullet opening "He hadn't been heard from" is half a fact. */
const PRONOUN = /^(?:He|She|It|They|We|I|You|This|That|These|Those|There|Here)$/;

/**
 * Where a sentence's subject (its opening name, asides left out) has a second predicate joined
 * by "and": the subject's token segments and the index of the second predicate's first word.
 * Only when nothing between the two predicates can own the second (no clause opener, no other
 * finite verb, no quotation or bracket), and when the second predicate shows it is finite on
 * its own: an auxiliary ("and hadn't been heard"), or a past tense after a first predicate in the
 * simple past ("took … and sailed"). "was arrested and charged" shares its "was": "Smith
 * charged with murder" would say he did the charging, so it is not lifted.
 */
export function sharedSubjectPredicates(tokens: readonly FactToken[], asides: readonly (readonly [number, number])[], gluedAt: readonly number[]): { subject: [number, number][]; at: number }[] {
  const n = tokens.length;
  let s = gluedAt.length > 0 ? gluedAt[gluedAt.length - 1]! : 0;
  if (CAPTION_LABEL.test(tokens[s]?.raw ?? '')) s++;
  if (OPENING_CONNECTIVE.test(tokens[s]?.raw ?? '')) s++;
  if (!/^\p{Lu}/u.test(tokens[s]?.raw ?? '') || PRONOUN.test(tokens[s]!.raw)) return [];
  const inAside = (i: number) => asides.some(([a, b]) => a <= i && i < b);
  // The subject: the words before the first finite verb, asides left out, ending on a name.
  let v = s;
  while (v < n && (inAside(v) || verbForm(tokens[v]!.raw.replace(/[,;:]$/, '')) === undefined)) {
    if (/[.;:!?"“”‘(]/u.test(tokens[v]!.raw) && !inAside(v)) return [];
    v++;
  }
  if (v >= n) return [];
  const subject: [number, number][] = [];
  for (let i = s; i < v; i++) {
    if (inAside(i)) continue;
    const last = subject[subject.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else subject.push([i, i + 1]);
  }
  // "Louis Jordan, 37, took …": an appositive age tags the name; the bullet names the person
  // without it (introduceNames gives the age at the first mention).
  const lastSegment = subject[subject.length - 1];
  if (lastSegment && lastSegment[1] - lastSegment[0] >= 2 && /^\d{1,3},$/.test(tokens[lastSegment[1] - 1]!.raw) && /,$/.test(tokens[lastSegment[1] - 2]!.raw)) lastSegment[1]--;
  const subjectWords = subject.reduce((k, [a, b]) => k + b - a, 0);
  if (subject.length !== 1 || subjectWords === 0 || subjectWords > MAX_SUBJECT) return [];
  const lastWord = tokens[subject[0]![1] - 1]!.raw.replace(/[,’'s]+$/u, '');
  if (!NAME_WORD.test(lastWord) || NOT_NAMES.test(lastWord)) return [];
  const firstVerb = tokens[v]!.raw;
  const firstIsAuxiliary = AUXILIARY.test(firstVerb) || verbForm(firstVerb) === 'modal';
  // The first predicate's own verb group: "had been heard", "was later found".
  let g = v + 1;
  const skipGroupWords = () => { while (g < n && (VERB_ADVERBS.test(tokens[g]!.raw) || /^(?:been|being|be|not)$/.test(tokens[g]!.raw))) g++; };
  skipGroupWords();
  if (firstIsAuxiliary && g < n && (verbForm(tokens[g]!.raw.replace(/[,.]$/, '')) !== undefined || /^\p{Ll}+ing$/u.test(tokens[g]!.raw))) g++;
  const out: { subject: [number, number][]; at: number }[] = [];
  for (let c = g; c < n - 2; c++) {
    const t = tokens[c]!;
    if (CLAUSE_OPENERS.has(t.lower.replace(/[,;:]$/, '')) || /[;:"“”‘()]|[–—]/u.test(t.raw) || t.raw === '-') return out;
    if (t.lower !== 'and') {
      if (verbForm(t.raw.replace(/[,.]$/, '')) !== undefined) return out;
      continue;
    }
    let at = c + 1;
    while (at < n && VERB_ADVERBS.test(tokens[at]!.raw)) at++;
    const verb = tokens[at]?.raw ?? '';
    const own = AUXILIARY.test(verb) || (!firstIsAuxiliary && verbForm(firstVerb) === 'past' && verbForm(verb) === 'past' && !AUXILIARY.test(firstVerb));
    if (own && n - at >= 3) out.push({ subject, at: c + 1 });
    return out;
  }
  return out;
}
