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
const CHARGE_PHRASE = /\b(?:charged with|accused of|faces? (?:[\w-]+ ){0,6}(?:counts?|charges?)\b)/i;
/**
 * The defendant's answer to a charge: "has pleaded not guilty to 19 counts", "denied the
 * charges". A reader marked "Charges:" on a plea a wrong label (blind reading r41): the charges
 * are what the prosecution brings, the plea what the accused says to them.
 */
const PLEA_PHRASE = /\b(?:pleaded|pleads|pled|plead|has pleaded|admitted|denied|denies|denying) (?:(?:not )?guilty|(?:all |the )?charges?|(?:all |the )?counts?)\b/i;
/** A finite verb after a participle's charge: the charge describes the subject of that verb. */
const FINITE_AFTER = /\b(?:has|have|had|was|were|is|are|will|would|pleaded|pleads|appeared|appears|denied|denies|admitted|admits|told|faces|walked|went|fled)\b/i;
/**
 * "A man accused of assault has pleaded …": a charge in a participle after its noun describes the
 * subject; the bullet's own fact is what follows. After these words ("has been charged with",
 * "was formally accused of") the participle states it.
 */
const STATING_AUXILIARY = /\b(?:is|was|are|were|been|be|being|stands?|stood|now|also|formally|later|since|then)$/i;
/**
 * A court's finding on a charge: "was found guilty of coercing …", "convicted of fraud", "cleared
 * of murder". A reader marked "Charges:" on a guilty verdict a wrong label (blind reading b2): the
 * charge is decided, so the bullet reports the verdict.
 */
const VERDICT_PHRASE = /\b(?:convicted of|found (?:not )?guilty|cleared of|acquitted of)\b/i;

function isCharge(text: string): boolean {
  const m = mainClauseMatch(text, CHARGE_PHRASE);
  if (!m) return false;
  // "faces eight counts" is a finite verb of its own.
  if (/^face/i.test(m[0])) return true;
  // "charged with", "accused of" is a participle: it states the charge after "has been", or as a
  // headline states it ("Man charged with murder"), but a finite verb after it makes it a
  // description of the subject ("A man accused of assault has pleaded not guilty").
  const before = text.slice(0, m.index).trimEnd();
  return before === '' || STATING_AUXILIARY.test(before) || !FINITE_AFTER.test(text.slice(m.index + m[0].length));
}

function isPlea(text: string): boolean {
  return mainClauseMatch(text, PLEA_PHRASE) !== undefined;
}

function isVerdict(text: string): boolean {
  return mainClauseMatch(text, VERDICT_PHRASE) !== undefined;
}

/** The phrase's first match in `text` when it stands in the bullet's main clause, else undefined. */
function mainClauseMatch(text: string, phrase: RegExp): RegExpExecArray | undefined {
  const m = phrase.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  // Main clause: the charge comes within the first dozen words, with no relative pronoun or modal before it.
  if (before.split(/\s+/).filter((w) => w !== '').length > 12) return undefined;
  // "… has been arrested after being accused of molesting …": the bullet's fact is the arrest; the
  // accusation is its cause, not a charge.
  return /\b(?:who|whom|whose|which|that|will|would|could|may|might|if|with|after|following|over)\b/i.test(before) ? undefined : m;
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
  ['Plea', { test: isPlea }],
];

/** The labels that fit a sentence-derived bullet, best first; [] when no role fits. */
export function labelChoices(text: string, _mentions: readonly Mention[] = []): string[] {
  return RULES.filter(([, re]) => re.test(text)).map(([label]) => label);
}

/** The label for a sentence-derived bullet: its role, or '' for a plain bullet. */
export function labelFact(text: string, mentions: readonly Mention[] = []): string {
  return labelChoices(text, mentions)[0] ?? '';
}
