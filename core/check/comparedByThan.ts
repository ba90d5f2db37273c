// "44,000 more jobs than initially reported", "seven fewer than Osimhen", "73 cents a month lower":
// a figure with a comparative after it is a difference between two levels, not a level itself.
// The gap rules read such a figure as a difference (statedDifference); conversions do not
// convert it (ownConversion). (Keeping the judgement from meeting a difference with any level was
// tried: sources tell differences as changes without a verb of change, "down five on the previous
// year", and eight drafted sets fell.)
import type { Token } from '../text/tokenize.ts';
import { GAP_CUE_REACH } from './tuning.ts';

/** Comparatives that, with a "than" after them, make the figure before them a difference. */
export const COMPARATIVES: ReadonlySet<string> = new Set(['fewer', 'more', 'less', 'higher', 'lower', 'older', 'younger', 'longer', 'shorter', 'bigger', 'smaller', 'larger', 'greater',
  // "half a minute quicker than Wanjiru's 2009 record", "£2 cheaper than", "3C warmer than".
  'quicker', 'faster', 'slower', 'heavier', 'lighter', 'cheaper', 'dearer', 'warmer', 'colder', 'hotter', 'cooler', 'wider', 'deeper', 'taller']);

/** Words that open a rate after a figure: "73 cents a month lower", "£5 per head more than". */
const RATE_ARTICLES = new Set(['a', 'an', 'per', 'each']);

/** Whether the figure ending at token `end` (exclusive) is compared: a comparative right after it (its noun or a rate may come between), then "than" or the sentence's end after a rate. */
export function comparedByThan(t: readonly Token[], end: number): boolean {
  const lower = (k: number): string => t[k]?.lower ?? '';
  // The figure's noun may come between: "12 points more than", "seven goals fewer than".
  const after = RATE_ARTICLES.has(lower(end)) && t[end + 1]?.type === 'word' ? end + 2
    : t[end]?.type === 'word' && !COMPARATIVES.has(lower(end)) && COMPARATIVES.has(lower(end + 1)) ? end + 1 : end;
  if (!COMPARATIVES.has(lower(after))) return false;
  // "… a month lower" ends its sentence: the comparison is with the figure told just before.
  if (after !== end && /^[.;]$/.test(t[after + 1]?.text ?? '.')) return true;
  for (let c = after + 1; c <= after + GAP_CUE_REACH && c < t.length; c++) {
    if (t[c]?.text === ',' || t[c]?.text === '.') break;
    if (lower(c) === 'than') return true;
  }
  return false;
}
