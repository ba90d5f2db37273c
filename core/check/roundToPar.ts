// A golf score against par told of a round: "a six-under-par [66]", the round's strokes right
// after it. Without one ("finishing at 17-under overall") the figure is the tournament's total
// against par, another quantity than any round's.
import type { AnalysedMention } from './analyseText.ts';

/** A score against par and the round it is told of, right after it: "six-under-par [66]". */
export function roundAfter(mentions: readonly AnalysedMention[], a: AnalysedMention): AnalysedMention | undefined {
  const next = mentions[mentions.indexOf(a) + 1];
  return next && next.m.kind === 'count' && next.m.tokStart === a.m.tokEnd && next.m.value !== null ? next : undefined;
}

/** Whether a figure is a score against par ("one-under", "three-over-par"). */
export function isToPar(a: AnalysedMention): boolean {
  const dim = a.m.unitInfo?.dimension;
  return dim === 'under-par' || dim === 'over-par';
}

/**
 * Whether a score against par is a round's (its strokes right after it) rather than a total's:
 * "closed with a four-under-par 67 to finish at six under" tells one of each, two quantities, so
 * neither is the other's rival nor its swapped partner.
 */
export function isRoundToPar(t: { readonly mentions: readonly AnalysedMention[] }, a: AnalysedMention): boolean {
  return isToPar(a) && roundAfter(t.mentions, a) !== undefined;
}
