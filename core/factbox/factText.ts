// Word handling shared by the fact-box modules: tokens keep their source offsets so every
// bullet can cite exactly the characters it was built from.

/** A whitespace-delimited token of a source text, with its offsets in that text. */
export interface FactToken {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Lower-case letters/digits of the token, '' for punctuation-only tokens. */
  readonly lower: string;
}

/** Function words: never content, never a good last word of a bullet. */
export const STOP_WORDS: ReadonlySet<string> = new Set((
  'a an the of to in on at for and or but nor is are was were be been being has have had do does did it its ' +
  'this that these those with as by from he she they his her their them him we us our you your i me my who ' +
  'whom whose which will would shall should can could may might must after said says over into up about ' +
  'than more not no new so if then there here also just very some such while when where what how all any ' +
  'each both other another out off down only own same too s t'
).split(' '));

/** Words that open a new clause: a bullet may start after them or stop before them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set((
  'and but after before when while as because which who whom whose where since although though if until ' +
  'following amid despite that according whereas unless once whilst'
).split(' '));

/** Connectives a bullet should not start with. */
export const LEADING_FILLER: ReadonlySet<string> = new Set((
  'and but so or then also meanwhile however additionally moreover furthermore instead still yet ' +
  'which that while as because although though since whereas'
).split(' '));

/** The days of the week and the months, capitalised: alternation text for the rules' own word lists. */
export const CALENDAR_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';

/** The words a text writes in lower case somewhere (apostrophes and hyphens kept): words of the text, not names. */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []);
}

/** Number words: a figure written out ("nine", "a dozen"). */
export const NUMBER_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|half|quarter)$/i;

/** Words that open a sentence without naming anyone: a following "he" or "his" has no antecedent in it. */
export const NAMELESS_FIRST_WORD = /^(?:The|A|An|Another|Now|Then|Meanwhile|However|But|And|So|Yet|In|On|At|After|Before|When|While|As|Since|During|For|From|With|By|This|That|These|Those|Some|Many|Most|All|Both|Each|Every|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Last|Earlier|Later|It|There|His|Her|He|She|Its|Their)$/;

export function tokenize(text: string, from = 0, to = text.length): FactToken[] {
  const tokens: FactToken[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const raw = text.slice(m.index, end);
    tokens.push({ start: m.index, end, raw, lower: raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') });
  }
  return tokens;
}

/**
 * Content-word keys of a text, the way an editor would judge overlap: lower case,
 * letters and digits only, plural "s" dropped, function words left out.
 */
export function contentKeys(text: string): string[] {
  const keys: string[] = [];
  for (const piece of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const key = wordKey(piece);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

/** The content key of one word (letters and digits only), undefined for a function word. */
export function wordKey(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower)) return undefined;
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** Format a number the way a wire copy editor would: thousands separators, no trailing zeros. */
export function formatFigure(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = String(Math.abs(rounded)).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (rounded < 0 ? '-' : '') + grouped + (fraction ? `.${fraction}` : '');
}
