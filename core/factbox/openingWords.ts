// How a bullet stands to the story's opening: how central it is (it shares the lead's words),
// whether it tells the story's own matter, and whether it is a side story or another holder's
// record that belongs at the end of the box, if at all.
import { contentKeys, wordKey } from './factText.ts';
import { ORDINALS, isNumberWord } from '../values/numberWords.ts';
import { SUMMARY_KEYS, isFigure, type Candidate, type Sentence } from './candidate.ts';
import { NOT_NAMES, mainPerson, surnameFirstUse } from './mainPerson.ts';

/**
 * Centrality: the lead (the story's first two sentences) states the central point, and a
 * bullet on it shares its words. A bullet's score is scaled by CENTRAL_FLOOR plus the share of
 * its content words the lead uses, so a bullet entirely about the lead's subject scores three
 * times one sharing no word with it (a round-up of other fixtures, scene-setting).
 */
export const LEAD_SENTENCES = 2;
const CENTRAL_FLOOR = 0.5;
/**
 * A bullet that names people or places, none of whom the story's opening three sentences
 * name, is most often about another story (other matches in a round-up, another case): it ranks
 * at half.
 */
export const OPENING_SENTENCES = 3;
const OTHER_STORY = 0.5;

/** Content words of the story's lead, and the names its opening uses (see CENTRAL_FLOOR, OTHER_STORY). */
export interface Opening {
  readonly lead: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
  /** The person a one-source story is about (see mainPerson), and the surnames it gives anyone. */
  readonly main?: string;
  readonly people: ReadonlySet<string>;
  /** Sentences that tell another holder's record or sit beside one on its matter (see recordSentences). */
  readonly records: ReadonlySet<string>;
}

export function openingWords(sentences: readonly Sentence[], names: ReadonlySet<string>): Opening {
  const lead = new Set<string>();
  const opening = new Set<string>();
  for (const s of sentences) {
    if (s.position >= OPENING_SENTENCES) continue;
    for (const k of contentKeys(s.source.text.slice(s.start, s.end))) {
      if (s.position < LEAD_SENTENCES) lead.add(k);
      if (names.has(k)) opening.add(k);
    }
  }
  // A story about one person (see mainPerson) may carry side stories about others.
  const sources = new Set(sentences.map((s) => s.source));
  const only = sources.size === 1 ? sentences[0]!.source : undefined;
  const person = only ? mainPerson(only) : null;
  const records = recordSentences(sentences);
  if (!only) return { lead, names: opening, people: new Set(), records };
  // A bullet's keys split "O'Sullivan" at its apostrophe: a surname is known by its last part.
  const surnameKey = (n: string): string | undefined => contentKeys(n).at(-1);
  const people = new Set([...surnameFirstUse(only).keys()].filter((n) => !NOT_NAMES.test(n)).flatMap((n) => surnameKey(n) ?? []));
  return { lead, names: opening, ...(person ? { main: surnameKey(person.surname) } : {}), people, records };
}

/**
 * A superlative that ranks a holder ("the heaviest lamb", "the world's biggest producer", "the
 * title for …", "the record for …"). Words that only end in "-est" are left out.
 */
