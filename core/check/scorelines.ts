// A tennis scoreline in a source sentence ("Del Potro secured a 3-6 6-3 7-6 (7-2) 6-3 victory",
// "demolished Federer 6-1, 6-3, 6-0"): one score per set, a tie-break's score in brackets part of
// its set. Rules that count a match's sets or games read it here.
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { sentenceMentions } from './sentenceMentions.ts';
import { tokenAt } from '../mentions/refiners/refiner.ts';
import type { SourceDocument } from '../types.ts';
import type { SentenceSpan } from '../text/splitSentences.ts';
import type { IndexData } from './sourceIndex.ts';

/** A scoreline: how many sets, where it stands, and each set's games as written (first side first). */
export interface Scoreline {
  readonly sets: number;
  readonly start: number;
  readonly end: number;
  readonly games: readonly (readonly [number, number])[];
}

/** The most games a set's score can give one side (7-6, 7-5). */
const MAX_SET_GAMES = 7;
/** A match is at most five sets; two scores are no scoreline. */
const MIN_SETS = 2;
const MAX_SETS = 5;

/** Whether a score mention can be a set's: both sides at most MAX_SET_GAMES, and not a tie-break in brackets. */
function setScore(text: AnalysedText, m: AnalysedMention): boolean {
  // A lost set reads as a range to the scanner ("3-6" as three to six): the digits decide.
  return /^\d-\d$/.test(text.text.slice(m.m.start, m.m.end)) && (m.m.kind === 'score' || m.m.high !== undefined)
    && m.m.value !== null && m.m.value <= MAX_SET_GAMES && (m.m.high ?? 0) <= MAX_SET_GAMES && text.tokens[m.m.tokStart - 1]?.text !== '(';
}

/** The scorelines of a sentence: runs of set scores with only a bracketed tie-break between them. */
export function scorelines(text: AnalysedText, sentenceStart: number): Scoreline[] {
  const out: Scoreline[] = [];
  let run: AnalysedMention[] = [];
  const flush = () => {
    if (run.length >= MIN_SETS && run.length <= MAX_SETS) {
      out.push({ sets: run.length, start: run[0]!.m.start, end: run[run.length - 1]!.m.end, games: run.map((m) => [m.m.value ?? 0, m.m.high ?? 0] as const) });
    }
    run = [];
  };
  for (const m of sentenceMentions(text, sentenceStart)) {
    if (!setScore(text, m)) {
      // A tie-break in brackets sits inside the line; anything else ends it.
      if (text.tokens[m.m.tokStart - 1]?.text !== '(') flush();
      continue;
    }
    const last = run[run.length - 1];
    // Between two set scores only spaces, a comma or a tie-break: "7-6 (7-2) 6-3", "6-1, 6-3, 6-0", "7-6(5) 6-3".
    if (last && !/^\s*,?\s*(?:\(\s*\d+(?:\s*[-/]\s*\d+)?\s*\)\s*,?\s*)?$/.test(text.text.slice(last.m.end, m.m.start))) flush();
    run.push(m);
  }
  flush();
  return out;
}

/** Capitalised words of a span that are not its first word: the names it gives. */
export function namesIn(text: AnalysedText, start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (let k = tokenAt(text.tokens, start) + 1; k < text.tokens.length && text.tokens[k]!.end <= end; k++) {
    const t = text.tokens[k]!;
    if (t.type === 'word' && /^\p{Lu}\p{Ll}{2,}/u.test(t.text)) out.add(t.lower);
  }
  return out;
}

/**
 * The source sentences that give one scoreline and name a player the draft names, each with its
 * line: the match the draft tells of, in the order the sources give them.
 */
export function* namedScorelines(data: IndexData, names: ReadonlySet<string>): Generator<{ readonly source: SourceDocument; readonly text: AnalysedText; readonly sentence: SentenceSpan; readonly line: Scoreline }> {
  for (const src of data.sources) {
    for (const sentence of src.analysis.sentences) {
      const lines = scorelines(src.analysis, sentence.start);
      if (lines.length !== 1 || ![...namesIn(src.analysis, sentence.start, sentence.end)].some((n) => names.has(n))) continue;
      yield { source: src.doc, text: src.analysis, sentence, line: lines[0]! };
    }
  }
}

