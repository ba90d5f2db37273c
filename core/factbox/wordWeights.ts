// What the story's words and figures are worth to a fact box, measured over all its sentences
// before any bullet is chosen: the selection scores a bullet by the worth of what it adds.
import { wordKey } from './factText.ts';
import { figureKey, isFigure, type Sentence } from './candidate.ts';

/**
 * How likely a word is to belong in the fact box, as measured on newsroom highlights: the more
 * often the story uses a word the likelier (a third at two uses, over half at five), words the
 * story introduces after its first few sentences rarely are (a word first used in sentence 8
 * is a fifth as likely as one from the lead), and names are likelier than common words.
 */
export function wordWeights(sentences: readonly Sentence[], names: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const caps = new Map<string, number>();
  const first = new Map<string, number>();
  const sources = new Set<string>();
  for (const s of sentences) {
    sources.add(s.source.id);
    const text = s.source.text.slice(s.start, s.end);
    for (const piece of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const key = wordKey(piece);
      if (key === undefined) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (/^\p{Lu}/u.test(piece)) caps.set(key, (caps.get(key) ?? 0) + 1);
      if (!first.has(key) || first.get(key)! > s.rank) first.set(key, s.rank);
    }
  }
  const perSource = Math.sqrt(sources.size);
  const weights = new Map<string, number>();
  for (const [key, n] of counts) {
    const tf = n / perSource;
    const byCount = tf / (tf + 4);
    const byPosition = 1 / (1 + ((first.get(key) ?? 0) / 3.5) ** 2);
    // Mostly capitalised: a name.
    const named = (caps.get(key) ?? 0) > n / 2 ? 1.6 : 1;
    if (named > 1) names.add(key);
    weights.set(key, 10 * byCount * byPosition * named);
  }
  return weights;
}

/**
 * What each figure is worth, as a multiple of FIGURE_BONUS: a figure the story repeats or states
 * in its lead is one it turns on (the score, the sentence, the death toll); one stated once deep
 * in the story is detail. Set on factbox-dev, where highlights' figures come from the first five
 * sentences seven times in ten.
 */
export function figureWeights(sentences: readonly Sentence[]): Map<string, number> {
  const stated = new Map<string, { n: number; first: number }>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!isFigure(m)) continue;
      const key = figureKey(m);
      const e = stated.get(key) ?? { n: 0, first: Infinity };
      e.n++;
      e.first = Math.min(e.first, s.rank);
      stated.set(key, e);
    }
  }
  const out = new Map<string, number>();
  for (const [key, { n, first }] of stated) {
    out.set(key, (first < LEAD_FIGURE_SENTENCES ? LEAD_FIGURE : 1) * (n > 1 ? REPEATED_FIGURE : 1) * (first >= LATE_FIGURE_RANK ? LATE_FIGURE : 1));
  }
  return out;
}
/** Sentences that make up the lead for figures, and the multiples for lead, repeated and late figures. */
const LEAD_FIGURE_SENTENCES = 5;
const LEAD_FIGURE = 2;
const REPEATED_FIGURE = 1.5;
const LATE_FIGURE_RANK = 12;
const LATE_FIGURE = 0.5;
