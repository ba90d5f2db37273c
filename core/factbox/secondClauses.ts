// Where a sentence's second main clause starts ("…, but the man's lawyer claimed …"): a
// statement in the source's own words that may stand without the first clause.
import type { FactToken } from './factText.ts';
import { verbForm } from './verbForm.ts';
import { MIN_BULLET_WORDS } from './standsAlone.ts';
import { GLUED_SENTENCE_START } from './gluedSentenceStart.ts';

/** Words that open a clause's subject after ", but" or ", and": a name, a determiner, a number. */
const CLAUSE_SUBJECT_START = /^(?:\p{Lu}\p{Ll}|the$|a$|an$|his$|her$|their$|its$|\d)/u;
/** Finite verbs that show a clause: an auxiliary, a modal or a past tense ("claimed"); a word in "-s" may be a plural noun. */
const CLAUSE_VERB = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does)$/;
/** A capitalised word that may end a name ("Bueno"). */
const NAMED = /^\p{Lu}\p{Ll}+$/u;
/** Words that open a verb's object or complement: after an "-s" word they show it is a verb. */
const VERB_OBJECT = /^(?:to|the|a|an|his|her|their|its|him|them|it|this|that|off|up|out|down)$/;
/** Subordinators whose clause states a fact of its own ("as", "while", "after"): not "if", "unless", "although" (a condition or a concession is no statement). */
const ASSERTING_SUBORDINATOR = /^(?:as|while|whilst|after)$/;
/** Verbs of saying or expecting that an "as" of manner compares with ("as analysts had predicted"). */
const EXPECTING = /^(?:predicted|predict|predicts|expected|expect|expects|forecast|forecasts|said|says|say|reported|reports|feared|fears|hoped|hopes|planned|plans|promised|promises|announced|suggested|suggests|warned|warns|thought|thinks|believed|believes|claimed|claims|intended|required|requires|agreed|noted|described|stated)$/;
/** Most tokens between a second clause's first word and its verb ("the man's lawyer claimed"). */
const MAX_CLAUSE_SUBJECT = 5;

/**
 * Where a second main clause starts: after ", but" or ", and" (or after a semicolon), a subject of
 * its own and its finite verb within a few words, with no comma between ("…, but the man's lawyer
 * claimed …"). Not a pronoun subject: "…, but he is now …" names no one on its own.
 */
export function secondClauses(tokens: readonly FactToken[]): number[] {
  const out: number[] = [];
  // "Burgess' time in union lasted a year, but Charnley hopes to take to the game more
  // naturally": a comparison with no "than" is made with the first clause, so the second cannot
  // stand without it.
  const last = tokens.length - 1;
  const comparesBack = (from: number): boolean => last >= 1 && /^(?:more|less)$/.test(tokens[last - 1]!.lower)
    && !tokens.slice(from, last).some((t) => t.lower === 'than');
  for (let c = MIN_BULLET_WORDS; c < tokens.length - MIN_BULLET_WORDS; c++) {
    const t = tokens[c]!;
    // "… an experienced mother but Ben is twice the weight …": a contrast needs no comma when a
    // name opens its clause.
    const namedContrast = t.raw === 'but' && /\p{Ll}$/u.test(tokens[c - 1]!.raw) && /^\p{Lu}\p{Ll}+$/u.test(tokens[c + 1]?.raw ?? '') && !GLUED_SENTENCE_START.test(tokens[c + 1]!.raw);
    // "The Prime Minister faced the first serious criticism of the campaign, as Tory donors rounded
    // on the party's message": a clause of time or cause set off by a comma asserts its own fact,
    // with a subject of its own, as a second main clause does.
    const start = (/^(?:but|and)$/.test(t.raw) || ASSERTING_SUBORDINATOR.test(t.raw)) && (/,$/.test(tokens[c - 1]!.raw) || namedContrast) ? c + 1 : /;$/.test(tokens[c - 1]!.raw) ? c : -1;
    if (start < 0 || comparesBack(start) || !CLAUSE_SUBJECT_START.test(tokens[start]!.raw) || GLUED_SENTENCE_START.test(tokens[start]!.raw) && /^(?:It|He|She|They|This|That|These|Those)$/.test(tokens[start]!.raw)) continue;
    for (let v = start + 1; v <= Math.min(tokens.length - 2, start + MAX_CLAUSE_SUBJECT); v++) {
      if (/[,;:.]$/.test(tokens[v - 1]!.raw)) break;
      const form = verbForm(tokens[v]!.raw);
      // A word in "-s" right after a name and before its object is the name's verb: "… but Alberto
      // Bueno prepares to face Real Madrid …" (a plural noun is not named by a capitalised word).
      const namedVerb = form === 'present' && NAMED.test(tokens[v - 1]!.raw) && VERB_OBJECT.test(tokens[v + 1]?.raw ?? '');
      if (form === undefined || (form === 'present' && !CLAUSE_VERB.test(tokens[v]!.raw) && !namedVerb)) continue;
      // "…, as the Bank of England had predicted": an "as" of manner compares with what someone
      // said or expected, and states nothing without the clause before it.
      if (t.raw === 'as' && tokens.slice(v, v + 3).some((w) => EXPECTING.test(w.lower.replace(/[,.;:]$/, '')))) break;
      out.push(start);
      break;
    }
  }
  return out;
}
