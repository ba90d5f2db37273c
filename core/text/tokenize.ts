// Word/number/symbol tokens with offsets. Digits keep their separators ("1,300", "1.2") and are
// split from glued letters ("1,000km" -> "1,000" "km") so units and scales read as words.

export interface Token {
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly type: 'num' | 'word' | 'sym';
  /** True when whitespace separates this token from the previous one (or it is first). */
  readonly spaced: boolean;
}

// A decimal with no leading zero is one number when nothing is glued before its point: US copy
// writes a blood-alcohol reading ".179%" and a batting average ".300".
// A raised point between digits ("1·64 million") is the decimal point of British house styles.
// A comma before one or two digits and a dash joins two set scores ("6-3,7-5"), not a number.
const TOKEN_RE = /(?<![\p{L}\p{N}.,])\.\d+(?![.,]\d)|\d+(?:[.\u00b7]\d+|,(?!\d{1,2}[-–]\d)\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\S/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let prevEnd = -1;
  for (;;) {
    const m = TOKEN_RE.exec(text);
    if (m === null || m.index >= to) break;
    const raw = m[0];
    const start = m.index;
    const end = Math.min(start + raw.length, to);
    const t = raw.length === end - start ? raw : raw.slice(0, end - start);
    const c = t.charCodeAt(0);
    const type: Token['type'] = (c >= 48 && c <= 57) || (c === 46 && t.length > 1) ? 'num' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'sym';
    out.push({ text: t, lower: t.toLowerCase(), start, end, type, spaced: prevEnd !== start });
    prevEnd = end;
  }
  return out;
}
