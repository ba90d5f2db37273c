// A candidate bullet built from token segments of one sentence: the kept words in source order,
// a citation per segment, a borrowed subject's name, and the quality marks selection weighs
// (first person, quotation, role, next step, boilerplate, trivia).
import type { Citation } from '../types.ts';
import { isAbbreviation } from '../text/splitSentences.ts';
import { labelFact } from './labelFact.ts';
import { contentKeys } from './factText.ts';
import { carriesSourceTypo } from './findSourceTypos.ts';
import { GENERIC_PREDICATE, MATCH_NARRATION, NON_EVENT, isCentral, isTrivia } from './isTrivia.ts';
import { figureKey, isFigure, positionPrior, type Candidate, type Sentence } from './candidate.ts';
import { sourceTypos, storyWords } from './storyWords.ts';
import { FIRST_PERSON, unquoted } from './standsAlone.ts';
import type { NamedSubject } from './namedSubject.ts';
import { givenSubject, givenThings, possessedThings } from './givenSubject.ts';
import { EARLIER_TIME } from './openingWords.ts';

/** A bullet opening "He" or "She" that could not be given its name reads as half a fact. */
const PRONOUN_SUBJECT = 0.6;
/** A bullet in the first person outside quotation marks ("We have …") reads as someone's words without a speaker: the same discount. */
const FIRST_PERSON_QUALITY = PRONOUN_SUBJECT;

