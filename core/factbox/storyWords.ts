// What the fact-box rules read once per source, cached against the source itself: how the
// story writes each word and which words it keeps returning to. Kept apart so the caption,
// trivia, subject and source-slip checks ask the same cache instead of each scanning the text again.
import type { SourceDocument } from '../types.ts';
import { storyRepeats, type StoryWords } from './isTrivia.ts';
import { findSourceTypos } from './findSourceTypos.ts';
import { wordKey } from './factText.ts';

/** Sources larger than this are analysed only up to it: the lead is where fact-box facts live. */
export const MAX_ANALYSED_CHARS = 200_000;

const storyWordCache = new WeakMap<SourceDocument, StoryWords>();

/** What isTrivia needs to know of a source: its repeated words and how it writes each word (computed once per source). */
export function storyWords(source: SourceDocument): StoryWords {
  let story = storyWordCache.get(source);
  if (!story) {
    story = { repeated: storyRepeats(source.text.slice(0, MAX_ANALYSED_CHARS)), cases: wordCase(source) };
    storyWordCache.set(source, story);
  }
  return story;
}

const wordCases = new WeakMap<SourceDocument, Map<string, { lower: number; capitalised: number }>>();

/** How often each word of a source is written in lower case and capitalised (computed once per source). */
export function wordCase(source: SourceDocument): Map<string, { lower: number; capitalised: number }> {
  let map = wordCases.get(source);
  if (map) return map;
  map = new Map();
  for (const word of source.text.slice(0, MAX_ANALYSED_CHARS).match(/\p{L}+/gu) ?? []) {
    const key = word.toLowerCase();
    const entry = map.get(key) ?? { lower: 0, capitalised: 0 };
    if (word === key) entry.lower++;
    else entry.capitalised++;
    map.set(key, entry);
  }
  wordCases.set(source, map);
  return map;
}

const typoCache = new WeakMap<SourceDocument, ReadonlySet<string>>();

/** The source's misspelt names (see findSourceTypos), computed once per source. */
export function sourceTypos(source: SourceDocument): ReadonlySet<string> {
  let typos = typoCache.get(source);
  if (!typos) {
    typos = findSourceTypos(source.text);
    typoCache.set(source, typos);
  }
  return typos;
}

const firstMentions = new WeakMap<SourceDocument, ReadonlyMap<string, number>>();

/** Where the story first uses each word (by its key), computed once per source. */
export function firstMention(source: SourceDocument): ReadonlyMap<string, number> {
  let map = firstMentions.get(source);
  if (!map) {
    const out = new Map<string, number>();
    for (const m of source.text.slice(0, MAX_ANALYSED_CHARS).matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      const key = wordKey(m[0]);
      if (key !== undefined && !out.has(key)) out.set(key, m.index);
    }
    map = out;
    firstMentions.set(source, map);
  }
  return map;
}
