// What a pasted source's first lines say about it, to prefill the paste dialog: the first line as
// its title, a date written near the top, and the outlet from a wire dateline ("ANKARA (CNN) —",
// "LONDON, Nov 20 (Reuters) -"). Only guesses, shown in fields the user can correct; a date the
// calendar does not have, or a date order that cannot be told (20/11 or 11/20), gives no guess.

export interface PastedSourceDetails {
  title: string;
  outlet: string;
  /** YYYY-MM-DD, or '' when no date was found. */
  published: string;
}

/** Dates and datelines are looked for this far down; further down they belong to the story. */
const HEAD_LINES = 6;
const MAX_TITLE_CHARS = 120;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Wire services and broadcasters whose name on a line of its own, or after a dash, is a credit. */
const KNOWN_OUTLETS = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'CNN', 'BBC News', 'BBC', 'dpa', 'ANSA', 'EFE',
  'Xinhua', 'PA Media', 'UPI', 'Al Jazeera', 'NPR', 'Kyodo', 'Yonhap', 'Anadolu', 'TASS', 'Interfax',
];

export function guessPastedSourceDetails(text: string): PastedSourceDetails {
  const lines = text.split(/\r\n?|\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
  const head = lines.slice(0, HEAD_LINES);
  return { title: titleOf(lines[0] ?? ''), outlet: outletOf(head), published: dateOf(head) };
}

function titleOf(line: string): string {
  return line.length > MAX_TITLE_CHARS ? `${line.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…` : line;
}

function outletOf(head: readonly string[]): string {
  for (const line of head) {
    // "ANKARA, Turkey (CNN) — …", "LONDON, Nov 20 (Reuters) - …": the name in brackets before a dash.
    const dateline = /\(([A-Z][\p{L}&.' -]{1,40}?)\)\s*[-—–]/u.exec(line);
    if (dateline?.[1]) return dateline[1].trim();
    const known = KNOWN_OUTLETS.find((name) => {
      const n = escape(name);
      // "Reuters" on its own line, "By Jane Doe, Reuters", "— Reuters", "Reuters reported".
      return new RegExp(`^(${n})$|^by [^,]+, (${n})$|[-—–] ?(${n})$|^(${n}) [-—–]`, 'i').test(line);
    });
    if (known) return known;
  }
  return '';
}

function dateOf(head: readonly string[]): string {
  for (const line of head) {
    const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
    if (iso) return calendar(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})\\b`, 'i').exec(line);
    if (dayFirst) return calendar(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
    const monthFirst = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i').exec(line);
    if (monthFirst) return calendar(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  }
  return '';
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function calendar(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return '';
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
