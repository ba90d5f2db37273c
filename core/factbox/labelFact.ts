// Newsroom fact-box labels. A label names the role of the fact, so an editor can scan the box;
// when no role is evident the bullet is labelled by its subject ("Who") or as the event ("What").
// A box never repeats a label: each bullet carries the labels that fit it, best first, and the
// box gives a later bullet the next one that is still free.
import type { Mention } from '../types.ts';

const RULES: readonly (readonly [string, RegExp])[] = [
  ['Operator', /\b(operated by|carried out by|claimed responsibility|launched by|conducted by|was behind|were behind)\b/i],
  ['Why', /\b(aimed at|in order to|because|motive|in retaliation|in protest|to protest|in a bid to|in an attempt to)\b/i],
  ['Target', /\b(targeted|targeting|targets?)\b/i],
  ['Charges', /\b(charged|accused|convicted|pleaded|jailed|sentenced|arrested|guilty)\b/i],
];

const UNIT_LABELS: Readonly<Record<string, string>> = {
  km: 'Distance', mile: 'Distance', m: 'Distance', kg: 'Weight', tonne: 'Weight', '%': 'Key figure',
};

/** What someone said or did about the event: statements, denials, apologies, promises. */
const RESPONSE = /\b(said|says|told|responded|replied|apologi[sz]ed|denied|denies|condemned|vowed|promised|pledged|confirmed|announced|urged|warned|insisted|praised|paid tribute|informed|called for|criticised|criticized|defended)\b/i;
/** A place named after a preposition: "in Izhevsk", "at Rugby Park". */
const PLACE = /\b(in|at|near|outside|across)\s+(?:the\s+)?\p{Lu}\p{L}+/u;
/** A name at the start ("Gary Locke will…", "Kupol Electromechanical Plant…") is the subject. */
const NAMED_SUBJECT = /^[A-Z][\p{L}'’.-]+\s+[A-Z]/u;
/** Figures that make a bullet a key figure (not a date, an age or a rank; "one of" is not a figure). */
const FIGURE_KINDS: ReadonlySet<string> = new Set(['count', 'percent', 'fraction', 'money', 'quantity', 'duration', 'score']);
/** Labels for a bullet no role fits, in the order a box uses them. */
export const FALLBACK_LABELS: readonly string[] = ['What', 'Background', 'Detail', 'Context'];

/** The labels that fit a sentence-derived bullet, best first; the last ones are generic. */
export function labelChoices(text: string, mentions: readonly Mention[]): string[] {
  const out: string[] = [];
  const add = (label: string) => { if (!out.includes(label)) out.push(label); };
  for (const [label, re] of RULES) if (re.test(text)) add(label);
  if (mentions.some((m) => m.kind === 'money')) add('Money');
  for (const m of mentions) {
    const label = m.unit ? UNIT_LABELS[m.unit] : undefined;
    if (label) add(label);
  }
  const words = text.split(/\s+/);
  const dated = mentions.some((m) => m.kind === 'date');
  const timed = dated || mentions.some((m) => m.kind === 'year');
  if (dated && (words.length <= 6 || /\b(occurred|happened|took place|began|started|struck|broke out)\b/i.test(text))) add('When');
  if (mentions.some((m) => m.kind === 'age')) add('Who');
  if (NAMED_SUBJECT.test(text)) add('Who');
  const primary = out.length;
  if (primary === 0) add('What');
  // Second choices, for when the first is taken by an earlier bullet.
  if (RESPONSE.test(text)) add('Response');
  if (PLACE.test(text)) add('Where');
  if (timed) add('When');
  if (/["“”‘]|(^|\s)(I|we|We|my|our)\s/u.test(text)) add('Quote');
  if (/\b(will|is due to|are due to|is set to|are set to|plans? to|is expected to|are expected to)\b/.test(text)) add('Next');
  if (mentions.some((m) => m.value !== null && FIGURE_KINDS.has(m.kind) && /\d/.test(m.text))) add('Key figure');
  for (const label of FALLBACK_LABELS) add(label);
  return out;
}

/** The label for a sentence-derived bullet. */
export function labelFact(text: string, mentions: readonly Mention[]): string {
  return labelChoices(text, mentions)[0]!;
}