const SUPERLATIVE = /\b(?:the|world['’]s|country['’]s|\p{Lu}\p{L}*['’]s)\s+(?:\p{Ll}+\s+)?(?!(?:latest|interest|forest|protest|request|contest|test|rest|west|arrest|harvest|guest|quest|chest|nest|suggest|honest|modest)\b)\p{Ll}{2,}est\b|\b(?:title|record)\s+for\s+the\b/u;

/**
 * Sentences after the opening that state a superlative, and those beside one (same source, next
 * to it) that share a content word with it: "Last year Goliath was born at 22lbs 5oz" between
 * "… the heaviest lamb ever born in the wild" and "The title for the heaviest Suffolk cross lamb
 * was Bruno" is another lamb's record. In a story about one record they are the comparison, not
 * the news (see sideRecord).
 */
function recordSentences(sentences: readonly Sentence[]): Set<string> {
  const key = (s: Sentence) => `${s.source.id}#${s.start}`;
  const text = (s: Sentence) => s.source.text.slice(s.start, s.end);
  const superlative = sentences.map((s) => s.position >= OPENING_SENTENCES && SUPERLATIVE.test(text(s)));
  const out = new Set<string>();
  sentences.forEach((s, i) => {
    if (s.position < OPENING_SENTENCES) return;
    if (superlative[i]) { out.add(key(s)); return; }
    const own = new Set(contentKeys(text(s)));
    for (const j of [i - 1, i + 1]) {
      const n = sentences[j];
      if (n && superlative[j] && n.source === s.source && contentKeys(text(n)).some((k) => own.has(k))) out.add(key(s));
    }
  });
  return out;
}

/**
 * Another holder's record: a bullet from a record sentence (see recordSentences) that names
 * someone or somewhere and nothing the story's opening names ("Goliath was born at 22lbs 5oz",
 * "New Zealand is the world's biggest producer of lambs" in the story of one record lamb). It
 * ranks with side stories, after every bullet about the story's own subject, and only fills a box
 * short of TRIVIA_FILL.
 */
export function sideRecord(c: Candidate, opening: Opening, names: ReadonlySet<string>): boolean {
  if (!opening.records.has(c.sentenceKey) || c.bonus > 0) return false;
  const named = [...c.keys].filter((k) => names.has(k));
  if (named.length === 0 || named.some((k) => opening.names.has(k))) return false;
  // The holder is the bullet's subject, or the bullet itself ranks it: "The number of foreign
  // fighters soared by 71 per cent after IS gained territory" only mentions a name in passing.
  const subject = contentKeys(c.text.split(/\s+/).slice(0, SUBJECT_NAME_WORDS).join(' '));
  return SUPERLATIVE.test(c.text) || subject.some((k) => named.includes(k));
}

/** A record holder's name stands in a bullet's first this many words when it is the subject ("Last year Goliath …" is cut to "Goliath …"). */
const SUBJECT_NAME_WORDS = 3;

/** How central a bullet is: CENTRAL_FLOOR plus the share of its content words the lead uses, at half for another story's names. */
export function centrality(c: Candidate, opening: Opening, names: ReadonlySet<string>): number {
  if (c.keys.size === 0 || SUMMARY_KEYS.has(c.sentenceKey)) return 1;
  let shared = 0;
  let named = 0;
  let namedInOpening = 0;
  for (const k of c.keys) {
    if (opening.lead.has(k)) shared++;
    if (names.has(k)) {
      named++;
      if (opening.names.has(k)) namedInOpening++;
    }
  }
  const other = named > 0 && namedInOpening === 0 ? OTHER_STORY : 1;
  return (CENTRAL_FLOOR + shared / c.keys.size) * other;
}

/**
 * Whether a bullet tells the story's own matter: it names someone or somewhere the opening names,
 * or, naming no one, shares a word with the lead. "Charges:" heads the charge the story is about; an accusation told as
 * background ("A New Delhi driver was accused of raping a passenger", in a story on Uber's new
 * security chief) is a plain bullet.
 */
export function aboutTheStory(c: Candidate, opening: Opening, names: ReadonlySet<string>): boolean {
  const named = [...c.keys].filter((k) => names.has(k));
  return named.length > 0 ? named.some((k) => opening.names.has(k)) : [...c.keys].some((k) => opening.lead.has(k));
}

/**
 * Whether a bullet states a count, an amount or a score of its own. A rank ("their second-round
 * clash") measures nothing, nor does a shirt number ("reclaims the Exiles No 10 shirt").
 */
function measures(c: Candidate): boolean {
  const shirts = new Set([...c.text.matchAll(/\bNo\.?\s+(\d{1,2})\b/g)].map((m) => Number(m[1])));
  if (!c.mentions) return [...c.figures].some((f) => !f.endsWith('|th') && !shirts.has(Number(f.split('|')[0])));
  return c.mentions.some((m) => isFigure(m) && m.kind !== 'ordinal' && !(m.value !== null && shirts.has(m.value)));
}

/** A role beside a name: a title before it, or an appositive after it. */
const ROLE_WORDS = 'administrator|chief|director|spokesman|spokeswoman|spokesperson|minister|president|secretary|chairman|chairwoman|manager|coach|captain|officer|commissioner|governor|mayor|senator|judge|lawyer|attorney|professor|doctor|founder|executive|CEO|leader|boss|superintendent|inspector|sergeant|detective|official|agent|prosecutor';
/** The last word of an organisation's name: "Planned Parenthood Advocates of Kansas" is a body, not a person. */
const BODY_WORDS = 'Advocates|Association|Council|Party|Group|Union|Foundation|Institute|Society|Trust|Federation|Committee|Department|Agency|Ministry|University|Commission|Board|Authority|Service|Police|Court|Office';
const PLACED_BY_ROLE = new RegExp(`\\b(?:${ROLE_WORDS})\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}|\\p{Lu}\\p{Ll}+,\\s+(?:the|a|an|its|their)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}(?:${ROLE_WORDS})\\b|\\p{Lu}\\p{Ll}+\\s+(?:${BODY_WORDS})\\b`, 'u');

/** A bullet that opens on a person's name as its subject, "Holyfield beat …", or on their possession, "Most of Holyfield's fortune …". */
const NAMED_SUBJECT = /^(?:(?:[\p{L}'’-]+\s+){0,3}(\p{Lu}[\p{L}'’-]*?)['’]s\s|(?!The\s)(\p{Lu}\p{Ll}+)\s+(?:(\p{Lu}\p{Ll}+)\s+)?\p{Ll})/u;

/** Whether a bullet opens on a person the story names who is not its main person, as its subject or its subject's owner. */
function otherSubject(c: Candidate, opening: Opening): boolean {
  const m = NAMED_SUBJECT.exec(c.text);
  const name = m?.[1] ?? m?.[3] ?? m?.[2];
  const key = name === undefined ? undefined : contentKeys(name).at(-1);
  return key !== undefined && key !== opening.main && opening.people.has(key);
}

/** Words a bullet must share with the lead, where no one person is the story, to be the story's matter. */
const SIDE_LEAD_WORDS = 2;

/**
 * A side story: a bullet that names other people, none of them named in the story's opening or
 * in any other bullet of the box ("Shaun Murphy left Joe Perry with a mountain to climb" in a
 * report on O'Sullivan's match, "Quins are still without England full back Mike Brown" before
 * Northampton's). It ranks with trivia, last, and fills only a box short of TRIVIA_FILL. In a
 * story about one person (mainPerson), a bullet with a count or a score is left to compete (see
 * measures); in a story about its opening's people, "Robertson led 11-3" is another match.
 */
export function sideStory(c: Candidate, others: readonly Candidate[], opening: Opening, names: ReadonlySet<string>): boolean {
  // The main person named in the bullet's own words: a clause cut from a sentence that named them
  // ("Holyfield scored several victories over Mike Tyson", from "Holyfield beat Bowe … and scored
  // …") no longer tells of them.
  if ((opening.main !== undefined && c.keys.has(opening.main) && contentKeys(c.text).includes(opening.main)) || c.bonus > 0 || SUMMARY_KEYS.has(c.sentenceKey)) return false;
  // With no one person above the rest, the story's people are those its opening names; an
  // opening that names no one (a picture story's teaser) leaves every name the story's own.
  if (opening.main === undefined && ![...opening.names].some((k) => opening.people.has(k))) return false;
  // Nor a bullet that places its person by a role ("Judith Enck, the EPA regional administrator,
  // said …", "Uber CEO Travis Kalanick …"): an official of the story's matter, whom a reader can place.
  if (opening.main === undefined && PLACED_BY_ROLE.test(c.text)) return false;
  // In a story about one person, another's count or score may still be news of that person's
  // contest; where the story names no one above the rest, the opening's people are its matter
  // and another match's score is a side story (blind readings r34–r38 on the snooker report).
  // Unless the bullet is that other person's own news, told of them as its subject ("Most of
  // Holyfield's £150million fortune has now gone" in a story on Bowe): a reader of the box on
  // Bowe is told another man's affairs (blind readings r34, r36, r38).
  if (opening.main !== undefined && measures(c) && !otherSubject(c, opening)) return false;
  // What it tells is the lead's matter ("Panel chair Martin Pilkington said the teacher's conduct …"): it is the story.
  // Not a role that titles another name, though: "ex-Leicester flanker Ben Pienaar" shares
  // "flanker" with "England flanker Wood" and is still another team's news.
  const titles = new Set([...c.text.matchAll(/([\p{L}-]+)\s+\p{Lu}\p{Ll}+/gu)].map((m) => wordKey(m[1]!)));
  const leadWords = [...c.keys].filter((k) => !names.has(k) && opening.lead.has(k) && !titles.has(k));
  // Where no one person is the story, one word in common ("session", "second-round clash") is
  // the sport's or the setting's, not the story's matter: two words that are no rank or count.
  // Another person's own news shares the story's words ("Holyfield's £150million fortune" beside
  // Bowe's lost fortune) as a parallel, not as the story; and another bullet that names them
  // (Bowe's "victories over … Holyfield") introduces them without making their affairs the story's.
  const ownNews = opening.main !== undefined && otherSubject(c, opening);
  if (!ownNews && (opening.main !== undefined ? leadWords.length > 0 : leadWords.filter((k) => !isNumberWord(k) && ORDINALS[k] === undefined).length >= SIDE_LEAD_WORDS)) return false;
  const named = [...c.keys].filter((k) => names.has(k) && opening.people.has(k));
  return named.length > 0 && !named.some((k) => opening.names.has(k) || (!ownNews && others.some((o) => o.keys.has(k))));
}

/**
 * A time adverbial that opens a bullet on an earlier date: "In March …", "In 2012 …", "Last
 * year …", "Earlier this month …", "Two years ago …".
 */
export const EARLIER_TIME = /^(?:In\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4})|Last\s+(?:year|month|summer|winter|spring|autumn)|Earlier\s+this\s+(?:year|month)|(?:\w+|\d+)\s+(?:years|months)\s+ago)\b,?/;

/**
 * An earlier event told as background: a bullet dated by its opening adverbial ("In March a
 * 75-year-old nun was gang raped by a group of eight robbers", in the story of a tourist
 * molested in a taxi) that names no one and nowhere the story's opening names. Stories cite such
 * cases for context; a box on this story gives them only when it is short of TRIVIA_FILL, and
 * last, like a side story. Background on the story's own people ("In 2007 Manhart made
 * headlines …") is their story and competes as usual.
 */
export function earlierEvent(c: Candidate, opening: Opening, names: ReadonlySet<string>): boolean {
  // The sentence's own opening dates it, whether or not the bullet kept it ("Earlier this month,
  // an elderly couple were left shocked …" cut to "An elderly couple were left shocked …", which
  // blind reading u8 took for part of this case).
  if (c.bonus > 0 || SUMMARY_KEYS.has(c.sentenceKey) || !(c.datedEarlier || EARLIER_TIME.test(c.text))) return false;
  if (opening.main && c.keys.has(opening.main)) return false;
  return ![...c.keys].some((k) => names.has(k) && opening.names.has(k));
}
