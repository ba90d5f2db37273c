// Picture captions that ran into the story's text with no full stop ("… training ground The
// nine-year-old kicks …", "Caught red-faced: Incredibly, …"). Finding where the caption ends
// lets the lead be read as its own sentence and the caption as a statement beside it.
import type { SourceDocument } from '../types.ts';
import { CALENDAR_NAMES, LEADING_FILLER, STOP_WORDS, type FactToken } from './factText.ts';
import { wordCase } from './storyWords.ts';
import { verbForm } from './verbForm.ts';
import { NOT_NAMES, surnameFirstUse } from './mainPerson.ts';

/** A picture-caption label: "Tragic:", "Freak coincidence:". */
export const CAPTION_LABEL = /^\p{Lu}\p{Ll}+:$/u;
/** Sentence adverbs set off by a comma, which open a sentence and nothing else: "Sure, …", "Sadly, …". */
const SENTENCE_ADVERBS = /^(?:Sure|Indeed|Clearly|Certainly|Sadly|Luckily|Fortunately|Unfortunately|Ironically|Admittedly|Of course|Yes|No),$/;
/** Fewest tokens a caption run into a sentence has before the lead starts again. */
const MIN_CAPTION_TOKENS = 6;
export const GLUED_SENTENCE_START = /^(The|A|An|This|These|Those|It|He|She|They|His|Her|Their|There|Police|Officials)$/;

/** Verbs whose complement is a name or title: "named The Big One", "dubbed The First Great Escape". */
const NAMING_VERB = /^(?:named|called|dubbed|nicknamed|titled|entitled|christened|renamed|crowned|voted|branded|labelled|labeled)$/;

/**
 * A caption's label of two or three words run into the sentence before it: "… in Arlington,
 * Virginia Caught red-faced: Incredibly, McHenry was warned …", "Unhappy customer: Britt …".
 * A capitalised word, lower-case words, the last ending on a colon, and a capital or a quotation
 * mark after it. A day or month with its part of day ("Tuesday night: 'We …'") introduces a
 * quotation, not a picture.
 */
const LABEL_HEAD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const LABEL_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
const LABEL_END = /^\p{Ll}[\p{Ll}'’-]*:$/u;
const CALENDAR_WORD = new RegExp(`^(?:${CALENDAR_NAMES}|Today|Yesterday|Tonight|Last|Next|Earlier|Later)$`);

function captionLabelAt(tokens: readonly FactToken[], i: number): boolean {
  if (!LABEL_HEAD.test(tokens[i]!.raw) || CALENDAR_WORD.test(tokens[i]!.raw)) return false;
  for (let j = i + 1; j <= i + 2 && j < tokens.length - 1; j++) {
    const w = tokens[j]!.raw;
    if (LABEL_END.test(w)) return /^[\p{Lu}'‘"“]/u.test(tokens[j + 1]!.raw);
    if (!LABEL_WORD.test(w)) return false;
  }
  return false;
}

/**
 * Whether token `i` starts a sentence that a picture caption ran into with no full stop
 * ("… training ground The nine-year-old kicks …", "… medieval history One of …"): a capitalised
 * determiner, pronoun or connective, or a capitalised word the story otherwise writes in lower case, after
 * an unpunctuated lower-case word — but not a title before a name ("said President Obama") or
 * a capital after a function word ("immortalised in The Great Escape").
 */
export function gluedSentenceStart(tokens: readonly FactToken[], i: number, source: SourceDocument): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (/[,;:(–—-]$/.test(prev.raw) || !/[\p{Ll}\p{N}’'”)]$/u.test(prev.raw) || STOP_WORDS.has(prev.lower)) return false;
  // "… live on BBC One's The One Show": a possessive takes the name after it.
  if (/['’]s$/.test(prev.raw)) return false;
  // "He was named The Big One and …": a verb of naming takes the name that follows as its
  // complement; a caption does not end on one.
  if (NAMING_VERB.test(prev.raw)) return false;
  // "… off the bench However, striker …": a capitalised connective opens the next sentence.
  // "Montgomery County Police" is a name, not a new sentence.
  if (/^(?:Police|Officials)$/.test(t.raw) && /^\p{Lu}/u.test(prev.raw)) return false;
  if (captionLabelAt(tokens, i)) return true;
  if (GLUED_SENTENCE_START.test(t.raw) || ((LEADING_FILLER.has(t.lower) || SENTENCE_ADVERBS.test(t.raw)) && /^\p{Lu}\p{Ll}+,?$/u.test(t.raw))) return true;
  // "Germans now think of themselves as victims of Hitler and his Nazi Regime Germans no longer see
  // …": a caption restates the lead it runs into, so the sentence's first word opening a clause
  // again, with no stop before it, starts the lead.
  if (i >= MIN_CAPTION_TOKENS && t.raw === tokens[0]!.raw && /^\p{Lu}\p{Ll}+$/u.test(t.raw) && /^\p{Ll}/u.test(tokens[i + 1]?.raw ?? '')) return true;
  // "… against Real Union in November 2008 Bueno has scored 17 goals …": a surname the story has
  // already used, as the subject of a finite verb, right after a bare number. Not after a
  // lower-case word, which may be an adjective or a title of the name ("the younger Jordan
  // was", "striker Bueno has").
  if (/^\p{Lu}\p{Ll}+$/u.test(t.raw) && /^\d+$/.test(prev.raw) && !NOT_NAMES.test(t.raw) && verbForm(tokens[i + 1]?.raw ?? '') !== undefined
    && (surnameFirstUse(source).get(t.raw) ?? Infinity) < t.start) return true;
  // "… returning to his native country Armed with court orders, detectives …": a capitalised
  // participle with its "with" or "by" after a lower-case word opens a sentence of its own.
  if (/^\p{Lu}\p{Ll}{2,}ed$/u.test(t.raw) && /^\p{Ll}/u.test(prev.raw) && /^(?:with|by)$/.test(tokens[i + 1]?.lower ?? '')) return true;
  // "… public shaming online Sure, McHenry …": a sentence adverb set off by its comma counts too.
  if (!/^\p{Lu}\p{Ll}+,?$/u.test(t.raw) || !/^\p{Ll}/u.test(prev.raw) || (/^\p{Lu}/u.test(tokens[i + 1]?.raw ?? '') && !/,$/.test(t.raw))) return false;
  const counts = wordCase(source).get(t.lower);
  return counts !== undefined && counts.lower > 0 && counts.lower >= counts.capitalised;
}
