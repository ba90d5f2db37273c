// Asides a bullet may leave out without breaking its sentence: a dashed or bracketed aside, a
// relative clause or participle phrase closed by a comma, an appositive after an opening name.
// Used both to shorten sentences and to find where a named subject's predicate resumes.
import { isAbbreviation } from '../text/splitSentences.ts';
import { isParticiple } from './headlineDrops.ts';
import { isIrregularPast } from './bulletShape.ts';
import type { FactToken } from './factText.ts';

/** Words that can resume a sentence after an aside: the predicate ("Locke, who …, had been …"). */
/** Plain present forms a plural subject's predicate opens with: "The Rhinos, who …, say that …". */
const PREDICATE_START = /^(is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|say|believe|claim|insist|argue|think|fear|hope|warn|expect|want|face|remain|plan|\p{Ll}+(?:ed|es))$/u;

export const DASH = /^(?:[–—]|--?)$/;
/** Words that tie a participle aside to what follows: "signed by", "based in", "known as". */
const PARTICIPLE_LINKS = new Set(['by', 'in', 'at', 'as', 'for', 'on', 'from', 'with', 'to', 'after', 'during']);

const RELATIVE_WORDS = new Set(['who', 'which', 'whose', 'whom']);
/** Longest contrast aside, in tokens (", rather than reporting on it,"). */
const MAX_CONTRAST = 10;
/** A present participle opening an aside: "acting", "representing", "speaking" (not "morning", "nothing"). */
const ING_ASIDE = /^(?!(?:morning|evening|nothing|something|anything|everything|thing|king|ring|wing|spring|string|building|meeting|wedding|hearing|ruling|warning|training|during|including)$)\p{Ll}{3,}ing$/u;

/** Longest name an alias aside gives, in tokens (", formerly known as DC Martial Arts,"). */
const MAX_ALIAS_NAME = 6;
/** Words that open another name for a thing: "formerly known as", "also called", "better known as". */
const ALIAS_OPENING = /^(?:(?:formerly|previously|originally|also|now|better|popularly|commonly)\s+)?(?:known as|called|named|dubbed|nicknamed)\s+\S/;

/**
 * Tokens from `i` to just past the comma closing an alias aside that opens there (", formerly known
 * as DC Martial Arts,"), or 0: the name after it must be capitalised or quoted, and a comma closes it.
 */
