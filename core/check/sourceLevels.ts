// The two levels of a change a source sentence gives: "dropped from £50m to £40m", "increased to
// £642m, up from £543m" (either order). Rules that derive the size of a change read them here.
import type { AnalysedMention } from './analyseText.ts';
import type { IndexData } from './sourceIndex.ts';
import { sentenceMentions } from './sentenceMentions.ts';

export interface LevelPair {
  readonly sourceIndex: number;
  readonly before: AnalysedMention;
  readonly after: AnalysedMention;
}

/** Every change a source states by its levels: a "from" figure and the "to" figure of its sentence, of one kind. */
export function* sourceLevelPairs(data: IndexData): Generator<LevelPair> {
  for (let sourceIndex = 0; sourceIndex < data.sources.length; sourceIndex++) {
    const src = data.sources[sourceIndex]!;
    for (const before of src.analysis.mentions) {
      if (before.role !== 'from' || before.base === null) continue;
      const after = sentenceMentions(src.analysis, before.sentence.start)
        .find((m: AnalysedMention) => m !== before && m.role === 'to' && m.family === before.family && m.base !== null);
      if (after) yield { sourceIndex, before, after };
    }
  }
}
