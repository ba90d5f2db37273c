// The "Key figures" bullet: the story's amounts, each with what it counts in the source's own
// words, a list a reader can scan for the numbers the story turns on.
import type { Citation, Mention } from '../types.ts';
import { isParticiple } from './headlineDrops.ts';
import { danglingEnd, unbalanced } from './bulletShape.ts';
import { NUMBER_WORDS, STOP_WORDS, contentKeys, wordKey } from './factText.ts';
import { figureKey, isFigure, positionPrior, type Candidate, type Sentence } from './candidate.ts';

/**
 * Key figures come from a story's first twenty sentences, earliest first: the lead rarely
 * gives every figure the story turns on (the score, the age, the date of the hearing).
 */
const MAX_KEY_FIGURE_RANK = 20;

/** Words after a figure that are not what it counts: connectives and prepositions ("No 2 under Johnston"). */
const NOT_COUNTED = /^(?:and|or|but|after|before|when|who|which|that|under|against|below|above|behind|between|among|across|through|towards?|without|within|near|since|until|during|despite|via|because|due|thanks|owing|as|so)$/;
const CLOCK_TIME = /^\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu;
/** Words that modify the noun a figure counts rather than name it. */
const ADJECTIVE = /^(?:last|next|current|former|final|other|same|top|new|old|rapid|successive|consecutive|straight|further|extra|federal|foreign|local|national|international|domestic|senior|junior|\p{Ll}+(?:ous|ful|ible|able|ical|ional))$/u;
/** Nouns too general to make a counted figure worth listing. */
const GENERIC_NOUNS = /^(?:times?|things?|ways?|ones?|lots?|parts?|bits?|kinds?|sorts?|others?|occasions?)$/i;

