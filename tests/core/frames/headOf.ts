// The head noun the engine reads for a figure, as frame tests ask it: the first mention whose text
// is exactly `figure`.
import { analyseText } from '../../../core/check/analyseText.ts';

export const headOf = (text: string, figure: string): string | undefined =>
  analyseText(text).mentions.find((a) => text.slice(a.m.start, a.m.end) === figure)?.frame.head;
