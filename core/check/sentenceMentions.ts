// A text's mentions grouped by sentence, built once per analysed text: rules that read a source
// sentence's other figures (its dates, its ages) look them up here instead of walking every
// mention of every source for each draft figure.
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { perText } from './perText.ts';

const bySentence = perText((t) => {
  const c = new Map<number, AnalysedMention[]>();
  for (const a of t.mentions) {
    const list = c.get(a.sentence.start) ?? [];
    list.push(a);
    c.set(a.sentence.start, list);
  }
  return c;
});

/** The mentions of the sentence starting at `sentenceStart`, in text order. */
export function sentenceMentions(t: AnalysedText, sentenceStart: number): readonly AnalysedMention[] {
  return bySentence(t).get(sentenceStart) ?? [];
}

const sentenceOrder = perText((t) => new Map(t.sentences.map((s, i) => [s.start, i])));

/** The place of `a`'s sentence in its text (0 for the first): how many sentences apart two figures stand. */
export function sentenceIndexOf(t: AnalysedText, a: AnalysedMention): number {
  return sentenceOrder(t).get(a.sentence.start) ?? -1;
}

/** The mentions of `a`'s sentence before it: the figures a draft works a figure out from ("56 cases, 37 of them fatal, about two-thirds"). */
export function mentionsBefore(t: AnalysedText, a: AnalysedMention): readonly AnalysedMention[] {
  return sentenceMentions(t, a.sentence.start).filter((p) => p.m.end <= a.m.start);
}