/** Kinds of figure a key-figures list gives: amounts of something, never an age, a date or a rank. */
// Not a fraction: "half of the draw" names a share of something the list does not say (blind reading u3).
const COUNTED_KINDS: ReadonlySet<string> = new Set(['count', 'percent', 'money', 'quantity', 'duration', 'age']);
/** Prepositions that open the context of a counted noun: "in seven states", "of snow", "near Boulder". */
const CONTEXT_PREPOSITIONS = /^(?:of|in|at|on|from|across|near|for|per|outside|inside)$/;
/** Verbs and adverbs that can follow a figure but are not what it counts ("one post read", "eight months earlier"). */
const NOT_A_COUNTED_NOUN = /^(?:\p{Ll}+ing|read|earlier|later|ago|before|after|away|apart|more|less|too|each|apiece|rather|instead)$/u;
/** Nouns that need context to say what is counted: "two people", "one point", "one generation". */
const VAGUE_COUNTED = /^(?:people|persons?|men|women|points?|generations?|times?|years?|months?|weeks?|days?|hours?|minutes?|members?|others?|cases?|incidents?)$/i;
/** What a match is scored or played in, which only a player's or a side's name makes a fact. */
const MATCH_TALLY = /^(?:catches|overs|runs|wickets|goals|tries|points|frames|sets|birdies|bogeys|innings|saves|assists|centuries|boundaries|sixes|fours)$/i;
/** Words that open a verb's object or particle: after an "-s" word they show it is a verb. */
const OBJECT_START = /^(?:the|a|an|his|her|their|its|him|them|it|this|that|off|up|out|down)$/;
/** Whether two figures state about the same amount (within 5%): "450,000 followers", "451,000 followers". */
function sameAmount(a: Mention, b: Mention): boolean {
  if (a.value === null || b.value === null) return false;
  return Math.abs(a.value - b.value) <= 0.05 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** A plural noun: "-s" or an irregular plural ("people", "children", "police"). */
const PLURAL_NOUN = /(?:[^s']s|people|men|women|children|police|staff|sheep|fish|cattle|feet|teeth|mice|geese|data|media|crew|personnel|livestock|deer|aircraft)$/;
/** Longest context after the counted noun, in words, not counting its preposition. */
const MAX_CONTEXT_WORDS = 4;
/** A fact file's label in capitals: "AGE: 27", "CLUBS (League record only)". */
const FACT_PANEL = /\b\p{Lu}{3,}(?::\s|\s+\()/u;
/** A sentence with at least this many figures and fewer than this many words per figure is a table of statistics. */
const TABLE_FIGURES = 5;
const TABLE_TOKENS_PER_FIGURE = 3;
/** Longest key-figures bullet in words: a list read at a glance. */
const KEY_FIGURES_WORDS = 20;

/** A word that can belong to the noun phrase a figure counts ("long-range", "transfer", "windows"). */
function nounPhraseWord(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !STOP_WORDS.has(w) && !NOT_COUNTED.test(w) && !/ly$/.test(w) && !NUMBER_WORDS.test(w);
}

/**
 * The phrase that says what a figure counts, in the source's words: the figure, the noun phrase
 * after it and a short context ("40 million people in seven states", "39-vehicle pileup near
 * Boulder", "tweets for $20"); undefined when the source does not say.
 */
export function countedPhrase(text: string, m: Mention, sentenceStart: number, sentenceEnd: number): { start: number; end: number } | undefined {
  const own = text.slice(m.start, m.end);
  const re = /\s+(\S+)/gy;
  re.lastIndex = m.end;
  const words: { raw: string; end: number }[] = [];
  if (!/[,;:.!?)]$/.test(own)) {
    for (let w = re.exec(text); w && re.lastIndex <= sentenceEnd && words.length < 12; w = re.exec(text)) words.push({ raw: w[1]!, end: re.lastIndex });
  }
  const bare = (raw: string) => raw.replace(/[,;:.!?)"”’']+$/u, '');
  let end = m.end;
  let i = 0;
  // The noun phrase: up to three words, the first not a verb ("three testified", "28 made").
  while (i < words.length && i < 3 && (nounPhraseWord(bare(words[i]!.raw)) || (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(bare(words[i]!.raw)) && nounPhraseWord(bare(words[i + 1]?.raw ?? ''))))) {
    const w = bare(words[i]!.raw).toLowerCase();
    if (/[^e]ed$/.test(w) || isParticiple(w) || GENERIC_NOUNS.test(w) || NOT_A_COUNTED_NOUN.test(w)) break;
    // After an age a singular noun follows ("14-year-old girl"); an "-s" word is its verb ("28-year-old faces").
    if (m.kind === 'age' && /[^s]s$/.test(w)) break;
    // An "-s" word before an object is the verb, not the noun: "nine-year-old kicks the ball",
    // "three coaches watches the clip".
    if (/[^s']s$/.test(w) && OBJECT_START.test(bare(words[i + 1]?.raw ?? ''))) break;
    end = words[i]!.end - (words[i]!.raw.length - bare(words[i]!.raw).length);
    i++;
    if (bare(words[i - 1]!.raw) !== words[i - 1]!.raw) break;
    // A plural after a modifier closes the phrase: "two transfer windows".
    if (/[^s]s$/.test(w) && i > 0 && i < 3 && !nounPhraseWord(bare(words[i]?.raw ?? ''))) break;
  }
  // An amount counts what its "of" names: "11 inches of snow", "nine per cent of Germans".
  const ofPhrase = i === 0 && (m.kind === 'quantity' || m.kind === 'percent' || m.kind === 'fraction') && words[0]?.raw === 'of';
  const counted = ofPhrase || (i > 0 && !ADJECTIVE.test(bare(words[i - 1]!.raw).toLowerCase()));
  // The context: a preposition and up to four words that end at a natural boundary.
  let contextEnd = end;
  if (counted && i < words.length && (i === 0 || words[i - 1]!.raw === bare(words[i - 1]!.raw)) && CONTEXT_PREPOSITIONS.test(words[i]!.raw)) {
    let j = i + 1;
    let content = 0;
    while (j < words.length && j - i <= MAX_CONTEXT_WORDS) {
      const raw = words[j]!.raw;
      const w = bare(raw).toLowerCase();
      // A capital after a common noun starts something else ("… of child pornography Police").
      if (/^\p{Lu}/u.test(raw) && j > i + 1 && /^\p{Ll}/u.test(words[j - 1]!.raw) && !STOP_WORDS.has(bare(words[j - 1]!.raw))) break;
      if (STOP_WORDS.has(w) && !/^(?:the|a|an|of)$/.test(w)) break;
      // A clock time ("at 11pm") dates the event; it is not what the figure counts.
      if (/[^e]ed$/.test(w) || isParticiple(w) || NOT_A_COUNTED_NOUN.test(w) || /\d/.test(w)) break;
      if (!STOP_WORDS.has(w)) content++;
      j++;
      if (raw !== bare(raw) || (/[^s]s$/.test(w) && /^\p{Ll}/u.test(raw))) break;
    }
    const last = words[j - 1];
    const closed = j >= words.length || last!.raw !== bare(last!.raw) || STOP_WORDS.has(bare(words[j]!.raw).toLowerCase()) || /[^s]s$/.test(bare(last!.raw));
    if (content > 0 && closed && last && !STOP_WORDS.has(bare(last.raw).toLowerCase())) {
      contextEnd = last.end - (last.raw.length - bare(last.raw).length);
    }
  }
  // "24 dress", "two jersey": a count above one before a singular noun is part of a name or a
  // size ("a size 24 dress", "the No 2 jersey"), not what it counts.
  if (counted && i > 0 && m.kind === 'count' && (m.value ?? 0) > 1 && !/-/.test(own) && !PLURAL_NOUN.test(bare(words[i - 1]!.raw).toLowerCase())) return undefined;
  // A match's tally ("Four catches in Pakistan's first innings", "63 overs") is some player's or
  // side's; listed without them it says whose to no one (blind reading u3).
  if (counted && i > 0 && MATCH_TALLY.test(bare(words[i - 1]!.raw))) return undefined;
  // A single noun with no context ("two people", "one point") says too little on its own.
  if (counted && (i >= 2 || contextEnd > end || m.kind === 'money' || m.kind === 'percent' || !VAGUE_COUNTED.test(bare(words[0]!.raw)))) return { start: m.start, end: contextEnd };
  if (counted) return undefined;
  // An amount with no noun after it takes the noun before it: "tweets for $20", "fine of £2 million",
  // "jailed for 15 months".
  if (m.kind === 'money' || m.kind === 'percent' || m.kind === 'duration' || m.kind === 'quantity') {
    // Not "at" ("tipped the scales at 20 stone", "bail set at $1 million"): what stands before it is no noun the amount counts.
    const before = /(\p{Ll}[\p{Ll}-]+)\s+(?:of|worth|for)\s+$/u.exec(text.slice(Math.max(sentenceStart, m.start - 40), m.start));
    // A duration takes the verb it measures ("imprisoned for 18 months"), not any noun ("dreams of one day").
    // "tweets for $20", "fine of £2 million"; not a verb's "sell for up to £2,000".
    const fits = before && !STOP_WORDS.has(before[1]!) && (m.kind === 'duration' ? isParticiple(before[1]!) : /of\s+$|worth\s+$/.test(before[0]) || PLURAL_NOUN.test(before[1]!));
    if (fits) return { start: m.start - before[0].length, end: m.end };
  }
  return undefined;
}

/**
 * A "Key figures" bullet: the story's amounts, each with what it counts in the source's own
 * words ("eight counts of child pornography; 40 million people in seven states"), those the
 * story repeats first, then the earliest. Ages, dates, years, ranks and clock times are not
 * key figures: a list of them says nothing of what they measure.
 */
export function keyFigureCandidates(sentences: readonly Sentence[], taken: ReadonlySet<string>): Candidate[] {
  const phrases: { text: string; counted: string; citation: Citation; key: string; rank: number; mention: Mention }[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    if (s.rank > MAX_KEY_FIGURE_RANK) continue;
    // A line of statistics ("3 apps, 0 goals; 97 apps, 22 goals") is a table, not the story's figures.
    if (s.mentions.length >= TABLE_FIGURES && s.tokens.length < s.mentions.length * TABLE_TOKENS_PER_FIGURE) continue;
    // A fact file run into the sentence ("… AGE: 27 CLUBS (League record only) Real Madrid (2006-09): 97 apps, 22 goals"):
    // its figures are a panel's, read only up to its first label in capitals.
    const text = s.source.text;
    const panel = FACT_PANEL.exec(text.slice(s.start, s.end));
    const panelStart = panel ? s.start + panel.index : s.end;
    for (const m of s.mentions) {
      if (m.start >= panelStart) break;
      if (!isFigure(m) || !COUNTED_KINDS.has(m.kind)) continue;
      // "one client", "11-year-olds": a single one is not a key figure, a compound's first half is not a figure.
      if ((m.kind === 'count' && m.value === 1) || /^-/.test(text.slice(m.end, m.end + 1))) continue;
      const key = figureKey(m);
      if (seen.has(key) || taken.has(key)) continue;
      if (CLOCK_TIME.test(text.slice(m.start, m.end + 4))) continue;
      const own = text.slice(m.start, m.end);
      // "9/11", "24/7", a score "2-1", a date "12/04": a figure joined to another by a slash or
      // dash is a name, a score or a date, never a count of what follows it.
      if (inSlashOrScore(text, m)) continue;
      // "Zero Night", "Second World War": a capitalised number word is part of a name.
      if (/^[A-Z][a-z]/.test(own) && /^\s+[A-Z]/.test(text.slice(m.end, m.end + 2))) continue;
      // "a 39-year-old", "one of": not an amount.
      // An age is a key figure only with the noun it describes ("39-year-old former defender").
      if ((m.kind === 'age' && !/-old$/i.test(own)) || /^\s+of\s+(?:the|his|her|their)\b/.test(text.slice(m.end, m.end + 12)) && m.kind === 'count' && !/\d/.test(own)) continue;
      const span = countedPhrase(text, m, s.start, s.end);
      if (!span) continue;
      // "seven states" inside "40 million people in seven states" is already listed.
      if (phrases.some((p) => p.citation.sourceId === s.source.id && p.citation.start <= span.start && span.end <= p.citation.end)) continue;
      seen.add(key);
      const phrase = text.slice(span.start, span.end).replace(/\s+/g, ' ');
      // A figure alone ("half", "£150,000") does not say what it counts; "six games" or "two
      // suspects" says what but not of what: an item reads alone only as figure, noun and
      // context ("39 vehicles in pileup near Boulder", "17 goals for Rayo Vallecano").
      if (!/\s/.test(phrase) || !readsAlone(span, m, text)) continue;
      // "around 70% of the world's": an item cut before its noun is no figure with what it counts.
      // "57 victims of homicide (murders": nor one cut inside its brackets.
      // "48 balls in the second": a context that ends on an ordinal has lost its noun.
      if (danglingEnd(phrase) || unbalanced(phrase) || /\b(?:first|second|third|fourth|fifth|last|next)$/i.test(phrase)) continue;
      // The noun counted, by its head word ("followers", "suspects"): one count of a thing is enough.
      const counted = wordKey((span.start < m.start ? text.slice(span.start, m.start) : text.slice(m.end, span.end)).trim().split(/\s+/)[0] ?? '') ?? '';
      phrases.push({ text: phrase, counted, citation: { sourceId: s.source.id, start: span.start, end: span.end }, key, rank: s.rank, mention: m });
    }
  }
  // A figure the story states more than once (the score, the fee, the length of the ban) is
  // one it turns on: repeated figures come first, then the earliest.
  const stated = new Map<string, number>();
  for (const s of sentences) for (const m of s.mentions) if (isFigure(m)) stated.set(figureKey(m), (stated.get(figureKey(m)) ?? 0) + 1);
  const repeated = (p: { key: string }) => Number((stated.get(p.key) ?? 0) > 1);
  phrases.sort((a, b) => repeated(b) - repeated(a) || a.rank - b.rank);
  const chosen: typeof phrases = [];
  let words = 0;
  for (const p of phrases) {
    // "450,000 followers" then "451,000 followers", "two suspects" then "three suspects in the theft".
    if (p.counted !== '' && chosen.some((c) => c.counted === p.counted && sameAmount(c.mention, p.mention))) continue;
    const w = p.text.split(/\s+/).length;
    if (words + w > KEY_FIGURES_WORDS) break;
    chosen.push(p);
    words += w;
  }
  // One item is not a list, and a sentence bullet states its figure better; a weak list is worse than none.
  if (chosen.length < 2) return [];
  let text = chosen.map((p) => p.text).join('; ');
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return [{
    label: 'Key figures',
    text,
    citations: chosen.map((p) => p.citation),
    keys: new Set(contentKeys(text)),
    figures: new Set(chosen.map((p) => p.key)),
    words,
    prior: positionPrior(Math.min(...chosen.map((p) => p.rank))),
    bonus: 0,
    sentenceKey: 'key-figures',
    timeline: chosen.filter((p) => p.mention.kind === 'year').length * 3 >= chosen.length,
  }];
}

/** Whether a mention is one side of "9/11", "24/7", "2-1" or "12/04": a name, score or date. */
function inSlashOrScore(text: string, m: Mention): boolean {
  return /\d\s?[/–-]\s?$/.test(text.slice(Math.max(0, m.start - 3), m.start)) || /^\s?[/–-]\s?\d/.test(text.slice(m.end, m.end + 3))
    || /\d[/–-]\d/.test(text.slice(m.start, m.end));
}

/** Prepositions that give a counted noun its context: "goals for Rayo Vallecano", "vehicles in the pileup". */
const CONTEXT_AFTER_NOUN = /^\s+(?:\S+\s+){0,3}?(?:of|for|in|from|on|at|to|with|by|across|over|near|against|during|after|since)\s+\S/;

/** A key-figure item that reads alone: the figure first, then what it counts, then of what. */
function readsAlone(span: { start: number; end: number }, m: Mention, text: string): boolean {
  return span.start === m.start && m.kind !== 'age' && CONTEXT_AFTER_NOUN.test(text.slice(m.end, span.end));
}
