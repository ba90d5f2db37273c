// Newsroom convention for "up to N" (and "as many as N", "at most N"): the writer names the
// maximum, so a source must give N itself as its figure or its upper end. "Up to $4.8bn" is not
// established by a forecast of "$4.6bn to $4.7bn", nor "up to 300 deaths" by 120: both are true
// bounds that overstate what the source says. The same value within the writer's rounding still
// counts ("up to 300" for a maximum of 280 written as a round number).
import type { AnalysedMention } from './analyseText.ts';
import { approxPrecision, inDraftUnits } from './draftUnits.ts';

/** A draft maximum the source's own top value falls short of, beyond the draft's rounding. */
export function maximumNotStated(d: AnalysedMention, s: AnalysedMention): boolean {
  if (d.m.bound !== 'at-most' || s.base === null) return false;
  const n = d.m.high ?? d.m.value ?? 0;
  const top = inDraftUnits(s.baseHigh ?? s.base, d);
  return top < n - approxPrecision(d.m.precision, n) / 2 - 1e-9;
}
