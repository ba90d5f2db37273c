// A figure written so precisely that an exact match in a source is the same statement, not a
// coincidence of digits: "48.1 per cent", "16,141", "¥2.89 trillion". Round figures ("1,200",
// "20%") recur for other things in one story; three significant digits rarely do.

/** Significant digits from which an exact match is the same statement, not a coincidence: "48.1", "16,141", "$2.85bn". */
export const PRECISE_DIGITS = 3;

/** Significant digits a figure is written with: "48.1" 3, "16,141,241" 8, "1,200" 2, "0.05" 1. */
export function significantDigits(text: string): number {
  const digits = (/\d[\d,.]*/.exec(text)?.[0] ?? '').replace(/[,]/g, '');
  const [whole = '', frac = ''] = digits.split('.');
  const all = (whole + frac).replace(/^0+/, '');
  return frac === '' ? all.replace(/0+$/, '').length : all.length;
}

/**
 * Whether an amount of money is written precisely in that sense: with a scale word ("¥2.89
 * trillion", "$4.35bn"). A price to the penny ("£14.95") is precise only by convention, and the
 * same price recurs across a story's products.
 */
export function preciseAmount(text: string): boolean {
  return significantDigits(text) >= PRECISE_DIGITS && /\d\s*(?:thousand|million|billion|trillion|bn|m|k|tn|tr)\b/i.test(text);
}
