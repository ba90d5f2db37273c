// Fact-box suggestions: 3–6 "Label: fact" bullets, most important first, each citing the
// source characters it was built from. Bullet text is made of the sources' own words (whole
// clauses with only safe deletions, at most 25 words), so a bullet can never state a figure no source states;
// the only composed bullets are casualty and distance summaries, whose figures are the
// sources' own mentions, and a range when sources disagree. A bullet may take its subject's
// name from elsewhere in the story ("He was shot down" -> "Bader was shot down", "The
// 39-year-old paid tribute" -> "Locke, 39, paid tribute"), citing where the name stands.
// This file reads the sources into sentences and runs the steps in order: the composed bullets
// (casualtyCandidates, distanceCandidates, keyFigureCandidates), each sentence's bullets
// (sentenceCandidates, speakerStatements, quotedStatements), then the choice (pickBullets) and
// the names (introduceNames). Each step lives in the module named after it.
import type { Citation, FactBoxBullet, Mention, SourceDocument } from '../types.ts';
import { findMentions } from '../mentions/findMentions.ts';
import { splitSentences } from '../text/splitSentences.ts';
import { findPageChrome, type ChromeSpan } from './findPageChrome.ts';
import { introduceNames } from './introduceNames.ts';
import { MAX_BULLET_WORDS } from './bulletShape.ts';
import { contentKeys, tokenize } from './factText.ts';
import type { Candidate, Sentence } from './candidate.ts';
import { MAX_ANALYSED_CHARS } from './storyWords.ts';
import { MIN_BULLET_WORDS } from './standsAlone.ts';
import { antecedentOf, mainPersonAntecedent, type NamedSubject } from './namedSubject.ts';
import { figureWeights, wordWeights } from './wordWeights.ts';
import { casualtyCandidates } from './casualtyCandidates.ts';
import { distanceCandidates } from './distanceCandidates.ts';
import { resultCandidates } from './resultCandidates.ts';
import { keyFigureCandidates } from './keyFigureCandidates.ts';
import { openingWords } from './openingWords.ts';
import { quotedStatements, speakerStatements } from './quotedStatements.ts';
import { sentenceCandidates } from './sentenceCandidates.ts';
import { pickBullets } from './pickBullets.ts';

export interface FactBoxOptions {
  /** Most bullets to return (3–6); default 6. */
  readonly maxBullets?: number;
  /** Longest bullet text in words; default (and at most) 25. */
  readonly maxWords?: number;
}

const MAX_SENTENCE_TOKENS = 80;

/** Share of content words two sentences must share to count as the same fact restated. */
const REPEAT_OVERLAP = 0.6;
/** Clause bullets come from each source's first sentences; later ones rarely hold box facts. */
const MAX_CLAUSE_RANK = 60;

