// Newsroom fact-box labels. A label names the role of the fact, so an editor can scan the box
// ("Casualties:", "Target:", "Operator:", "Charges:"), and only where the fact plainly has that
// role: a label that does not fit what follows misleads more than no label. A bullet no role
// fits is a plain bullet (empty label). A box never repeats a label.
import type { Mention } from '../types.ts';

const RULES: readonly (readonly [string, RegExp])[] = [
  ['Operator', /\b(operated by|carried out by|claimed responsibility|conducted by)\b/i],
  // What an attack was aimed at; "customers targeted by Mason" in a fraud story is no "Target:".
  ['Target', /^(?=.*\b(?:attack|strike|struck|drones?|missiles?|bomb|bombing|shelling|raid|rockets?|explosion)\b).*\b(?:targeted|targeting)\b/is],
  // Criminal charges and their outcome, not an accusation in the everyday sense.
  ['Charges', /\b(charged with|convicted of|pleaded (?:not )?guilty|found guilty|sentenced to|jailed for|counts? of)\b/i],
];

/** The labels that fit a sentence-derived bullet, best first; [] when no role fits. */
export function labelChoices(text: string, _mentions: readonly Mention[] = []): string[] {
  return RULES.filter(([, re]) => re.test(text)).map(([label]) => label);
}

/** The label for a sentence-derived bullet: its role, or '' for a plain bullet. */
export function labelFact(text: string, mentions: readonly Mention[] = []): string {
  return labelChoices(text, mentions)[0] ?? '';
}
