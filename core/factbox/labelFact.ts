// Newsroom fact-box labels. A label names the role of the fact, so an editor can scan the box;
// when no role is evident the bullet is labelled by its subject ("Who") or as the event ("What").
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

/** The label for a sentence-derived bullet. */
export function labelFact(text: string, mentions: readonly Mention[]): string {
  for (const [label, re] of RULES) if (re.test(text)) return label;
  const money = mentions.find((m) => m.kind === 'money');
  if (money) return 'Money';
  for (const m of mentions) {
    const label = m.unit ? UNIT_LABELS[m.unit] : undefined;
    if (label) return label;
  }
  const words = text.split(/\s+/);
  const dates = mentions.filter((m) => m.kind === 'date');
  if (dates.length > 0 && (words.length <= 6 || /\b(occurred|happened|took place|began|started|struck|broke out)\b/i.test(text))) return 'When';
  if (mentions.some((m) => m.kind === 'age')) return 'Who';
  // A name at the start ("Gary Locke will…", "Kupol Electromechanical Plant…") is the subject.
  if (/^(?:[A-Z][\p{L}'’.-]+\s){1,3}/u.test(text) && /^[A-Z][\p{L}'’.-]+\s+[A-Z]/u.test(text)) return 'Who';
  return 'What';
}
