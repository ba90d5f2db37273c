// The name a figure is told of: "Mustela's baby lotion, £14.95, …" gives the price of Mustela's
// lotion. A source passage that names the same thing is about it; one that does not, however
// well its other words match, is about something else. Names are capitalised words read back
// from the figure within its sentence.
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import type { Token } from '../text/tokenize.ts';
import { isStopword } from '../frames/lexicon.ts';
import { opensSentence, tokenAt } from '../mentions/refiners/refiner.ts';
import { MONTHS, WEEKDAYS } from '../mentions/dateWords.ts';
import { perText } from './perText.ts';

/**
 * Words of four letters or more a line needs, every one capitalised, to be set in title case. A
 * sentence dense with names still writes its verbs in lower case ("Olney took 20,510, independent
 * Fiona Syms 164"); a headline capitalises them too ("… Forecast, Gains 7 Million New Customers").
 */
const TITLE_CASE_WORDS = 5;

/**
 * Whether the line holding `offset` is a headline set in title case ("Netflix Handily Beats Q3
 * Subscriber Forecast, Gains 7 Million New Customers"): there every longer word is capitalised, so
 * a capital names nothing, and "Gains" before "7 Million" is no one's name.
 */
export function titleCaseLine(text: AnalysedText, offset: number): boolean {
  const from = text.text.lastIndexOf('\n', offset - 1) + 1;
  const lines = titleCaseLines(text);
  const known = lines.get(from);
  if (known !== undefined) return known;
  const nl = text.text.indexOf('\n', offset);
  const line = text.text.slice(from, nl < 0 ? text.text.length : nl);
  // A list's line gives a name and its figure, never a headline.
  const words = /^\s*[•*·▪–—-]/.test(line) ? [] : line.match(/\p{L}{4,}/gu) ?? [];
  const title = words.length >= TITLE_CASE_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
  lines.set(from, title);
  return title;
}

/** Each line's answer, by where the line starts: a text is asked once for every figure of a draft. */
const titleCaseLines = perText((): Map<number, boolean> => new Map());

/** Words back from a figure within which a name tells what it is of. */
const NAME_REACH = 6;

/**
 * Lower-cased names (possessive dropped) in the words before the figure, nearest first, within
 * `reach` words and the figure's clause.
 */
