// Whether two figures are one statement of one quantity, whatever year each text gives it: the
// same value and hedge, and a strong frame, or one shared word around a figure too precise to
// recur by chance (two around a round one: "the €40m Inter paid for Romelu Lukaku"), or none at all for one
// of three significant digits whose nouns agree ("had 365 occupants" / "there were 365 occupants"). yearOfFigure checks a draft's year by such a figure; buildJudgement keeps it
// as support when only the year beside it differs, so the year is flagged and not the figure.
import { frameMatch } from '../frames/frameOf.ts';
import { framesAgree } from '../frames/headsAgree.ts';
import type { AnalysedMention } from './analyseText.ts';
import { PRECISE_DIGITS, significantDigits } from './preciseFigure.ts';
import { ROUND_FIGURE, STRONG } from './tuning.ts';

export function sameStatedFigure(d: AnalysedMention, s: AnalysedMention): boolean {
  if (s.family !== d.family || s.base === null || s.base !== d.base || s.m.bound !== d.m.bound || s.m.high !== d.m.high) return false;
  // "had 365 occupants" and "there were 365 occupants": a figure of PRECISE_DIGITS significant
  // digits met exactly, counting what the draft's noun counts (or a noun left out), is the
  // statement the draft took, whatever words the two sentences share besides.
  if (significantDigits(String(s.base)) >= PRECISE_DIGITS && framesAgree(d.frame, s.frame)) return true;
  const fm = frameMatch(d.frame, s.frame, d.family === 'count');
  // A round figure recurs for other things, so it needs two shared words where a precise one needs one.
  return fm.score >= STRONG || fm.context >= (Number.isInteger(s.base / ROUND_FIGURE) ? 2 : 1);
}