/** A bullet holding a double quotation mark ranks at half: quoted words are colour, not the news. */
const QUOTED = 0.5;
const QUOTATION_MARK = /[“”"]/;

/** A lower-case "-ing" word or "to" opening a bullet: "vowing", "belittling", "to". */
const SUBJECTLESS_OPENER = /^(?:\p{Ll}[\p{L}'’-]{1,}ing|[Tt]o)[^\p{L}]*$/u;

/** Roles a fact box exists to answer: who did it, to what, and why. */
export const ROLE_LABELS = new Set(['Target', 'Operator', 'Why']);
/** What naming a role is worth, in story words: who did it and to what is the box's first business. */
const ROLE_BONUS = 12;
/**
 * What happens next, with its date: "The case is due to return to court on May 18", "Smith
 * will be sentenced on June 3". A fact box on a court case or an inquiry closes on its next
 * step, so it is worth as much as naming a role (ROLE_BONUS), without a role's place at the top.
 */
const NEXT_STEP = /\b(?:(?:is|are|was|were) (?:due|set|scheduled|expected) to|will)\s+(?:\w+\s+){0,3}?(?:appear|return|be sentenced|be tried|stand trial|face (?:trial|a hearing)|reconvene|resume|give evidence)\b|\b(?:adjourned|remanded) (?:until|to)\b|\bnext (?:hearing|appearance)\b/i;
const NEXT_STEP_BONUS = ROLE_BONUS;
/**
 * A match's result, score and all: "a 2-1 defeat leaves them nine points adrift", "the 3-1 win
 * in Paris", "beat Palace 3-0". A match report's box gives the result by newsroom convention
 * (the highlights of sport stories state the score), so such a bullet comes first of the hard
 * facts after the lead (see pickBullets). A lead or a deficit ("a 12-4 lead") is the state of play.
 */
const MATCH_RESULT = /(?:\b(?:win|wins|won|victory|defeat|defeated|beat|beaten|lost|loss|draw|drew|triumph|thrashing|thrashed|lead|led|trail|trailed)\b\s+(?:\S+\s+){0,4}?\d{1,2}[-–]\d{1,2}\b|\b\d{1,2}[-–]\d{1,2}\s+(?:\S+\s+){0,4}?(?:win|victory|defeat|loss|draw|triumph|thrashing|lead|deficit|scoreline)\b)/i;
/**
 * Reaction boilerplate and scene-setting, not a fact of the story: "X are yet to comment",
 * "declined to comment", "could not be reached", "is trying to be positive", "video … was
 * obtained by …". Such a bullet fills a box only when it would otherwise fall short of three.
 */
const BOILERPLATE = /\b(?:(?:yet|declined|refused|unavailable|available) to comment|(?:not|no one) (?:immediately )?(?:be )?(?:reached|available) (?:for|to) comment|could not be reached|did not (?:immediately )?respond|has not (?:yet )?responded|have not (?:yet )?responded|(?:is|are|was|were) trying (?:hard )?to|(?:was|were) obtained by|(?:footage|video|clip|images?|pictures?|photos?) (?:of [^,.;]{1,40})?(?:was|were|has been|have been) (?:obtained|posted|uploaded|shared|published)|(?:contacted|approached) (?:for|by) [^,.;]{0,30}comment|MailOnline has contacted|for comment\b)/i;

/**
 * "ESPN, meanwhile, announced …", "The model is then placed …", "… was sentenced then": a
 * "meanwhile" or "then" orders the fact after one the story told before; in a box, where that
 * fact is not, it points at nothing, so it goes (the fact itself is unchanged without it).
 * "and then fled" keeps its "then": it orders two things the bullet says. A closing ", however"
 * or ", anyway" sets the fact against one the box does not have, and goes for the same reason.
 */
function withoutSequenceWord(text: string): string {
  return text
    .replace(/^(?:Then|Meanwhile),?\s+(?=\S)/u, '')
    .replace(/,\s+(?:meanwhile|then),\s+/gu, ' ')
    .replace(/\b(is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\s+then\s+(?=\p{Ll})/gu, '$1 ')
    .replace(/,?\s+(?:meanwhile|then|however|anyway)$/u, '');
}

/** A kept closing attribution: a speaker and a verb of saying at its end ("manager Gary Bowyer has said", "police said Friday"). */
const CLOSING_SAID = /^(?:\S+\s+){0,12}?(?:said|says|say|told\s+\S+(?:\s+\S+)?|added|confirmed|claimed|insisted|admitted|warned|revealed|explained|stated|reported|reports|announced|heard|wrote|tweeted)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight))?$/;

export function buildCandidate(sentence: Sentence, segments: readonly [number, number][], drops: readonly boolean[], quality: number, rank = sentence.rank, subject?: NamedSubject, subjectAt = 0): Candidate {
  const { tokens, source } = sentence;
  // A bullet that opens on a date keeps its "on" ("On Thursday, …"): "Thursday 39-year-old paid
  // tribute" reads as a garbled subject.
  const opening = segments[0]![0];
  const droppable = (!subject || subjectAt > 0) && tokens[opening]?.lower === 'on' && drops[opening] ? drops.map((d, i) => d && i !== opening) : drops;
  const text = source.text;
  const parts: string[] = [];
  const citations: Citation[] = [];
  segments.forEach(([a, b], i) => {
    let first = a;
    while (first < b - 1 && droppable[first]) first++;
    let start = tokens[first]!.start;
    let end = tokens[b - 1]!.end;
    // Wire and site credits glued to the first word: "(CNN)The last time …".
    if (i === 0) {
      const credit = /^\([^()\s][^()]{0,40}\)(?=\S)/.exec(text.slice(start, end));
      if (credit) start += credit[0].length;
      // Picture-caption labels: "Guilty: Glenn Mason, 56, …", "Fighter ace: Douglas Bader's …".
      const caption = /^\p{Lu}\p{Ll}+(?: \p{Ll}+)?: (?=\p{Lu})/u.exec(text.slice(start, end));
      if (caption && end - start > caption[0].length + 10) start += caption[0].length;
    }
    let piece = text.slice(start, end);
    // Trailing punctuation of a piece reads as an orphan once the rest of the sentence is gone.
    const stripped = piece.replace(/[\s,;:–—(-]+$/u, '');
    end -= piece.length - stripped.length;
    piece = stripped;
    if (i === segments.length - 1) {
      // The closing stop goes (bullets carry none), but not the one of "U.S." or "Jr.".
      const lastWord = /\S+$/.exec(piece)?.[0] ?? '';
      const bare = /^\p{L}.*\.$/u.test(lastWord) && isAbbreviation(lastWord) ? piece : piece.replace(/[,;:.]+$/, '');
      end -= piece.length - bare.length;
      piece = bare;
    }
    for (let t = b - 1; t >= first; t--) {
      const tok = tokens[t]!;
      if (!droppable[t]) continue;
      const at = tok.start - start;
      if (at >= 0 && at < piece.length) piece = piece.slice(0, at) + piece.slice(at + tok.raw.length).replace(/^\s+/, '');
    }
    // "…, Aleksandr Brechalov, informed Putin" cut after the first comma leaves the closing
    // comma of the apposition between subject and verb.
    if (i === 0 && a > 0 && /,$/.test(tokens[a - 1]!.raw)) {
      piece = piece.replace(/^((?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*),(?=\s\p{Ll})/u, '$1');
    }
    parts.push(piece);
    citations.push({ sourceId: source.id, start, end: Math.max(start + 1, end) });
  });
  // The subject's name goes where its pronoun stood: first, or after an opening time.
  if (subject?.age) {
    parts.splice(subjectAt, 0, `${subject.surname}, ${subject.age.text},`);
    citations.splice(subjectAt, 0, subject.citation, subject.age.citation);
  } else if (subject) {
    parts.splice(subjectAt, 0, subject.surname);
    citations.splice(subjectAt, 0, subject.citation);
  }
  // A closing attribution kept after a cut tail takes back its comma: "…, manager Gary Bowyer has said".
  const last = segments[segments.length - 1]!;
  const attributed = segments.length > 1 && last[1] === tokens.length && /,["'’”]?$/.test(tokens[last[0] - 1]?.raw ?? '') && CLOSING_SAID.test(parts[parts.length - 1]!);
  let out = withoutSequenceWord((attributed ? `${parts.slice(0, -1).join(' ')}, ${parts[parts.length - 1]}` : parts.join(' ')).replace(/\s+/g, ' '));
  out = balanceBrackets(repairMojibake(out));
  out = out.charAt(0).toUpperCase() + out.slice(1);
  const inside = sentence.mentions.filter((m) => citations.some((c) => m.start >= c.start && m.end <= c.end));
  const label = labelFact(out, inside);
  if (FIRST_PERSON.test(unquoted(out))) quality *= FIRST_PERSON_QUALITY;
  // Words in double quotation marks are how someone put it ("Star Trek"-type, "guerilla
  // satirist", a quoted definition): highlights restate the reported fact in plain words.
  if (citations.some((c) => QUOTATION_MARK.test(text.slice(c.start, c.end)))) quality *= QUOTED;
  // A bullet read on its own needs its subject named, not "He" or "It".
  if (/^(He|She|His|Her)\b/.test(out)) quality *= PRONOUN_SUBJECT;
  const nextStep = NEXT_STEP.test(out) && inside.some((m) => m.kind === 'date');
  const result = MATCH_RESULT.test(out);
  return {
    label,
    mentions: inside,
    text: out,
    citations,
    keys: new Set(contentKeys(out)),
    figures: new Set(inside.filter(isFigure).map(figureKey)),
    words: out.split(/\s+/).length,
    // The next step is told at the end of a story by convention: its position says nothing of
    // its worth, so it ranks as if told in the lead.
    prior: (nextStep ? 1 : positionPrior(rank)) * quality,
    rank,
    position: sentence.position,
    bonus: ROLE_LABELS.has(label) ? ROLE_BONUS : nextStep ? NEXT_STEP_BONUS : 0,
    result,
    sentenceKey: `${source.id}#${sentence.start}`,
    trivia: isTrivia(out, inside.filter(isFigure).length, storyWords(source)),
    central: isCentral(out, storyWords(source)),
    // A judgement any story could close on, or a non-event ("… has not been identified"), is kept
    // back like boilerplate: for a box short of three.
    generic: GENERIC_PREDICATE.test(out) || MATCH_NARRATION.test(out) || NON_EVENT.test(out),
    typo: carriesSourceTypo(out, sourceTypos(source)),
    givenSubject: givenSubject(out, sentence),
    // A sentence that needed its subject named from further back ("He later said his message was a
    // joke") points back with its possessives too: "his message" is one the story told of before.
    givenThings: subject?.distant ? [...givenThings(out, sentence), ...possessedThings(out, sentence)] : givenThings(out, sentence),
    datedEarlier: EARLIER_TIME.test(source.text.slice(sentence.start, sentence.end).trimStart()),
    borrowed: subject !== undefined && subject.citation.start < sentence.start,
    boilerplate: BOILERPLATE.test(source.text.slice(sentence.start, sentence.end)),
    subjectless: SUBJECTLESS_OPENER.test(/^\S*/.exec(text.slice(citations[0]!.start))![0]),
  };
}

/**
 * Text pasted from a page read in the wrong encoding carries UTF-8 read as Latin-1: "Â£1bn",
 * "Itâ€™s". The bullet gives the characters the writer typed; its citation still points at the
 * source as it is.
 */
const MOJIBAKE: readonly [RegExp, string][] = [
  [/Â(?=[£€¥©®°±·§¶½¼¾])/g, ''],
  [/â€™/g, '’'], [/â€˜/g, '‘'], [/â€œ/g, '“'], [/â€\u009d|â€(?=[\s.,;:!?]|$)/g, '”'], [/â€“/g, '–'], [/â€”/g, '—'],
  [/Ã©/g, 'é'], [/Ã¨/g, 'è'], [/Ã¡/g, 'á'], [/Ã£/g, 'ã'], [/Ã¶/g, 'ö'], [/Ã¼/g, 'ü'],
];

function repairMojibake(text: string): string {
  if (!/[ÂâÃ]/.test(text)) return text;
  return MOJIBAKE.reduce((t, [pattern, repl]) => t.replace(pattern, repl), text);
}

/** Remove quote marks and brackets left unpaired by trimming. */
function balanceBrackets(text: string): string {
  let out = text;
  const opens = (out.match(/\(/g) ?? []).length;
  const closes = (out.match(/\)/g) ?? []).length;
  if (opens !== closes) out = out.replace(/[()]/g, '');
  const straight = (out.match(/"/g) ?? []).length;
  if (straight % 2 === 1) out = out.replace(/"/g, '');
  const curlyOpen = (out.match(/[“‘]/g) ?? []).length;
  const curlyClose = (out.match(/[”’](?!\p{L})/gu) ?? []).length;
  if (curlyOpen !== curlyClose) out = out.replace(/[“”]|‘|’(?!\p{L})/gu, '');
  // A closing quote stays when its opening one is in the bullet ("her 'regal inspiration'").
  // A straight closing mark stays when the bullet still holds its opening one ('… it was "criminal"').
  out = out.replace(/^[\s'"`]+|[\s`]+$/g, '').trim();
  if (/"$/.test(out) && (out.match(/"/g) ?? []).length % 2 === 1) out = out.slice(0, -1).trim();
  // The stop or comma a quotation closes on is the sentence's, and bullets carry none: '… at its
  // most vulnerable stage."' ends '… stage"', '… Hannah and David,"' ends '… David"'.
  out = out.replace(/[,;:.]+(["”’])$/u, '$1');
  if (/'$/.test(out) && !/(?:^|[\s(])'(?=[\p{L}\p{N}])/u.test(out)) out = out.slice(0, -1).trim();
  return out;
}