export function namesBefore(text: AnalysedText, a: AnalysedMention, reach = NAME_REACH): string[] {
  const out: string[] = [];
  if (titleCaseLine(text, a.m.start)) return out;
  for (let k = a.m.tokStart - 1; k >= Math.max(0, a.m.tokStart - reach); k--) {
    const t = text.tokens[k];
    if (!t || t.start < a.sentence.start || (t.type === 'sym' && /^[.;:!?]$/.test(t.text))) break;
    // A sentence's first word is capitalised anyway: there only a word that is no function word
    // ("Mustela's", not "The") may be a name.
    if (t.type === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && (!opensSentence(text.tokens, k) || !isStopword(t.lower))) out.push(t.lower.replace(/['’]s$/, ''));
  }
  return out;
}

/** Whether a word of the sentence of mention `m` passes `test` (given the word lower-cased). */
export function sentenceSays(text: AnalysedText, m: AnalysedMention, test: (lower: string) => boolean): boolean {
  for (let k = tokenAt(text.tokens, m.sentence.start); k < text.tokens.length && text.tokens[k]!.start < m.sentence.end; k++) {
    const t = text.tokens[k]!;
    if (t.end <= m.sentence.end && test(t.lower)) return true;
  }
  return false;
}

/** Whether the sentence of source mention `s` names `name` as a word. */
export function sentenceNames(source: AnalysedText, s: AnalysedMention, name: string): boolean {
  return sentenceSays(source, s, (w) => w.replace(/['’]s$/, '') === name);
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
  if (titleCaseLine(text, m.m.start)) return undefined;
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

/** Words back from a figure within which its name stands: "Georgia more than 288,000", "Florida had about 167,000". */
const LIST_NAME_BACK = 4;

/** Words that open another clause or phrase: a name before them is not the figure's ("in California and one is in Scottsdale"). */
const CLAUSE_WORDS = /^(?:and|or|but|while|whereas|as|with|after|before|when|than|of|by|from|to)$/;

/** A past participle of a passive: "offered", "paid", "won" (regular ones, and a few common irregular). */
const PARTICIPLE = /^(?:\p{Ll}+ed|paid|won|made|spent|given|held|set|sold|bought|raised|taken)$/u;

/** A list line opening on a name, with a dash before its figure: "• Sarah Olney (Liberal Democrats) – 20,510". */
const RESULT_LINE = /^\s*[•*·▪-]?\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)[^\n]*[–—-]\s*$/u;

/** A table cell that is a name alone on its line: "Lakeland Electric", "Duke Energy Florida". */
const CELL_NAME = /^\s*(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4})\s*$/u;

/** A fact list's line opening on a name and a colon: "• Valley fire: 75,781 acres burned; …". */
const LABEL_LINE = /^\s*[•*·▪-]?\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)(?:\s+\p{Ll}+)?:[^\n]*$/u;

/** The first word of a name a list line gives, lower-cased: "Lakeland Electric" -> "lakeland". */
const firstWord = (run: string): string => run.split(/\s/)[0]!.toLowerCase();
/** A name a list line gives as names are compared, lower-cased with single spaces. */
const asName = (run: string): string => run.toLowerCase().replace(/\s+/g, ' ');

/** A capitalised word that may be (part of) a name: not a function word, month or day. */
function nameWord(text: string, lower: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text) && !isStopword(lower) && MONTHS[lower] === undefined && WEEKDAYS[lower] === undefined;
}

/**
 * The name a figure is told of, lower-cased: the run of capitalised words after "in", "for" or
 * "at" right after it ("559 315 in Virginia", "in North Carolina"), else the nearest run before it
 * in its clause ("Florida had about 167,000"). Undefined when none.
 */
/** Words a restated figure's noun may take before ", or": "1.23 points, or 0.4%". */
const RESTATED_NOUN = 2;

export function nameOfFigure(t: AnalysedText, a: AnalysedMention): string | undefined {
  // Read once per figure: a source's list is read for every draft figure that names something.
  const cache = namesOfFigures(t);
  if (cache.has(a)) return cache.get(a);
  const name = readNameOfFigure(t, a);
  cache.set(a, name);
  return name;
}

const namesOfFigures = perText((): Map<AnalysedMention, string | undefined> => new Map());

function readNameOfFigure(t: AnalysedText, a: AnalysedMention): string | undefined {
  const tokens = t.tokens;
  if (titleCaseLine(t, a.m.start)) return undefined;
  const run = (from: number, step: 1 | -1): string | undefined => {
    const words: string[] = [];
    // A capitalised function word inside a name ("New Jersey", "Bank of England" aside) is part of
    // it: read on when the name goes on past it.
    const inName = (k: number): boolean => {
      const tok = tokens[k];
      // "Standard & Poor's": an ampersand between two words of a name is part of it.
      if (tok?.text === '&') return [tokens[k - 1], tokens[k + 1]].every((w) => w !== undefined && w.type === 'word' && nameWord(w.text, w.lower));
      if (tok === undefined || tok.type !== 'word') return false;
      if (nameWord(tok.text, tok.lower)) return true;
      const next = step === 1 ? tokens[k + 1] : undefined;
      return /^\p{Lu}\p{Ll}/u.test(tok.text) && !/^(?:the|a|an)$/.test(tok.lower)
        && (step === 1 ? next !== undefined && next.type === 'word' && nameWord(next.text, next.lower) : words.length > 0);
    };
    for (let k = from; inName(k); k += step) {
      if (tokens[k]!.start < a.sentence.start || tokens[k]!.end > a.sentence.end) break;
      words.push(tokens[k]!.lower);
    }
    return words.length === 0 ? undefined : (step === 1 ? words : words.reverse()).join(' ');
  };
  if (/^(?:in|for|at)$/.test(tokens[a.m.tokEnd]?.lower ?? '')) {
    // "by 5% in the West Midlands": a place named with its article.
    const after = run(a.m.tokEnd + 1, 1) ?? (tokens[a.m.tokEnd + 1]?.lower === 'the' ? run(a.m.tokEnd + 2, 1) : undefined);
    if (after) return after;
  }
  // "The S&P 500 fell 1.23, or 0.1%, to 1852.21": a figure after ", or" restates the one before
  // it, and is told of the same name.
  // The figure's first token, its hedge included.
  const first = tokenAt(tokens, a.m.start);
  if (tokens[first - 1]?.lower === 'or' && tokens[first - 2]?.text === ',') {
    // Its noun may stand between: "1.23 points, or 0.4%".
    const restated = t.mentions.find((o) => o.m.tokEnd <= first - 2 && o.m.tokEnd >= first - 2 - RESTATED_NOUN && o.sentence.start === a.sentence.start);
    if (restated) return nameOfFigure(t, restated);
  }
  // "$8.5 billion offered by Maryland and $7 billion by New Jersey": the one who offers, pays or
  // wins it, named after it as the agent of a passive.
  const by = tokens[a.m.tokEnd]?.lower === 'by' ? a.m.tokEnd : PARTICIPLE.test(tokens[a.m.tokEnd]?.lower ?? '') && tokens[a.m.tokEnd + 1]?.lower === 'by' ? a.m.tokEnd + 1 : -1;
  if (by >= 0) {
    const agent = run(by + 1, 1);
    if (agent) return agent;
  }
  // A results list's line: "• Fiona Natasha Syms, (Independent) – 173", the figure ending it.
  const lineStart = t.text.lastIndexOf('\n', a.m.start - 1) + 1;
  const lineEnd = t.text.indexOf('\n', a.m.end);
  if (/^[\s.,;]*$/.test(t.text.slice(a.m.end, lineEnd < 0 ? t.text.length : lineEnd))) {
    const line = RESULT_LINE.exec(t.text.slice(lineStart, a.m.start));
    if (line && !isStopword(firstWord(line[1]!))) return asName(line[1]!);
  }
  // A table laid out a cell to a line: "Lakeland Electric\n42,150", the figure alone on its line
  // under its row's name.
  if (/^\s*$/.test(t.text.slice(lineStart, a.m.start)) && /^[\s.,;]*$/.test(t.text.slice(a.m.end, lineEnd < 0 ? t.text.length : lineEnd)) && lineStart > 0) {
    const prevStart = t.text.lastIndexOf('\n', lineStart - 2) + 1;
    const cell = CELL_NAME.exec(t.text.slice(prevStart, lineStart - 1));
    if (cell && !isStopword(firstWord(cell[1]!))) return asName(cell[1]!);
  }
  // A labelled line of a fact list: "• Butte fire: 70,760 acres burned; …; 74-percent contained",
  // its label naming every figure on the line.
  const label = LABEL_LINE.exec(t.text.slice(lineStart, a.m.start));
  if (label && !isStopword(firstWord(label[1]!)) && MONTHS[firstWord(label[1]!)] === undefined) return asName(label[1]!);
  // From the figure's first word, its hedge included ("Georgia more than 288,000").
  for (let k = first - 1; k >= Math.max(0, first - LIST_NAME_BACK); k--) {
    const tok = tokens[k];
    if (!tok || tok.start < a.sentence.start || (tok.type === 'sym' && /^[,;:.!?()]$/.test(tok.text)) || CLAUSE_WORDS.test(tok.lower)) return subjectName(t, a, first);
    if (tok.type === 'word' && nameWord(tok.text, tok.lower)) return run(k, -1);
  }
  return subjectName(t, a, first);
}

/**
 * The name a sentence opens on after "The", when the figure is told of it in a predicate that
 * names nothing else: "The Valley fire has scorched 75,781 acres, is 74% contained" tells the 74%
 * of the Valley fire, as a fact list's "• Valley fire: … 75-percent contained" does. Only after
 * "The": a capitalised word opening a sentence bare ("Police said …") may be no name at all.
 */
function subjectName(t: AnalysedText, a: AnalysedMention, first: number): string | undefined {
  const tokens = t.tokens;
  const open = tokenAt(tokens, a.sentence.start);
  if (tokens[open]?.lower !== 'the') return undefined;
  const words: string[] = [];
  let k = open + 1;
  for (; k < first && tokens[k]?.type === 'word' && nameWord(tokens[k]!.text, tokens[k]!.lower); k++) words.push(tokens[k]!.lower);
  if (words.length === 0) return undefined;
  // No other name between the subject and the figure: it is the subject's.
  for (let j = k + 1; j < first; j++) if (tokens[j]?.type === 'word' && /^\p{Lu}/u.test(tokens[j]!.text)) return undefined;
  return words.join(' ');
}
