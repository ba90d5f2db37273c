// The snippet under a search result: a line of the source around the place where the query's words
// come closest together. SQLite's snippet() is not used: it scores a window at every match against
// every other match in the document, so its cost grows with the square of the document (a 10 MB
// single-line source took minutes). Here one regex pass over the text stops at the first window
// holding every word, and only that window is split into highlighted segments.
import type { Snippet } from '../shared/ipcContract.ts';
import type { SearchTerm } from '../shared/searchTerms.ts';

/** About two lines of the results list. */
const SNIPPET_CHARS = 200;
/** Context kept before the first highlighted word. */
const LEAD_CHARS = 50;
/** Words this close count as one window; the rest of SNIPPET_CHARS leaves room after the last. */
const CLUSTER_CHARS = 120;
/** A common prefix ("co") matches hundreds of thousands of words in a large source; past this many
 *  the best window so far is good enough. */
const MAX_MATCHES_SCANNED = 20_000;
const ELLIPSIS = '…';
const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}]`;

/** The snippet for a result: around the words in `text`, else in `title` (a hit on the title
 *  alone), else the opening of the text without highlights. */
export function searchSnippet(text: string, title: string, terms: readonly SearchTerm[]): Snippet {
  const pattern = termsPattern(terms);
  if (pattern) {
    for (const field of [text, title]) {
      const window = bestWindow(field, pattern);
      if (window) return highlight(field, window, pattern);
    }
  }
  const end = wordEnd(text, Math.min(text.length, SNIPPET_CHARS));
  return [{ text: collapse(text.slice(0, end)) + (end < text.length ? ELLIPSIS : ''), match: false }];
}

interface Window {
  start: number;
  end: number;
}

interface TermsPattern {
  regex: RegExp;
  /** Distinct terms, one capture group each, so a match says which word it is. */
  groups: number;
}

function termsPattern(terms: readonly SearchTerm[]): TermsPattern | null {
  const alternatives = [...new Set(terms.map(wordPattern))];
  if (alternatives.length === 0) return null;
  return { regex: new RegExp(`(?<!${WORD_CHAR})(?:(${alternatives.join(')|(')}))`, 'giu'), groups: alternatives.length };
}

/** Case-insensitive, and a Latin letter also matches its accented forms, as the index's
 *  remove_diacritics tokenizer does; a combining mark after any letter is part of the word. */
function wordPattern(term: SearchTerm): string {
  const letters = [...term.word].map((ch) => {
    const base = foldLatin(ch);
    return `${base === null ? ch : `[${base}${latinVariants().get(base) ?? ''}]`}\\p{M}*`;
  });
  // A prefix highlights the whole word it starts, as the index matched the whole word.
  return letters.join('') + (term.prefix ? `${WORD_CHAR}*` : `(?!${WORD_CHAR})`);
}

function bestWindow(text: string, { regex: pattern, groups }: TermsPattern): Window | null {
  const lastSeen: number[] = new Array<number>(groups).fill(-Infinity);
  let best: { count: number; start: number; end: number } | null = null;
  pattern.lastIndex = 0;
  let scanned = 0;
  for (let m = pattern.exec(text); m && scanned < MAX_MATCHES_SCANNED; m = pattern.exec(text), scanned++) {
    const at = m.index;
    lastSeen[m.slice(1).findIndex((g) => g !== undefined)] = at;
    const near = lastSeen.filter((seen) => at - seen <= CLUSTER_CHARS);
    if (!best || near.length > best.count) {
      best = { count: near.length, start: Math.min(...near), end: at + m[0].length };
      if (near.length === groups) break;
    }
  }
  if (!best) return null;
  const start = best.start <= LEAD_CHARS ? 0 : wordStart(text, best.start - LEAD_CHARS, best.start);
  const end = Math.max(best.end, wordEnd(text, Math.min(text.length, start + SNIPPET_CHARS)));
  return { start, end };
}

function highlight(text: string, { start, end }: Window, { regex: pattern }: TermsPattern): Snippet {
  const segments: Snippet = [];
  const plain = (s: string) => {
    if (s !== '') segments.push({ text: collapse(s), match: false });
  };
  // The character before the window goes along, so the word-start check sees what the text has there.
  const from = Math.max(0, start - 1);
  const slice = text.slice(from, end);
  let done = start - from;
  pattern.lastIndex = done;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    plain(slice.slice(done, m.index));
    segments.push({ text: m[0], match: true });
    done = m.index + m[0].length;
  }
  plain(slice.slice(done));
  if (start > 0) prepend(segments, ELLIPSIS);
  if (end < text.length) append(segments, ELLIPSIS);
  return segments;
}

/** Moves `at` forward to just after a space, when there is one before `limit`. */
function wordStart(text: string, at: number, limit: number): number {
  const space = text.slice(at, limit).search(/\s/);
  return space === -1 ? safeBoundary(text, at) : at + space + 1;
}

/** Moves `at` back to a space, when there is one in the last third of the window. */
function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const tail = text.slice(at - Math.floor(SNIPPET_CHARS / 3), at);
  const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'), tail.lastIndexOf('\t'));
  return space === -1 ? safeBoundary(text, at) : at - tail.length + space;
}

/** Never cuts a surrogate pair in two. */
function safeBoundary(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function prepend(segments: Snippet, s: string): void {
  const first = segments[0];
  if (first && !first.match) first.text = s + first.text;
  else segments.unshift({ text: s, match: false });
}

function append(segments: Snippet, s: string): void {
  const last = segments.at(-1);
  if (last && !last.match) last.text += s;
  else segments.push({ text: s, match: false });
}

/** The ASCII letter a Latin letter reduces to without its accents, or null. */
function foldLatin(ch: string): string | null {
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return /^[a-z]$/.test(base) ? base : null;
}

let variants: Map<string, string> | undefined;
/** Every accented Latin letter (Latin-1, Extended-A/B, Extended Additional), by its ASCII base. */
function latinVariants(): Map<string, string> {
  if (variants) return variants;
  variants = new Map();
  for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      const base = foldLatin(ch);
      if (base !== null && base !== ch.toLowerCase()) variants.set(base, (variants.get(base) ?? '') + ch);
    }
  }
  return variants;
}
