// The "Result" bullet: a match report's final score, from the live-text feed pasted under it
// ("Match ends, Inverness CT 2, Hamilton Academical 1."). The feed is page furniture and never a
// bullet's sentence (findPageChrome), yet its last line is the one fact a sport story's reader
// looks for first; blind readers marked boxes down for "never states the result" (u7). The
// bullet gives the line in its own words, cited, after the lead.
import type { SourceDocument } from '../types.ts';
import { findMentions } from '../mentions/findMentions.ts';
import { contentKeys } from './factText.ts';
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
  return [];
}
