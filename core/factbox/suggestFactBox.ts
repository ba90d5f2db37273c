// Fact-box suggestions: 3–6 "Label: fact" bullets, most important first, each citing the
// source characters it was built from. Bullet text is made of the sources' own words (whole
// clauses with only safe deletions, at most 25 words), so a bullet can never state a figure no source states;
// the only composed bullets are casualty and distance summaries, whose figures are the
// sources' own mentions, and a range when sources disagree. A bullet may take its subject's
// name from elsewhere in the story ("He was shot down" -> "Bader was shot down", "The
// 39-year-old paid tribute" -> "Locke, 39, paid tribute"), citing where the name stands.
import type { Citation, FactBoxBullet, Mention, SourceDocument } from '../types.ts';
import { findMentions } from '../mentions/findMentions.ts';
import { splitSentences } from '../text/splitSentences.ts';
import { headlineDrops } from './headlineDrops.ts';
import { findPageChrome, type ChromeSpan } from './findPageChrome.ts';
import { compressions } from './compressSentence.ts';
import { introduceNames } from './introduceNames.ts';
import { MAX_BULLET_WORDS, statementProblems } from './bulletShape.ts';
import { STOP_WORDS, contentKeys, tokenize, type FactToken } from './factText.ts';
import { isFigure, positionPrior, type Candidate, type Sentence } from './candidate.ts';
import { MAX_ANALYSED_CHARS } from './storyWords.ts';
import { VERB_ADVERBS, verbForm } from './verbForm.ts';
import { DASH, findAsides } from './findAsides.ts';
import { NOT_NAMES } from './mainPerson.ts';
import { INDEFINITE_SUBJECT, MIN_BULLET_WORDS, describedSubject, emptyEvent, standsAlone, unnamedSubject } from './standsAlone.ts';
import { attributionLost } from './attributionLost.ts';
import { CAPTION_LABEL, GLUED_SENTENCE_START, gluedSentenceStart } from './gluedSentenceStart.ts';
import { AGE_DESCRIPTION, NAME_WORD, agedSubject, antecedentOf, openingPerson, pronounSubjectAt, type NamedSubject } from './namedSubject.ts';
import { buildCandidate } from './buildCandidate.ts';
import { figureWeights, wordWeights } from './wordWeights.ts';
import { casualtyCandidates } from './casualtyCandidates.ts';
import { distanceCandidates } from './distanceCandidates.ts';
import { keyFigureCandidates } from './keyFigureCandidates.ts';
import { LEAD_SENTENCES, OPENING_SENTENCES, openingWords } from './openingWords.ts';
import { pickBullets } from './pickBullets.ts';

export interface FactBoxOptions {
  /** Most bullets to return (3–6); default 6. */
  readonly maxBullets?: number;
  /** Longest bullet text in words; default (and at most) 25. */
  readonly maxWords?: number;
}

const MAX_SENTENCE_TOKENS = 80;

