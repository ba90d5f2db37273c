// A source's own slips: a name spelled once one letter off from how the story spells it
// elsewhere ("Adanced Towing" beside "Advanced Towing" three times), a word written twice
// ("the the"), or an "of" left out ("ahead its new season"). A bullet copies its source's words, so a bullet on such a sentence publishes the
// slip, and a blind reader marks it ungrammatical. The box prefers another sentence.

import { STOP_WORDS, lowerCaseWords } from './factText.ts';

/** A capitalised word of at least this many letters: shorter names differ by a letter too often ("Lee", "Les"). */
const MIN_NAME_LETTERS = 5;
/** The story's spelling is the one it uses at least this often. */
const MIN_USUAL_USES = 2;
/** A word written twice in a row, except the doubles English allows ("had had", "that that"). */
const DOUBLED_WORD = /(?<![\p{L}'’-])(?!(?:had|that|is|do|no|very|so|bye|knock|tut|ha|yes|never|again|far|more|many|really)\s)(\p{L}+)\s+\1(?![\p{L}'’-])/iu;
/** A preposition of two words with its "of" dropped: "ahead its new season", "in front the crowd". */
const MISSING_OF = /\b(?:ahead|in front|regardless|in spite|on behalf)\s+(?:its|their|his|her|the|a|an)\b/i;
/** A capitalised word, inner capitals and all ("NatWest", "McHenry"). */
const CAPITALISED_WORD = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*\p{Ll}(?![\p{L}'’-])/gu;

/** Whether two words differ by one letter added, dropped, changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/**
 * The misspelt names of a text: used once, one edit from a name the text uses at least twice.
 * Not a word the text also writes in lower case, nor a function word ("These" beside "There"), nor a plural or
 * possessive of the name ("Smiths", "Smith").
 */
export function findSourceTypos(text: string): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(CAPITALISED_WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const usual = [...counts].filter(([w, n]) => n >= MIN_USUAL_USES && w.length >= MIN_NAME_LETTERS - 1).map(([w]) => w);
  const lower = lowerCaseWords(text);
  for (const w of STOP_WORDS) lower.add(w);
  const out = new Set<string>();
  for (const [word, n] of counts) {
    if (n !== 1 || word.length < MIN_NAME_LETTERS || lower.has(word.toLowerCase())) continue;
    const inflected = (u: string) => word === `${u}s` || u === `${word}s` || /['’]s?$/.test(word) || /['’]s?$/.test(u);
    if (usual.some((u) => !lower.has(u.toLowerCase()) && !inflected(u) && oneEditApart(word, u))) out.add(word);
  }
  return out;
}

/** Whether a bullet carries a slip of its source (see the file comment). */
export function carriesSourceTypo(bullet: string, typos: ReadonlySet<string>): boolean {
  if (DOUBLED_WORD.test(bullet) || MISSING_OF.test(bullet)) return true;
  if (typos.size === 0) return false;
  for (const m of bullet.matchAll(CAPITALISED_WORD)) if (typos.has(m[0])) return true;
  return false;
}