export function suggestFactBox(sources: readonly SourceDocument[], options: FactBoxOptions = {}): FactBoxBullet[] {
  const maxBullets = Math.max(1, Math.min(options.maxBullets ?? 6, 6));
  const maxWords = Math.max(MIN_BULLET_WORDS, Math.min(options.maxWords ?? MAX_BULLET_WORDS, MAX_BULLET_WORDS));
  const sentences: Sentence[] = [];
  const usable = sources.filter((source) => typeof source?.text === 'string' && source.text.trim() !== '');
  // With many sources the box comes from their leads; figures are read only where bullets can
  // come from, which keeps a 200-source story fast.
  const clauseRankLimit = usable.length <= 1 ? MAX_CLAUSE_RANK : Math.max(15, Math.round(MAX_CLAUSE_RANK / Math.sqrt(usable.length)));
  for (const source of usable) {
    const text = source.text.length > MAX_ANALYSED_CHARS ? source.text.slice(0, MAX_ANALYSED_CHARS) : source.text;
    const spans = withoutChrome(splitSentences(text), findPageChrome(text));
    const analysedEnd = spans[Math.min(spans.length, clauseRankLimit + 1) - 1]?.end ?? 0;
    const mentions = findMentions(text.slice(0, analysedEnd));
    let position = 0;
    let mi = 0;
    let open = 0;
    let previousEnd = 0;
    for (const s of spans) {
      // A quotation runs on into the next paragraph only when that paragraph opens with a mark of
      // its own (the newsroom convention for a quote over several paragraphs): a paragraph that
      // opens without one is the reporter's again, whatever mark the last one left unclosed.
      if (/\n/.test(text.slice(previousEnd, s.start)) && !/^\s*[‘“"']/.test(text.slice(s.start, s.end))) open = 0;
      previousEnd = s.end;
      const quoted = open > 0;
      open = quotationOpenAfter(text.slice(s.start, s.end), open);
      while (mi < mentions.length && mentions[mi]!.end <= s.start) mi++;
      const inside: Mention[] = [];
      for (let j = mi; j < mentions.length && mentions[j]!.start < s.end; j++) {
        if (mentions[j]!.start >= s.start && mentions[j]!.end <= s.end) inside.push(mentions[j]!);
      }
      const tokens = tokenize(text, s.start, s.end);
      if (tokens.length === 0) continue;
      sentences.push({
        source, start: s.start, end: s.end, position, rank: position++, analysed: s.end <= analysedEnd,
        tokens: tokens.slice(0, MAX_SENTENCE_TOKENS), complete: tokens.length <= MAX_SENTENCE_TOKENS, mentions: inside, quoted,
      });
    }
  }
  if (sentences.length === 0) return [];

  promoteRepeatedFacts(sentences);
  const names = new Set<string>();
  const weights = wordWeights(sentences, names);
  const special = [...casualtyCandidates(sentences), ...distanceCandidates(sentences), ...resultCandidates(usable, sentences)];
  // Figures with a bullet of their own are not repeated among the key figures.
  const taken = new Set(special.flatMap((c) => [...c.figures]));
  const candidates: Candidate[] = [...special, ...keyFigureCandidates(sentences, taken)];
  let antecedent: NamedSubject | undefined;
  sentences.forEach((sentence, i) => {
    const before = sentences[i - 1];
    antecedent = before && before.source === sentence.source && before.position === sentence.position - 1 ? antecedentOf(before, sentence, antecedent) ?? mainPersonAntecedent(sentences, i) : undefined;
    const after = sentences[i + 1];
    // "The Duchess is a modern-day suffragette … Or so says actress Patsy Kensit.": the claim is
    // hers, and a bullet cannot carry a speaker from another sentence, so it is no bullet.
    // Where the next sentence names the speaker in words a bullet can close on ("Or so says actress
    // Patsy Kensit"), the claim stands with its speaker: "… is a modern-day suffragette, says
    // actress Patsy Kensit".
    if (after && after.source === sentence.source && attributesPrevious(after)) {
      const speaker = closingSpeaker(after);
      if (speaker && sentence.analysed && sentence.rank <= clauseRankLimit) candidates.push(...withSpeaker(sentenceCandidates(sentence, maxWords - speaker.words, antecedent), speaker));
      return;
    }
    if (sentence.analysed && sentence.rank <= clauseRankLimit) {
      candidates.push(...sentenceCandidates(sentence, maxWords, antecedent));
      if (before && before.source === sentence.source && before.position === sentence.position - 1) candidates.push(...speakerStatements(before, sentence, maxWords));
      candidates.push(...quotedStatements(sentence, maxWords, sentences[i - sentence.position]));
    }
  });
  return introduceNames(pickBullets(candidates, weights, figureWeights(sentences), names, maxBullets, openingWords(sentences, names)), usable);
}

/**
 * A sentence that gives the one before it to a speaker: "Or so says actress …", "So claims …",
 * "That is according to …", "That's the view of …", "At least, that is what … believes".
 */
const ATTRIBUTES_PREVIOUS = /^(?:(?:Or|At least),?\s+)?(?:so\s+(?:says|said|say|claims?|claimed|believes?|believed|thinks?|thought|argues?|argued|insists?|insisted)\b|(?:that|this)(?:'s|’s|\s+is|\s+was)\s+(?:according\s+to|the\s+(?:view|verdict|opinion|claim|belief|conclusion)\s+of|what\s+(?:\S+\s+){1,6}?(?:says?|said|claims?|claimed|believes?|believed|thinks?|thought))\b)/i;

/** Whether a sentence attributes the one before it to a speaker (see ATTRIBUTES_PREVIOUS). */
function attributesPrevious(sentence: Sentence): boolean {
  return ATTRIBUTES_PREVIOUS.test(sentence.source.text.slice(sentence.start, sentence.end).trimStart());
}

/** "Or so says actress Patsy Kensit, who …", "So claims the report": the verb of saying and the speaker after it. */
const SO_SAYS = /^(?:(?:Or|At least),?\s+)?so\s+(says|said|claims?|claimed|believes?|believed|thinks?|thought|argues?|argued|insists?|insisted)\s+((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+?)(?=,|\.|;|$)/iu;
/** Longest speaker phrase a bullet closes on, in words ("actress Patsy Kensit"). */
const MAX_SPEAKER_WORDS = 7;

interface ClosingSpeaker {
  readonly text: string;
  readonly words: number;
  readonly citation: Citation;
}

/** The verb of saying and speaker of an "Or so says …" sentence, as the words a bullet closes on. */
function closingSpeaker(after: Sentence): ClosingSpeaker | undefined {
  const raw = after.source.text.slice(after.start, after.end);
  const lead = raw.length - raw.trimStart().length;
  const m = SO_SAYS.exec(raw.trimStart());
  if (!m) return undefined;
  const phrase = `${m[1]!.toLowerCase()} ${m[2]!}`;
  const words = phrase.split(/\s+/).length;
  if (words > MAX_SPEAKER_WORDS + 1 || !/\p{Lu}/u.test(m[2]!)) return undefined;
  const start = after.start + lead + m[0].length - m[2]!.length - m[1]!.length - 1;
  return { text: phrase, words, citation: { sourceId: after.source.id, start, end: after.start + lead + m[0].length } };
}

/** Each bullet of the claimed sentence closed on its speaker: "…, says actress Patsy Kensit". */
function withSpeaker(candidates: readonly Candidate[], speaker: ClosingSpeaker): Candidate[] {
  return candidates.map((c) => {
    const text = `${c.text}, ${speaker.text}`;
    return { ...c, text, citations: [...c.citations, speaker.citation], words: c.words + speaker.words, keys: new Set(contentKeys(text)) };
  });
}

/** Sentences a quotation may run over before an unclosed mark is taken for a stray one. */
const MAX_QUOTED_SENTENCES = 6;

/**
 * How many sentences a quotation still runs after this one: `open` carried in, reset when the
 * sentence closes it, set when it opens one it does not close ("‘You might win it … Then the guys
 * … feel like the cavalry have arrived."). Apostrophes inside words are neither.
 */
function quotationOpenAfter(sentence: string, open: number): number {
  let inside = open > 0;
  // A possessive or contraction typed after a space ("JPMorgan Asset Management 's strategist") is
  // no opening mark.
  for (const m of sentence.matchAll(/(?<=^|[\s(])(?:[‘“"]|'(?!(?:s|t|re|ll|ve|d|m)\b))(?=\S)|(?<=\S)[’”'"](?=$|[\s,.;:!?)-])/gu)) {
    const mark = m[0];
    const opening = m.index === 0 || /[\s(]/.test(sentence.charAt(m.index - 1));
    if (!inside && opening && /[‘“'"]/.test(mark)) inside = true;
    else if (inside && !opening) inside = false;
  }
  if (!inside) return 0;
  return open > 0 ? (open >= MAX_QUOTED_SENTENCES ? 0 : open + 1) : 1;
}

/** Sentence spans with page furniture cut out: what remains on either side is its own span. */
function withoutChrome(spans: readonly { start: number; end: number }[], chrome: readonly ChromeSpan[]): { start: number; end: number }[] {
  if (chrome.length === 0) return [...spans];
  const out: { start: number; end: number }[] = [];
  let ci = 0;
  for (const span of spans) {
    let start = span.start;
    while (ci < chrome.length && chrome[ci]!.end <= start) ci++;
    for (let j = ci; j < chrome.length && chrome[j]!.start < span.end; j++) {
      if (chrome[j]!.start > start) out.push({ start, end: chrome[j]!.start });
      start = Math.max(start, chrome[j]!.end);
    }
    if (start < span.end) out.push({ start, end: span.end });
  }
  return out;
}

/**
 * A fact stated twice (a caption repeating the lead, a second source repeating the first) is
 * one the writers thought mattered: both statements rank as the earlier one, and a little higher.
 */
function promoteRepeatedFacts(sentences: Sentence[]): void {
  const keySets = sentences.map((s) => new Set(contentKeys(s.source.text.slice(s.start, s.end))));
  const limit = Math.min(sentences.length, 400);
  for (let i = 0; i < limit; i++) {
    const a = keySets[i]!;
    if (a.size < 4) continue;
    for (let j = i + 1; j < limit; j++) {
      const b = keySets[j]!;
      if (b.size < 4) continue;
      let shared = 0;
      for (const k of a) if (b.has(k)) shared++;
      if (shared / Math.min(a.size, b.size) < REPEAT_OVERLAP) continue;
      const si = sentences[i]!;
      const sj = sentences[j]!;
      const best = Math.max(0, Math.min(si.rank, sj.rank) - 1);
      si.rank = Math.min(si.rank, best);
      sj.rank = Math.min(sj.rank, best);
    }
  }
}