/** A present-tense verb in "-s" (not "is", "has", "was"): a caption's description of its picture. */
const PICTURE_VERB = /^(?!(?:is|has|was|this|his|its)$)\p{Ll}{2,}s$/u;
/** Where a caption run into a sentence stands for the lead: after that sentence's own paragraph, before the next one. */
const CAPTION_POSITION = 0.5;
/** A caption that says what a set of pictures shows: "A series of pictures by … show …", "These photos show …". */
const PICTURES_SHOW = /^(?:(?:A|The)\s+(?:series|set|collection)\s+of|These|The)\s+(?:[\p{Ll}-]+\s+)?(?:pictures|photos|photographs|images)\b[^.]{0,60}?\bshow\s/u;

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
    for (const s of spans) {
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
  const special = [...casualtyCandidates(sentences), ...distanceCandidates(sentences)];
  // Figures with a bullet of their own are not repeated among the key figures.
  const taken = new Set(special.flatMap((c) => [...c.figures]));
  const candidates: Candidate[] = [...special, ...keyFigureCandidates(sentences, taken)];
  let antecedent: NamedSubject | undefined;
  sentences.forEach((sentence, i) => {
    const before = sentences[i - 1];
    antecedent = before && before.source === sentence.source && before.position === sentence.position - 1 ? antecedentOf(before, sentence, antecedent) : undefined;
    const after = sentences[i + 1];
    // "The Duchess is a modern-day suffragette … Or so says actress Patsy Kensit.": the claim is
    // hers, and a bullet cannot carry a speaker from another sentence, so it is no bullet.
    if (after && after.source === sentence.source && attributesPrevious(after)) return;
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

/** Sentences a quotation may run over before an unclosed mark is taken for a stray one. */
const MAX_QUOTED_SENTENCES = 6;

/**
 * How many sentences a quotation still runs after this one: `open` carried in, reset when the
 * sentence closes it, set when it opens one it does not close ("‘You might win it … Then the guys
 * … feel like the cavalry have arrived."). Apostrophes inside words are neither.
 */
function quotationOpenAfter(sentence: string, open: number): number {
  let inside = open > 0;
  for (const m of sentence.matchAll(/(?<=^|[\s(])[‘“'"](?=\S)|(?<=\S)[’”'"](?=$|[\s,.;:!?)-])/gu)) {
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

/**
 * The sentence as a bullet: whole, or with only what can go without changing its meaning
 * (see compressSentence), headline style, and only in a version that stands as a statement.
 */
function sentenceCandidates(sentence: Sentence, maxWords: number, antecedent?: NamedSubject): Candidate[] {
  const { tokens, mentions } = sentence;
  const n = tokens.length;
  // Inside a quotation run over several sentences: someone's words, not the story's.
  if (sentence.quoted) return [];
  // Figures must stay whole ("more than 1,000 km"): no cut inside one.
  const noCutBefore = new Set<number>();
  for (const m of mentions) {
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (t.start > m.start && t.start < m.end) noCutBefore.add(i);
    }
  }
  /** Where a caption runs into the next sentence with no full stop. */
  const gluedAt: number[] = [];
  // "infra-red A rays": a lone "A" is too often a letter to end a sentence on.
  // After a closing bracket it is a new sentence: "… (pictured posed by model) A taxi driver …".
  for (let i = 1; i < n; i++) if ((tokens[i]!.raw !== 'A' || /\)$/.test(tokens[i - 1]!.raw)) && gluedSentenceStart(tokens, i, sentence.source)) gluedAt.push(i);
  // Headline style; a figure's own words stay ("a dozen"), a date may lose its "on".
  const inFigure = tokens.map((t) => mentions.some((m) => m.kind !== 'date' && m.start <= t.start && t.end <= m.end));
  const droppable = headlineDrops(tokens, inFigure);
  /**
   * Headline drops of the words a bullet joins across a skipped aside, read as the bullet reads
   * them: "Britt McHenry[, a … reporter for ESPN,] has been suspended" -> "Britt McHenry suspended".
   */
  const dropsAcross = (segments: readonly (readonly [number, number])[]): readonly boolean[] => {
    if (segments.length < 2) return droppable;
    const at: number[] = [];
    const joined: FactToken[] = [];
    segments.forEach(([a, b], k) => {
      for (let i = a; i < b; i++) {
        const t = tokens[i]!;
        at.push(i);
        // The comma that opened the aside is gone from the bullet.
        joined.push(i === b - 1 && k < segments.length - 1 ? { ...t, raw: t.raw.replace(/[,;:–—-]+$/u, '') } : t);
      }
    });
    const local = headlineDrops(joined, at.map((i) => inFigure[i]!));
    const out = [...droppable];
    at.forEach((i, k) => { out[i] = local[k]!; });
    return out;
  };
  const asides = findAsides(tokens);
  const figures = mentions.filter(isFigure);
  const figureAt = new Set(tokens.flatMap((t, i) => (figures.some((m) => m.start < t.end && t.start < m.end) ? [i] : [])));
  const out: Candidate[] = [];
  // A picture caption run into the story's first sentences states its news in a line ("Douglas
  // Bader's story is to be told in a Hollywood film …"): it is a statement of its own, read
  // like a sentence, beside the sentence it ran into. A caption in the present tense ("Brandt
  // celebrates a goal …", "Given watches …") describes the picture, not the news.
  // Later in the opening, a caption that says what the story's pictures show ("A series of
  // pictures by German artist Jörg Düsterwald show body-painted models camouflaged in woodland")
  // is what a story about photos reports (blind reading: 'never says what the photos show').
  const captionText = gluedAt.length > 0 ? sentence.source.text.slice(tokens[0]!.start, tokens[gluedAt[0]! - 1]!.end) : '';
  const captionEnd = gluedAt.length > 0 && (Math.min(sentence.position, sentence.rank) < LEAD_SENTENCES || (sentence.position <= OPENING_SENTENCES && PICTURES_SHOW.test(captionText))) ? gluedAt[0]! : 0;
  // "ESPN sports reporter …": an "-s" word before a lower-case word that is no function word is
  // a noun's modifier, not the picture's verb.
  const captionVerb = tokens.slice(0, captionEnd).find((t, k) => /^\p{Ll}/u.test(t.raw) && !(/^\p{Ll}/u.test(tokens[k + 1]?.raw ?? '') && !STOP_WORDS.has(tokens[k + 1]!.lower)));
  const caption = captionVerb && PICTURE_VERB.test(captionVerb.raw) && !PICTURES_SHOW.test(captionText) ? 0 : captionEnd;
  // The paragraph still leads when it gives a bullet: a caption may describe the picture rather
  // than the event, so it leads only a story whose first paragraph is a teaser.
  const body = compressions({ tokens, asides, noCutBefore, gluedAt, complete: sentence.complete, figureAt });
  const versions = [
    ...body,
    ...(caption >= MIN_BULLET_WORDS ? compressions({ tokens: tokens.slice(0, caption), asides: asides.filter(([, b]) => b <= caption), noCutBefore, gluedAt: [], complete: true, figureAt }) : []),
  ];
  for (const [k, version] of versions.entries()) {
    const position = k < body.length ? sentence.position : sentence.position + CAPTION_POSITION;
    const segments = withoutRepeatedAge(tokens, version.segments.map(([a, b]) => [a, b] as [number, number]));
    // A sentence that opens on a quotation is someone's words, not the story's.
    if (/^[“"‘']/u.test(tokens[segments[0]![0]]!.raw)) continue;
    const drops = dropsAcross(segments);
    const first = segments[0]!;
    // "He was hit by a car" after a sentence about Mr Zhang alone: the bullet names him.
    // "In 2007 she made headlines" names her after its time: "In 2007 Manhart made headlines".
    const pronounAt = pronounSubjectAt(tokens) ?? 0;
    // The pronoun opens the bullet when what stood before it was left out ("Incredibly, she …").
    const opensOnPronoun = first[0] === pronounAt && pronounAt > 0;
    const subject = (first[0] === 0 || opensOnPronoun) && first[1] > pronounAt + 1 ? antecedent : undefined;
    // "The 39-year-old paid tribute …" in a story about Gary Locke: "Locke, 39, paid tribute …".
    const aged = subject ? undefined : agedSubject(sentence, first, asides);
    // "The 26-year-old[, a native of Tbilisi,] fled …" with the aside left out: the name and age stand for the whole first segment.
    const resume = aged?.resumeAt ?? first[0] + 2;
    const afterAge: [number, number][] = first[1] > resume ? [[resume, first[1]], ...segments.slice(1)] : segments.slice(1);
    const candidate = subject
      ? pronounAt > 0 && !opensOnPronoun
        ? buildCandidate(sentence, [[0, pronounAt], [pronounAt + 1, first[1]], ...segments.slice(1)], drops, version.quality, sentence.rank, subject, 1)
        : buildCandidate(sentence, [[first[0] + 1, first[1]], ...segments.slice(1)], drops, version.quality, sentence.rank, subject)
      : aged && afterAge.length > 0 ? buildCandidate(sentence, afterAge, drops, version.quality, sentence.rank, aged)
        : buildCandidate(sentence, segments, drops, version.quality, sentence.rank);
    if (candidate.words > maxWords || !standsAlone(candidate.text)) continue;
    if (attributionLost(sentence, candidate)) continue;
    // "A youngster has emulated …": a description for a subject is kept back for a box short of three.
    // A news lead introduces its subject by an indefinite description ("A man has died …", "An
    // HIV-positive Ohio man … has pleaded not guilty …"): that names a new person, it does not
    // point back to one, so in the story's first sentence it stands as a bullet. Later, "A
    // youngster has copied …" is the description of someone the story names elsewhere.
    const introduced = sentence.position === 0 && INDEFINITE_SUBJECT.test(candidate.text);
    const cut = version.tailCut ? { tailCut: true } : {};
    if (emptyEvent(candidate.text) || (describedSubject(candidate.text) && !introduced)) out.push({ ...candidate, ...cut, position, unnamed: true });
    else if (introduced || !unnamedSubject(candidate.text)) out.push({ ...candidate, ...cut, position });
  }
  for (const statement of relativeStatements(tokens, asides, figureAt, gluedAt)) {
    const candidate = buildCandidate(sentence, statement, dropsAcross(statement), RELATIVE_STATEMENT, sentence.rank);
    // Its subject is the main clause's too: the name may repeat another bullet's citation.
    // A verb of saying outside the clause belongs to the main clause ("…, has said he will …").
    if (candidate.words <= maxWords && standsAlone(candidate.text) && !attributionLost(sentence, candidate, true)) out.push({ ...candidate, borrowed: true, tailCut: true, clause: true });
  }
  // "A 78-year-old man was arrested on Friday, but the man's lawyer claimed the arrest was a ruse
  // …": a second main clause with a subject of its own is a statement the source makes in its own
  // words, and may stand without the first, as the first stands without it.
  for (const at of sentence.complete && n <= MAX_SPLIT_TOKENS ? secondClauses(tokens) : []) {
    for (const version of compressions({ tokens, asides: asides.filter(([a]) => a >= at), noCutBefore, gluedAt: [at], complete: sentence.complete, figureAt })) {
      const segments = version.segments.map(([a, b]) => [a, b] as [number, number]);
      const candidate = buildCandidate(sentence, segments, dropsAcross(segments), version.quality * SECOND_CLAUSE, sentence.rank);
      if (candidate.words > maxWords || !standsAlone(candidate.text) || attributionLost(sentence, candidate) || unnamedSubject(candidate.text) || emptyEvent(candidate.text)) continue;
      out.push({ ...candidate, tailCut: true, clause: true });
    }
  }
  return out;
}

/**
 * A news story gives the statement it reports in its first paragraphs, in the speaker's words,
 * with the speaker named after them: '"I think we're going to have strong indications of life
 * beyond Earth within a decade, and I think …," NASA chief scientist Ellen Stofan said Tuesday
 * during a panel discussion'. When the statement is the news (a prediction, a claim, a reply),
 * leaving it out misses the story, and taking the quotation without its speaker misstates it. So
 * such a sentence is a bullet as the quotation and its named speaker: the whole quotation, or its
 * first clause when a second main clause follows ", and I think …" (a coordinate statement the
 * first does not depend on), with the closing mark set after it; the speaker's name and verb of
 * saying kept, what follows them (when, where) left out. A pronoun speaker ("she said") names
 * no one, and a quotation later in the story is colour, not the statement reported.
 */
const QUOTE_POSITION = 3;
/** Most words between the closing mark and the verb of saying: a name with its role ("NASA chief scientist Ellen Stofan"). */
const MAX_SPEAKER_WORDS = 8;
const QUOTE_SAYING = /^(?:said|says|told|added|warned|claimed|insisted|admitted|predicted|declared|stated|wrote|tweeted|explained)$/;
const CLOSE_MARK: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'" };
/** A lead that reports a statement: its verb of saying, claiming or replying. */
const LEAD_ANNOUNCES = /\b(?:says|said|claims|(?:has|have)\s+(?:claimed|said|warned|predicted|admitted|insisted|revealed)|predicts|predicted|warns|warned|insists|insisted|believes|admits|slammed|hit\s+back|hits\s+back|vowed|vows)\b/;
/** A second main clause in a quotation: ", and" then a subject pronoun or a name. */
const QUOTE_CLAUSE_SUBJECT = /^(?:I|we|you|he|she|they|it|there|\p{Lu}\p{Ll}+)$/u;

/** Words that point back to something the quotation said before: a clause holding one does not stand alone. */
const BACK_REFERENCE = /\b(?:it|its|it's|they|them|their|this|that|these|those|he|she|him|her|there|so|too|also)\b/;

/** The quotation and its named speaker, as bullets (see QUOTE_POSITION). */
function quotedStatements(sentence: Sentence, maxWords: number, lead: Sentence | undefined): Candidate[] {
  const { tokens, source } = sentence;
  if (sentence.quoted || !sentence.complete || sentence.position >= QUOTE_POSITION) return [];
  // A wire credit may stand before the opening mark: '(CNN)"I think …'.
  const opener = /^(?:\([^()]{1,40}\))?([“"‘'])(?=\p{L})/u.exec(tokens[0]?.raw ?? '');
  if (!opener) return [];
  const close = CLOSE_MARK[opener[1]!]!;
  const closeAt = tokens.findIndex((t, i) => i > 0 && t.raw.endsWith(`,${close}`));
  if (closeAt < 0) return [];
  let verbAt = -1;
  for (let i = closeAt + 1; i < Math.min(tokens.length, closeAt + 2 + MAX_SPEAKER_WORDS); i++) {
    if (QUOTE_SAYING.test(tokens[i]!.lower)) { verbAt = i; break; }
  }
  if (verbAt < closeAt + 2) return [];
  const speaker = tokens.slice(closeAt + 1, verbAt);
  // The speaker is named: a capitalised word that is not a pronoun, and no sentence break or clause inside.
  if (!speaker.some((t) => /^\p{Lu}\p{Ll}/u.test(t.raw) && !/^(?:He|She|They|It|We|I)$/.test(t.raw)) || speaker.some((t) => /[.;:!?"”]$/.test(t.raw))) return [];
  if (/^(?:he|she|they|it|we|i)$/.test(speaker[0]!.lower)) return [];
  const ends = [closeAt];
  for (let i = 1; i < closeAt - 1; i++) {
    if (/,$/.test(tokens[i]!.raw) && tokens[i + 1]!.lower === 'and' && QUOTE_CLAUSE_SUBJECT.test(tokens[i + 2]!.raw)) ends.push(i);
  }
  // A lead that announces a statement ("…, a NASA scientist says", "has claimed", "hit back")
  // tells of this quotation: it is the story's news, and ranks with the lead.
  const announced = lead !== undefined && lead.source === source && lead.position === 0 && lead !== sentence
    && LEAD_ANNOUNCES.test(source.text.slice(lead.start, lead.end));
  const rank = announced ? Math.min(sentence.rank, lead.rank) : sentence.rank;
  const out: Candidate[] = [];
  const text = source.text;
  const said = text.slice(tokens[closeAt + 1]!.start, tokens[verbAt]!.end).replace(/[.,;:!?]+$/, '');
  const speakerCitation: Citation = { sourceId: source.id, start: tokens[closeAt + 1]!.start, end: tokens[closeAt + 1]!.start + said.length };
  // Each clause may stand: the first up to each end, and a later one that opens with a capital
  // ("I think we're going to have definitive evidence within 20 to 30 years") from its subject
  // to the closing mark. A later clause cites the speaker first, borrowed, so the first clause's
  // bullet, which cites the same speaker, does not keep it out of the box.
  const spans: [number, number][] = ends.map((end) => [0, end]);
  // It never leads the box (it follows its first clause), and one that points back ("I think it
  // will be cheap") says nothing alone.
  for (const end of ends.slice(1)) {
    const clause = tokens.slice(end + 2, closeAt + 1).map((t) => t.lower).join(' ');
    if (/^\p{Lu}/u.test(tokens[end + 2]!.raw) && !BACK_REFERENCE.test(clause)) spans.push([end + 2, closeAt]);
  }
  for (const [from, end] of spans) {
    const later = from > 0;
    const start = later ? tokens[from]!.start : tokens[0]!.start + (opener[0].length - 1);
    const body = text.slice(start, tokens[end]!.end).replace(/[,;:]?["”’']?$/u, '');
    const bullet = later ? `${opener[1]}${body},${close} ${said}` : `${body},${close} ${said}`;
    const words = bullet.split(/\s+/).length;
    if (words > maxWords || words < MIN_BULLET_WORDS || statementProblems(bullet).length > 0) continue;
    const base = buildCandidate(sentence, [[from, end + 1], [closeAt + 1, verbAt + 1]], tokens.map(() => false), 1, later ? rank + 1 : rank);
    const bodyCitation: Citation = { sourceId: source.id, start, end: start + body.length };
    out.push({
      ...base,
      text: bullet,
      label: '',
      citations: later ? [speakerCitation, bodyCitation] : [bodyCitation, speakerCitation],
      borrowed: later,
      keys: new Set(contentKeys(bullet)),
      words,
      // The speaker's own words, with the speaker: neither first person nor quotation marks count against it here.
      prior: positionPrior(rank),
      trivia: false,
      central: announced || base.central,
      tailCut: true,
    });
  }
  return out;
}

/**
 * "Lewis Hamilton has conceded to feeling more powerful … It is an ominous warning from a man who
 * has won nine of the last 11 grands prix, been on pole at the last four, and who already holds a
 * 27-point cushion …": a sentence that presents the previous one as a statement ("a warning", "an
 * admission") from "a man who …" describes its speaker, who is the previous sentence's named
 * subject and who said it. Each "who" clause that states a figure is a statement about that person.
 */
const SPEAKER_EPITHET = /^It(?:'s|’s|\s+is|\s+was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:warning|message|admission|claim|boast|statement|threat|reminder|verdict|assessment|promise|pledge)\s+from\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:man|woman|driver|player|rider|champion|manager|coach|boss|star|leader)\s+who\s/u;
/** Verbs by which the previous sentence's subject says what the epithet sentence calls a warning or an admission. */
const SAYING = /^(?:conceded|admitted|said|says|warned|claimed|insisted|revealed|declared|vowed|boasted|promised|pledged|told|stated|suggested)$/;

/** The statements about the previous sentence's speaker that an epithet sentence makes (see SPEAKER_EPITHET). */
function speakerStatements(previous: Sentence, sentence: Sentence, maxWords: number): Candidate[] {
  const { tokens, mentions } = sentence;
  const text = sentence.source.text.slice(sentence.start, sentence.end);
  if (!SPEAKER_EPITHET.test(text) || !sentence.complete) return [];
  const speaker = openingPerson(previous);
  if (!speaker || !previous.tokens.slice(speaker.verbAt, speaker.verbAt + 3).some((t) => SAYING.test(t.lower))) return [];
  const figureAt = new Set(tokens.flatMap((t, i) => (mentions.some((m) => isFigure(m) && m.start < t.end && t.start < m.end) ? [i] : [])));
  const whos = tokens.flatMap((t, i) => (t.lower === 'who' ? [i] : []));
  const out: Candidate[] = [];
  whos.forEach((who, k) => {
    // The clause runs to the next "who" (", and who already holds …") or to the sentence's end.
    let end = k + 1 < whos.length ? whos[k + 1]! : tokens.length;
    while (end > who + 1 && /^(?:and|,)$/.test(tokens[end - 1]!.lower || tokens[end - 1]!.raw)) end--;
    if (end - (who + 1) < 3 || verbForm(tokens[who + 1]!.raw) === undefined && !VERB_ADVERBS.test(tokens[who + 1]!.raw)) return;
    let figure = false;
    for (let i = who + 1; i < end; i++) if (figureAt.has(i)) figure = true;
    if (!figure) return;
    const inFigure = tokens.map((t) => mentions.some((m) => m.kind !== 'date' && m.start <= t.start && t.end <= m.end));
    const candidate = buildCandidate(sentence, [[who + 1, end]], headlineDrops(tokens, inFigure), RELATIVE_STATEMENT, sentence.rank, speaker);
    if (candidate.words <= maxWords && standsAlone(candidate.text)) out.push({ ...candidate, tailCut: true, clause: true });
  });
  return out;
}

/** A second main clause is a fact the writer put after the first: a notch below it (see RELATIVE_STATEMENT). */
const SECOND_CLAUSE = 0.9;
/** Words that open a clause's subject after ", but" or ", and": a name, a determiner, a number. */
const CLAUSE_SUBJECT_START = /^(?:\p{Lu}\p{Ll}|the$|a$|an$|his$|her$|their$|its$|\d)/u;
/**
 * Longest sentence, in tokens, whose second clause may stand alone: past forty words a sentence
 * has most often run into a picture caption with no full stop, and its second clause runs on
 * into the caption ("… too little too late London Mayor Boris Johnson - appearing …").
 */
const MAX_SPLIT_TOKENS = 40;
/** Finite verbs that show a clause: an auxiliary, a modal or a past tense ("claimed"); a word in "-s" may be a plural noun. */
const CLAUSE_VERB = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does)$/;
/** Most tokens between a second clause's first word and its verb ("the man's lawyer claimed"). */
const MAX_CLAUSE_SUBJECT = 5;

/**
 * Where a second main clause starts: after ", but" or ", and" (or after a semicolon), a subject of
 * its own and its finite verb within a few words, with no comma between ("…, but the man's lawyer
 * claimed …"). Not a pronoun subject: "…, but he is now …" names no one on its own.
 */
function secondClauses(tokens: readonly FactToken[]): number[] {
  const out: number[] = [];
  for (let c = MIN_BULLET_WORDS; c < tokens.length - MIN_BULLET_WORDS; c++) {
    const t = tokens[c]!;
    // "… an experienced mother but Ben is twice the weight …": a contrast needs no comma when a
    // name opens its clause.
    const namedContrast = t.raw === 'but' && /\p{Ll}$/u.test(tokens[c - 1]!.raw) && /^\p{Lu}\p{Ll}+$/u.test(tokens[c + 1]?.raw ?? '') && !GLUED_SENTENCE_START.test(tokens[c + 1]!.raw);
    const start = /^(?:but|and)$/.test(t.raw) && (/,$/.test(tokens[c - 1]!.raw) || namedContrast) ? c + 1 : /;$/.test(tokens[c - 1]!.raw) ? c : -1;
    if (start < 0 || !CLAUSE_SUBJECT_START.test(tokens[start]!.raw) || GLUED_SENTENCE_START.test(tokens[start]!.raw) && /^(?:It|He|She|They|This|That|These|Those)$/.test(tokens[start]!.raw)) continue;
    for (let v = start + 1; v <= Math.min(tokens.length - 2, start + MAX_CLAUSE_SUBJECT); v++) {
      if (/[,;:.]$/.test(tokens[v - 1]!.raw)) break;
      const form = verbForm(tokens[v]!.raw);
      if (form === undefined || (form === 'present' && !CLAUSE_VERB.test(tokens[v]!.raw))) continue;
      out.push(start);
      break;
    }
  }
  return out;
}

/**
 * "… from 28-year-old shift worker Phillip Pama, 28, during a row": an age given twice in the
 * kept words says it twice in the bullet, so the appositive ", 28," goes and the description
 * ("28-year-old") stays.
 */
function withoutRepeatedAge(tokens: readonly FactToken[], segments: [number, number][]): [number, number][] {
  const kept = (i: number) => segments.some(([a, b]) => a <= i && i < b);
  const ages = new Set<string>();
  let out = segments;
  for (let i = 0; i < tokens.length; i++) {
    if (!kept(i)) continue;
    const described = AGE_DESCRIPTION.exec(tokens[i]!.raw);
    if (described) { ages.add(described[1]!); continue; }
    // The appositive age: a bare number set off by commas right after a name.
    const age = /^(\d{1,3}),$/.exec(tokens[i]!.raw);
    if (!age || !ages.has(age[1]!) || !/,$/.test(tokens[i - 1]?.raw ?? '') || !/^\p{Lu}/u.test(tokens[i - 1]!.raw)) continue;
    out = out.flatMap(([a, b]): [number, number][] => (a <= i && i < b ? [[a, i], [i + 1, b]] : [[a, b]])).filter(([a, b]) => b > a);
  }
  return out;
}

/**
 * A figure told in a relative clause is a fact of its own, a notch below the main clause it
 * hangs on (the writer put it aside): "Mason, who was jailed for 15 months, has said …".
 */
const RELATIVE_STATEMENT = 0.9;
/** Longest subject, in tokens, a relative clause may be lifted from ("Both skipper Kellock and Hall"). */
const MAX_RELATIVE_SUBJECT = 6;
/** Connectives that may open the sentence before the subject: "But Mason, who …". */
const OPENING_CONNECTIVE = /^(?:And|But|So|Now|Meanwhile|However),?$/;

/**
 * A non-restrictive "who" clause after a named subject asserts something of that subject, so
 * the subject and the clause make a statement of the source's own words in its order:
 * "Mason, who was jailed for 15 months in November last year, has said …" -> "Mason was jailed
 * for 15 months in November last year"; "Kellock and Hall - who have played nearly 300 matches
 * between them - are to retire" -> "Kellock and Hall have played nearly 300 matches between
 * them". Only clauses that state a figure, after a subject that opens the sentence and is a
 * name (its last word capitalised, no verb in it), and only with a finite verb after "who":
 * anything else ("the officer, who …", "a man who has won …") could pin the clause on the
 * wrong person (speakerStatements takes the one case where "a man who" is known: the speaker of
 * the sentence before). Returns the token segments of each statement.
 */
function relativeStatements(tokens: readonly FactToken[], asides: readonly [number, number][], figureAt: ReadonlySet<number>, gluedAt: readonly number[]): [number, number][][] {
  let s = gluedAt.length > 0 ? gluedAt[gluedAt.length - 1]! : 0;
  if (CAPTION_LABEL.test(tokens[s]?.raw ?? '')) s++;
  if (OPENING_CONNECTIVE.test(tokens[s]?.raw ?? '')) s++;
  const out: [number, number][][] = [];
  for (const [a, b] of asides) {
    const dashed = DASH.test(tokens[a]!.raw);
    const who = dashed ? a + 1 : a;
    if (tokens[who]?.lower !== 'who') continue;
    // The subject is everything before the clause: a name, not a clause of its own.
    const subject = tokens.slice(s, a);
    if (subject.length === 0 || subject.length > MAX_RELATIVE_SUBJECT || !/^\p{Lu}/u.test(subject[0]!.raw)) continue;
    const last = subject[subject.length - 1]!.raw.replace(/,$/, '');
    if (!NAME_WORD.test(last) || NOT_NAMES.test(last) || subject.some((t) => verbForm(t.raw.replace(/,$/, '')) !== undefined || /[.;:!?]$/.test(t.raw))) continue;
    if (!dashed && !/,$/.test(subject[subject.length - 1]!.raw)) continue;
    // The clause ends before the closing dash, or at the comma before the main verb.
    const end = dashed ? b - 1 : b;
    let verb = who + 1;
    while (verb < end && VERB_ADVERBS.test(tokens[verb]!.raw)) verb++;
    if (end - (who + 1) < 3 || verbForm(tokens[verb]?.raw ?? '') === undefined) continue;
    let figure = false;
    for (let i = who + 1; i < end; i++) if (figureAt.has(i)) figure = true;
    if (!figure) continue;
    out.push([[s, a], [who + 1, end]]);
  }
  return out;
}
