// "two aged 16 and one aged 19": a count told with the age its group shares. Two such counts of
// different ages count different groups, so neither is another value of the other.
import type { Token } from '../text/tokenize.ts';
import type { AnalysedMention } from './analyseText.ts';

/** The age after a count ("one aged 19" -> 19), or undefined. */
export function groupAge(tokens: readonly Token[], m: AnalysedMention): number | undefined {
  const k = m.m.tokEnd;
  if (tokens[k]?.lower !== 'aged' || tokens[k + 1]?.type !== 'num') return undefined;
  const age = Number(tokens[k + 1]!.text);
  return Number.isFinite(age) ? age : undefined;
}

/** Whether two counts each carry their group's age, and the ages differ. */
export function otherAgeGroup(draftTokens: readonly Token[], d: AnalysedMention, sourceTokens: readonly Token[], s: AnalysedMention): boolean {
  const da = groupAge(draftTokens, d);
  const sa = groupAge(sourceTokens, s);
  return da !== undefined && sa !== undefined && da !== sa;
}
