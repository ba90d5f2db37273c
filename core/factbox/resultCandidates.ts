// The "Result" bullet: a match report's final score, from the live-text feed pasted under it
// ("Match ends, Inverness CT 2, Hamilton Academical 1."). The feed is page furniture and never a
// bullet's sentence (findPageChrome), yet its last line is the one fact a sport story's reader
// looks for first; blind readers marked boxes down for "never states the result" (u7, r50). The
// bullet gives the line in its own words, cited, after the lead.
// With no feed, the result a report's opening states in a phrase that names both sides ("Aston
// Villa's 2-1 victory against Liverpool", "Barcelona beat PSG 3-1", "City were beaten 2-1 by
// Palace") is given as a score line, the winner first as newsrooms write it: "Aston Villa 2,
// Liverpool 1". Its words and figures are the phrase's own; the phrase is cited.
import type { SourceDocument } from '../types.ts';
import { findMentions } from '../mentions/findMentions.ts';
import { CALENDAR_NAMES, contentKeys } from './factText.ts';
import { figureKey, positionPrior, type Candidate, type Sentence } from './candidate.ts';

/** The feed's closing line: two sides, each with its goals ("St. Johnstone" keeps its stop). */
const MATCH_ENDS = /\bMatch ends,\s+([^,\n]{2,60}?)\s+(\d{1,2}),\s+([^,\n]{2,60}?)\s+(\d{1,2})\.(?=\s|$)/;
/** What a result is worth beside story words: it ranks with the casualties of a disaster story. */
const RESULT_BONUS = 4;
/** The report's opening sentences, where a score it states itself would give the result a bullet of its own. */
const OPENING_SENTENCES = 6;

/**
 * One "Result" bullet from the first source whose feed gives the final score, unless the report's
 * opening already states that score ("Inverness beat Hamilton 2-1 …"), which says it better.
 */
export function resultCandidates(sources: readonly SourceDocument[], sentences: readonly Sentence[]): Candidate[] {
  return feedResult(sources, sentences) ?? statedResult(sentences);
}

function feedResult(sources: readonly SourceDocument[], sentences: readonly Sentence[]): Candidate[] | undefined {
  for (const source of sources) {
    const m = MATCH_ENDS.exec(source.text);
    if (!m) continue;
    const score = new RegExp(`\\b(?:${m[2]}\\s*[-–]\\s*${m[4]}|${m[4]}\\s*[-–]\\s*${m[2]})\\b`);
    if (sentences.some((s) => s.source === source && s.position < OPENING_SENTENCES && score.test(source.text.slice(s.start, s.end)))) return [];
    const start = m.index + m[0].indexOf(m[1]!, 'Match ends,'.length);
    const end = m.index + m[0].length - 1;
    const text = source.text.slice(start, end).replace(/\s+/g, ' ');
    const figures = findMentions(`Match ends, ${text}.`).filter((x) => x.value !== null).map(figureKey);
    return [{
      label: 'Result',
      text,
      citations: [{ sourceId: source.id, start, end }],
      keys: new Set(contentKeys(text)),
      figures: new Set(figures),
      words: text.split(/\s+/).length,
      // The feed comes last in the page, but the result is the report's news: it ranks as the lead does.
      prior: positionPrior(0),
      bonus: RESULT_BONUS,
      result: true,
      sentenceKey: 'result',
    }];
  }
  return undefined;
}

/**
 * A side as a report names it: one to four capitalised words ("Aston Villa", "Paris
 * Saint-Germain", "St. Johnstone", "Brighton & Hove Albion"). Words before it that open a
 * sentence or date the match are trimmed off afterwards (sideName).
 */
