// Number words <-> numbers. Newsroom copy mixes "three" and "3", "1.2 million" and
// "1,200,000"; the checker compares values, so both sides must normalise the same way.

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
/** Abbreviated scales glued to or following digits: "$10bn", "€3m", "5k". */
export const SHORT_SCALES: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1000, millionth: 1e6,
};
/** Denominators of fractions: "a fifth", "two-thirds". */
export const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5,
  fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9,
  ninths: 9, tenth: 10, tenths: 10,
};

export function isNumberWord(w: string): boolean {
  return w in UNITS || w in TENS || w in SCALES;
}

/**
 * Parses a sequence of lower-case number words ("one", "hundred", "and", "five") into a value.
 * Returns the value and how many words were consumed (0 when the first word is not a number).
 * "twenty-five" must be split into ["twenty", "five"] by the caller.
 */
export function parseNumberWords(words: readonly string[]): { value: number; used: number } {
  let total = 0;
  let current = 0;
  let used = 0;
  let sawAny = false;
  let lastWasUnit = false;
  let lastWasTen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (w === 'and' && sawAny) {
      const nx = words[i + 1] ?? '';
      if ((nx in UNITS || nx in TENS) && (current % 100 === 0 || total > 0) && !lastWasUnit) continue;
      break;
    }
    if (w in UNITS) {
      if (lastWasUnit || (lastWasTen && (UNITS[w] ?? 0) >= 10)) break;
      if (lastWasTen && (UNITS[w] ?? 0) === 0) break;
      current += UNITS[w] ?? 0;
      lastWasUnit = true;
      lastWasTen = false;
    } else if (w in TENS) {
      if (lastWasUnit || lastWasTen || current % 100 !== 0) break;
      current += TENS[w] ?? 0;
      lastWasTen = true;
      lastWasUnit = false;
    } else if (w in SCALES) {
      const s = SCALES[w] ?? 1;
      if (!sawAny) break;
      if (s === 100) {
        if (current % 100 !== 0 && current >= 100) break;
        current = (current === 0 ? 1 : current) * 100;
      } else {
        if (current === 0 && total === 0) current = 1;
        total += current * s;
        current = 0;
      }
      lastWasUnit = false;
      lastWasTen = false;
    } else {
      break;
    }
    sawAny = true;
    used = i + 1;
  }
  if (!sawAny) return { value: 0, used: 0 };
  return { value: total + current, used };
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TEN_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function below1000(n: number): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h > 0) out.push(SMALL[h] ?? '', 'hundred');
  if (r > 0) {
    if (h > 0) out.push('and');
    if (r < 20) out.push(SMALL[r] ?? '');
    else {
      const t = TEN_WORDS[Math.floor(r / 10)] ?? '';
      out.push(r % 10 ? `${t}-${SMALL[r % 10] ?? ''}` : t);
    }
  }
  return out;
}

/** Spells a non-negative integer below 10^15 in British newsroom style ("one hundred and five"). */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e15) return String(n);
  if (n === 0) return 'zero';
  const parts: string[] = [];
  const scales: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];
  let rest = n;
  for (const [size, name] of scales) {
    const q = Math.floor(rest / size);
    if (q > 0) {
      parts.push(...below1000(q), name);
      rest -= q * size;
    }
  }
  if (rest > 0) {
    if (parts.length > 0 && rest < 100) parts.push('and');
    parts.push(...below1000(rest));
  }
  return parts.join(' ');
}

/** Parses digits with thousands separators or a decimal point: "1,300", "1.2", "1 300" is not handled. */
export function parseDigits(raw: string): number | null {
  // A raised point is a decimal point in some British styles ("1·64 million", "89·1%").
  const t = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/(?<=\d)\u00b7(?=\d)/g, '.');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(t)) return Number(t.replace(/\./g, '')); // 1.000.000
  if (/^\d+,\d{1,2}$/.test(t)) return Number(t.replace(',', '.')); // European decimal "2,5"
  const v = Number(t.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}
