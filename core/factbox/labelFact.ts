// Newsroom fact-box labels. A label names the role of the fact, so an editor can scan the box
// ("Casualties:", "Target:", "Operator:", "Charges:", "Verdict:"), and only where the fact plainly has that
// role: a label that does not fit what follows misleads more than no label. A bullet no role
// fits is a plain bullet (empty label). A box never repeats a label.
import type { Mention } from '../types.ts';

/**
 * A charge someone faces ("charged with", "accused of", "faces eight … counts") or a plea on it
 * ("pleaded guilty"), in the bullet's main clause. A sentence
 * ("jailed for 15 months", "sentenced to life") is the punishment, not the offence: it names no
 * charge, so it goes unlabelled, as the label would state what the source does not. Not a rule
 * for anyone who breaks it ("Violators will be jailed for ten days"), nor a charge mentioned in
 * passing in a relative clause ("a manhunt for an instructor who has been charged with …"), nor
 * at the end of a sentence about something else ("an argument … has ended in tragedy with one
 * man dead and another charged with manslaughter").
 */
const CHARGE_PHRASE = /\b(?:charged with|accused of|pleaded (?:not )?guilty|faces? (?:[\w-]+ ){0,6}(?:counts?|charges?)\b)/i;
/**
 * A court's finding on a charge: "was found guilty of coercing …", "convicted of fraud", "cleared
 * of murder". A reader marked "Charges:" on a guilty verdict a wrong label (blind reading b2): the
 * charge is decided, so the bullet reports the verdict.
 */
const VERDICT_PHRASE = /\b(?:convicted of|found (?:not )?guilty|cleared of|acquitted of)\b/i;

function isCharge(text: string): boolean {
  return inMainClause(text, CHARGE_PHRASE);
}

function isVerdict(text: string): boolean {
  return inMainClause(text, VERDICT_PHRASE);
}

function inMainClause(text: string, phrase: RegExp): boolean {
  const m = phrase.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  // Main clause: the charge comes within the first dozen words, with no relative pronoun or modal before it.
  if (before.split(/\s+/).filter((w) => w !== '').length > 12) return false;
  // "… has been arrested after being accused of molesting …": the bullet's fact is the arrest; the
  // accusation is its cause, not a charge.
  return !/\b(?:who|whom|whose|which|that|will|would|could|may|might|if|with|after|following|over)\b/i.test(before);
}

const TARGET = /^(?=.*\b(?:attack|strike|struck|drones?|missiles?|bomb|bombing|shelling|raid|rockets?|explosion)\b).*\b(?:targeted|targeting)\b/is;
/** Words that make a bullet someone's account or a possibility rather than the fact itself. */
const ACCOUNT = /\b(?:says|said|say|claims?|claimed|believes?|may|might|could|possibly|allegedly)\b/i;

const RULES: readonly (readonly [string, { test(text: string): boolean }])[] = [
  // Who carried out an attack; "another stunt carried out by Cyber Berkut" in a story on hackers
  // is no operator (blind reading b1).
  ['Operator', /^(?=.*\b(?:attacks?|strikes?|struck|drones?|missiles?|bombs?|bombing|shelling|raids?|rockets?|explosions?|air ?strikes?|assault|offensive|operation)\b).*\b(?:operated by|carried out by|claimed responsibility|conducted by)\b/is],
  // What an attack was aimed at; "customers targeted by Mason" in a fraud story is no "Target:".
  // Stated as fact, not as someone's account or a possibility: "The US military says a strike
  // targeting Taliban … may have caused 'collateral damage'" is a claim about damage (blind reading u8).
  ['Target', { test: (text: string) => TARGET.test(text) && !ACCOUNT.test(text) }],
  // A charge someone faces, or the plea on it, stated as the bullet's own fact; the verdict on it.
  ['Verdict', { test: isVerdict }],
  ['Charges', { test: isCharge }],
];

/** The labels that fit a sentence-derived bullet, best first; [] when no role fits. */
export function labelChoices(text: string, _mentions: readonly Mention[] = []): string[] {
  return RULES.filter(([, re]) => re.test(text)).map(([label]) => label);
}

/** The label for a sentence-derived bullet: its role, or '' for a plain bullet. */
export function labelFact(text: string, mentions: readonly Mention[] = []): string {
  return labelChoices(text, mentions)[0] ?? '';
}
