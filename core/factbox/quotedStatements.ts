// Statements told in a speaker's words: a quotation that opens the story with its named
// speaker after it, and the "who" clauses of a sentence that presents the one before as that
// speaker's warning or admission. Either is a bullet only with its speaker.
import type { Citation } from '../types.ts';
import { headlineDrops, isParticiple } from './headlineDrops.ts';
import { statementProblems } from './bulletShape.ts';
import { contentKeys } from './factText.ts';
import { isFigure, positionPrior, type Candidate, type Sentence } from './candidate.ts';
import { VERB_ADVERBS, verbForm } from './verbForm.ts';
import { MIN_BULLET_WORDS, standsAlone } from './standsAlone.ts';
import { openingPerson } from './namedSubject.ts';
import { buildCandidate } from './buildCandidate.ts';
import { RELATIVE_STATEMENT } from './relativeStatements.ts';

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
/** Most words "told" may take as its object in a quotation's attribution ("told Worcestershire's website"). */
const MAX_TOLD_OBJECT = 4;
const QUOTE_SAYING = /^(?:said|says|told|added|warned|claimed|insisted|admitted|predicted|declared|stated|wrote|tweeted|explained)$/;
const CLOSE_MARK: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'" };
/** A lead that reports a statement: its verb of saying, claiming or replying. */
const LEAD_ANNOUNCES = /\b(?:says|said|claims|(?:has|have)\s+(?:claimed|said|warned|predicted|admitted|insisted|revealed)|predicts|predicted|warns|warned|insists|insisted|believes|admits|slammed|hit\s+back|hits\s+back|vowed|vows)\b/;
/** A second main clause in a quotation: ", and" then a subject pronoun or a name. */
const QUOTE_CLAUSE_SUBJECT = /^(?:I|we|you|he|she|they|it|there|\p{Lu}\p{Ll}+)$/u;

/** Words that point back to something the quotation said before: a clause holding one does not stand alone. */
const BACK_REFERENCE = /\b(?:it|its|it's|they|them|their|this|that|these|those|he|she|him|her|there|so|too|also)\b/;

/** The quotation and its named speaker, as bullets (see QUOTE_POSITION). */
export function quotedStatements(sentence: Sentence, maxWords: number, lead: Sentence | undefined): Candidate[] {
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
  // "… director of cricket Steve Rhodes told Worcestershire's website": "told" takes whom it was
  // told to, so the attribution runs to its object (a bullet ending "… Steve Rhodes told" is cut).
  let saidEnd = verbAt;
  if (/^(?:told|tells)$/.test(tokens[verbAt]!.lower)) {
    let k = verbAt + 1;
    while (k < tokens.length && k <= verbAt + MAX_TOLD_OBJECT && !/[.,;:!?]$/.test(tokens[k]!.raw)) k++;
    if (k >= tokens.length || k > verbAt + MAX_TOLD_OBJECT) return [];
    saidEnd = k;
  }
  const out: Candidate[] = [];
  const text = source.text;
  const said = text.slice(tokens[closeAt + 1]!.start, tokens[saidEnd]!.end).replace(/[.,;:!?]+$/, '');
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
    const base = buildCandidate(sentence, [[from, end + 1], [closeAt + 1, saidEnd + 1]], tokens.map(() => false), 1, later ? rank + 1 : rank);
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
export function speakerStatements(previous: Sentence, sentence: Sentence, maxWords: number): Candidate[] {
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
    // "has won nine of the last 11 grands prix, been on pole at the last four[, and who …]": the
    // list lost its "and" with the next clause, so it ends at its first item.
    const items = tokens.slice(who + 2, end).findIndex((t, j) => /,$/.test(t.raw) && (tokens[who + 3 + j]?.lower === 'been' || isParticiple(tokens[who + 3 + j]?.lower ?? '')));
    if (items >= 0 && !tokens.slice(who + 1, end).some((t) => t.lower === 'and')) end = who + 3 + items;
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
