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

/**
 * The mentions of the sentence before `a`'s, when both are in one paragraph: copy gives a whole in
 * one sentence and works from it in the next ("70 passengers were hurt. 31 of them were admitted,
 * the other 39 went home").
 */
export function previousSentenceMentions(t: AnalysedText, a: AnalysedMention): readonly AnalysedMention[] {
  const i = sentenceOrder(t).get(a.sentence.start) ?? -1;
  const previous = i > 0 ? t.sentences[i - 1] : undefined;
  if (previous === undefined || t.text.slice(previous.end, a.sentence.start).includes('\n')) return [];
  return sentenceMentions(t, previous.start);
}

/** The mentions of `a`'s sentence before it: the figures a draft works a figure out from ("56 cases, 37 of them fatal, about two-thirds"). */
export function mentionsBefore(t: AnalysedText, a: AnalysedMention): readonly AnalysedMention[] {
  return sentenceMentions(t, a.sentence.start).filter((p) => p.m.end <= a.m.start);
}

/**
 * Runs of a text's consecutive mentions within one sentence, from each mention on: a run grows
 * while `fits` accepts the next mention (given the run so far), up to `max` mentions, and each run
 * of two or more is yielded as it grows ("12 staff and seven patients" yields [12, seven]). The
 * rules that add a source's side-by-side figures up (sumOfParts, totalOfSourceParts) walk these.
 */
export function* mentionRuns(t: AnalysedText, max: number, fits: (run: readonly AnalysedMention[], m: AnalysedMention) => boolean): Generator<readonly AnalysedMention[]> {
  const ms = t.mentions;
  for (let k = 0; k < ms.length; k++) {
    const run: AnalysedMention[] = [];
    for (let r = k; r < ms.length && run.length < max; r++) {
      const m = ms[r]!;
      if ((run[0] !== undefined && m.sentence.start !== run[0].sentence.start) || !fits(run, m)) break;
      run.push(m);
      if (run.length >= 2) yield run;
    }
  }
}