const SIDE = String.raw`(?<![\p{L}.'’-])\p{Lu}[\p{L}.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}.'’-]*){0,3}`;
const SCORE = String.raw`(\d{1,2})\s*[-–]\s*(\d{1,2})`;
/** Capitalised words that open a sentence or date a match rather than name a side. */
const NOT_A_SIDE = new RegExp(`^(?:The|A|An|This|That|Their|His|Her|Its|Our|Your|It|They|He|She|We|But|And|After|Before|When|In|On|At|Last|${CALENDAR_NAMES})$`);
/** The result as the report's noun: "Villa's 2-1 [FA Cup semi-final] victory against Liverpool", "City's 2-1 defeat by Palace". */
const RESULT_NOUN = new RegExp(String.raw`(${SIDE})(?:'s|’s|'|’)\s+${SCORE}\s+(?:[\p{L}-]+\s+){0,4}?(win|victory|triumph|defeat|loss|draw|thrashing|drubbing|rout)\s+(over|against|of|by|to|with)\s+(${SIDE})`, 'gu');
/** The result as the report's verb: "Barcelona beat PSG 3-1", "Blackburn lost 1-0 to Liverpool", "City were beaten 2-1 by Palace". */
const RESULT_VERB = new RegExp(String.raw`(${SIDE})\s+(beat|defeated|thrashed|hammered|edged|overcame|stunned|routed|crushed|drew|lost|(?:were|was)\s+(?:beaten|defeated|thrashed|held))(?:\s+${SCORE})?\s+(?:(with|to|by)\s+)?(${SIDE})(?:\s+${SCORE})?`, 'gu');
/** A further score straight after one: the first was a set's (tennis) or a round's, not the match's. */
const SECOND_SET = /^\s*[,;]?\s*\(?\d{1,2}\s*[-–]\s*\d{1,2}/;
/** The preposition each verb of RESULT_VERB takes before the other side ('' for none): "drew with", "lost to", "were beaten by". */
function verbTakes(verb: string): string {
  return verb === 'drew' ? 'with' : verb === 'lost' ? 'to' : /^(?:were|was)\s/.test(verb) ? 'by' : '';
}

/** Sentences of a report's opening that may state the match it reports, captions run into them included. */
const RESULT_SENTENCES = 8;

/** Winner and loser of a stated result, each with its score. */
interface StatedScore {
  readonly first: string;
  readonly firstGoals: number;
  readonly second: string;
  readonly secondGoals: number;
  readonly start: number;
  readonly end: number;
}

/** The first result the report's opening states with both sides named, as a score line. */
function statedResult(sentences: readonly Sentence[]): Candidate[] {
  for (const s of sentences) {
    if (s.position >= RESULT_SENTENCES || s.quoted) continue;
    const text = s.source.text.slice(s.start, s.end);
    const score = scoresIn(text)[0];
    if (!score) continue;
    const competition = competitionOf(text, score);
    const end = competition?.end ?? score.end;
    const line = `${score.first} ${score.firstGoals}, ${score.second} ${score.secondGoals}${competition ? ` (${competition.name})` : ''}`;
    const phrase = text.slice(score.start, end);
    return [{
      label: 'Result',
      text: line,
      citations: [{ sourceId: s.source.id, start: s.start + score.start, end: s.start + end }],
      keys: new Set(contentKeys(line)),
      figures: new Set(findMentions(phrase).filter((x) => x.value !== null).map(figureKey)),
      words: line.split(/\s+/).length,
      prior: positionPrior(s.position),
      bonus: RESULT_BONUS,
      result: true,
      sentenceKey: 'result',
    }];
  }
  return [];
}

/** A stage of a competition, which says what the match was: "semi-final", "first leg", "replay". */
const STAGE = String.raw`(?:(?:quarter|semi)-?finals?|finals?|first[- ]leg|second[- ]leg|replay|play-?offs?)`;
/** A competition named between the score and its noun: "3-1 Champions League win", "2-1 FA Cup semi-final victory". */
const COMPETITION_BEFORE = new RegExp(String.raw`^\d{1,2}\s*[-–]\s*\d{1,2}\s+((?:\p{Lu}[\p{L}'’-]*\s+)+(?:${STAGE}\s+)?)`, 'u');
/** A competition named after the result: "… against Liverpool in the FA Cup semi-final", "… in the semi-final". */
const COMPETITION_AFTER = new RegExp(String.raw`^\s+in\s+the\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:\p{Lu}[\p{L}'’-]*|${STAGE})(?:\s+${STAGE})?)(?![\p{L}-])`, 'u');

/** What the match was, where the phrase or the words after it say: "FA Cup semi-final", "Champions League". */
function competitionOf(text: string, score: StatedScore): { name: string; end: number } | undefined {
  const phrase = text.slice(score.start, score.end);
  const at = phrase.search(/\d/);
  const before = COMPETITION_BEFORE.exec(phrase.slice(at));
  if (before && !NOT_A_SIDE.test(before[1]!.trim().split(/\s+/)[0]!)) return { name: before[1]!.trim(), end: score.end };
  const after = COMPETITION_AFTER.exec(text.slice(score.end));
  if (!after || /^(?:The|A|An)$/.test(after[1]!)) return undefined;
  return { name: after[1]!, end: score.end + after[0].length };
}

/** Every result a sentence states with both sides named, the winner first ("2-1 defeat by Palace": Palace 2). */
function scoresIn(text: string): StatedScore[] {
  const out: StatedScore[] = [];
  for (const m of text.matchAll(RESULT_NOUN)) {
    const [, a, x, y, noun, preposition, b] = m;
    // "A 2-1 win at Anfield": a venue, not a side. A defeat "of" a side is the subject's win.
    const lost = /^(?:defeat|loss)$/.test(noun!) && preposition !== 'of';
    if ((lost && !/^(?:by|to|against)$/.test(preposition!)) || (!lost && noun !== 'draw' && /^(?:by|to|with)$/.test(preposition!))) continue;
    const r = ordered(a!, b!, Number(x), Number(y), lost, noun === 'draw', m.index!, m.index! + m[0].length);
    if (r) out.push(r);
  }
  for (const m of text.matchAll(RESULT_VERB)) {
    const [, a, verb, bx, by, preposition, b, ax, ay] = m;
    const x = bx ?? ax;
    const y = by ?? ay;
    if (x === undefined || y === undefined || (bx !== undefined && ax !== undefined) || (preposition ?? '') !== verbTakes(verb!.replace(/\s+/g, ' '))) continue;
    // "beat Nadal 6-4, 6-3": a set's score, not the match's.
    if (ax !== undefined && SECOND_SET.test(text.slice(m.index! + m[0].length))) continue;
    const r = ordered(a!, b!, Number(x), Number(y), /^(?:lost|were|was)/.test(verb!), verb === 'drew', m.index!, m.index! + m[0].length);
    if (r) out.push(r);
  }
  return out.sort((p, q) => p.start - q.start);
}

/** A side's name without the words before it that open a sentence or date the match ("On Saturday Arsenal": Arsenal). */
function sideName(words: string): string {
  const parts = words.split(/\s+/);
  while (parts.length > 0 && NOT_A_SIDE.test(parts[0]!)) parts.shift();
  return parts.join(' ');
}

/** A result with its sides checked and the winner first; none where the score or a side does not read as one. */
function ordered(rawA: string, rawB: string, x: number, y: number, subjectLost: boolean, draw: boolean, start: number, end: number): StatedScore | undefined {
  const a = sideName(rawA);
  const b = rawB.split(/\s+/).some((w) => NOT_A_SIDE.test(w)) ? '' : rawB;
  if (a === '' || b === '' || a === b) return undefined;
  // Reports give the winner's score first ("a 2-1 defeat"); a draw is level.
  if (draw ? x !== y : x <= y) return undefined;
  const [winner, loser] = subjectLost ? [b, a] : [a, b];
  return { first: winner, firstGoals: x, second: loser, secondGoals: y, start: start + rawA.length - a.length, end };
}