function aliasLength(tokens: readonly FactToken[], i: number): number {
  const head = tokens.slice(i, i + 4).map((t) => t.lower).join(' ');
  if (!ALIAS_OPENING.test(head)) return 0;
  let k = i;
  while (k < tokens.length && !/^(?:as|called|named|dubbed|nicknamed)$/.test(tokens[k]!.lower)) k++;
  const first = k + 1;
  if (!/^[\p{Lu}‘'"“]/u.test(tokens[first]?.raw ?? '')) return 0;
  for (let j = first; j < Math.min(tokens.length - 1, first + MAX_ALIAS_NAME); j++) {
    if (/[.!?;:)]["'’”]?$/.test(tokens[j]!.raw)) return 0;
    if (/,$/.test(tokens[j]!.raw)) return j + 1 - i;
  }
  return 0;
}

/** Whether the aside [a, b) is an address after a name that opens the sentence: ", of Flamborough Close, Biggin Hill,". */
export function isAddressAside(tokens: readonly FactToken[], [a, b]: readonly [number, number]): boolean {
  return b > a + 1 && tokens[a]?.lower === 'of' && /^\p{Lu}/u.test(tokens[a + 1]?.raw ?? '') && tokens.slice(a + 1, b).every((t) => /^\p{Lu}/u.test(t.raw));
}

/**
 * Token ranges [start, end) of asides a bullet can leave out without breaking its sentence:
 * between dashes or brackets, a relative clause closed by a comma before the predicate, and
 * an appositive after a name that opens the sentence ("Pama, a father of three, works …").
 */
export function findAsides(tokens: readonly FactToken[]): [number, number][] {
  const out: [number, number][] = [];
  const n = tokens.length;
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!;
    if (DASH.test(t.raw)) {
      for (let j = i + 2; j < Math.min(n - 1, i + 25); j++) {
        if (/[.!?;:]["'’”]?$/.test(tokens[j - 1]!.raw)) break;
        if (DASH.test(tokens[j]!.raw)) { out.push([i, j + 1]); i = j; break; }
      }
    } else if (/^\(/.test(t.raw) && !/\)/.test(t.raw)) {
      for (let j = i + 1; j < Math.min(n - 1, i + 15); j++) {
        if (/\)$/.test(tokens[j]!.raw)) { out.push([i, j + 1]); i = j; break; }
        if (/[().!?]/.test(tokens[j]!.raw)) break;
      }
    } else if (/,$/.test(tokens[i - 1]!.raw) && aliasLength(tokens, i) > 0) {
      // Another name for what the clause just named: "… the On The Mat karate studio[, formerly
      // known as DC Martial Arts,] since …". The thing is the same under either name.
      const j = i + aliasLength(tokens, i);
      if (j < n) out.push([i, j]);
      i = j - 1;
    } else if (/,$/.test(tokens[i - 1]!.raw) && ((t.lower === 'rather' && tokens[i + 1]?.lower === 'than') || (t.lower === 'instead' && tokens[i + 1]?.lower === 'of'))) {
      // A contrast between commas says what the clause is not: "McHenry found herself in the
      // news[, rather than reporting on it,] after …". The clause says the same without it.
      for (let j = i + 3; j < Math.min(n - 1, i + MAX_CONTRAST); j++) {
        if (/[.!?;:)]["'’”]?$/.test(tokens[j - 1]!.raw)) break;
        if (/,$/.test(tokens[j - 1]!.raw)) { out.push([i, j]); break; }
      }
    } else if (/,$/.test(tokens[i - 1]!.raw) && (RELATIVE_WORDS.has(t.lower)
      || (/^(a|an|the)$/.test(t.raw) && tokens.slice(0, i).every((p) => /^\p{Lu}/u.test(p.raw)))
      // A participle phrase after the subject: "The law, signed by Gov. Sam Brownback on Tuesday, bans …".
      || (i <= 4 && isParticiple(t.lower) && PARTICIPLE_LINKS.has(tokens[i + 1]?.lower ?? ''))
      // An "-ing" phrase after a name that opens the sentence: "Paul Heathcote, acting on behalf
      // of …, banned Guffick …", "Andrew Lawson, representing Mason, said …".
      || (i <= 4 && ING_ASIDE.test(t.raw) && tokens.slice(0, i).every((p) => /^\p{Lu}/u.test(p.raw)))
      // An address after a name that opens the sentence: "Mason, of Flamborough Close, Biggin
      // Hill, pleaded guilty …" (court copy gives every defendant's).
      || (i <= 4 && t.lower === 'of' && /^\p{Lu}/u.test(tokens[i + 1]?.raw ?? '') && tokens.slice(0, i).every((p) => /^\p{Lu}/u.test(p.raw))))) {
      // Closed by a comma before the predicate resumes: ", who …, was …". A relative clause
      // may hold a list of its own (", whose comic career … and whose satire …, has died").
      const limit = RELATIVE_WORDS.has(t.lower) ? 40 : isParticiple(t.lower) || ING_ASIDE.test(t.raw) ? 20 : 10;
      for (let j = i + 2; j < Math.min(n - 1, i + limit); j++) {
        // "Gov." and "U.S." do not close a clause.
        if (/[.!?;:)]["'’”]?$/.test(tokens[j - 1]!.raw) && !isAbbreviation(tokens[j - 1]!.raw)) break;
        // The aside ends at the comma after which the predicate resumes; commas before that
        // belong to lists inside it ("on TV, the radio and on records, has died").
        // A plural noun ending a list ("… political dissidents, homosexuals and some captured Soviet
        // troops") is no verb: the clause runs on.
        const listItem = /^(?:and|or)$/.test(tokens[j + 1]?.lower ?? '') || /[,;.]$/.test(tokens[j]!.raw);
        if (/,$/.test(tokens[j - 1]!.raw) && (PREDICATE_START.test(tokens[j]!.raw) || isIrregularPast(tokens[j]!.raw) || (/^\p{Ll}+[^s]s$/u.test(tokens[j]!.raw) && !listItem))) {
          out.push([i, j]);
          break;
        }
      }
    }
  }
  return out;
}
