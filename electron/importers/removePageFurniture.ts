// The parts of a news page that are not the article but read like text: figure captions, gallery
// counters ("Image 1 of 14"), "Scroll down for video", "Most read" lists, bylines, cookie
// banners, share bars. Readability drops most page chrome by itself, but it keeps captions and
// any of these that sit inside the article's own container — and the claim checker then finds
// "14" in "Image 1 of 14" and calls an invented "14 buildings" supported. So they go twice: as
// elements, before the article pass, and as whole lines, after it, for markup no class gives away.
import type { PageDocument, PageElement } from './pageDom.ts';

/** Class or id words that mark furniture. Matched against whole words of the attribute (split
 *  on anything not a letter or digit), so "story-body" never matches "body-copy" rules. */
const FURNITURE_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'byline', 'bylines', 'cookie', 'cookies', 'consent', 'gdpr',
  'breadcrumb', 'breadcrumbs', 'share', 'sharing', 'social', 'newsletter', 'advert', 'advertisement', 'promo',
  'related', 'trending', 'mostread', 'mostpopular', 'outbrain', 'taboola', 'gallery', 'slideshow', 'carousel',
]);
/** Two-word class names ("most-read", "most_popular"). */
const FURNITURE_PAIRS = [['most', 'read'], ['most', 'popular'], ['most', 'viewed'], ['read', 'more'], ['video', 'player']];
/** Elements that are never article text, whatever their class. */
const FURNITURE_TAGS = 'figcaption, nav, footer, button, dialog, [role="dialog"], [role="navigation"], [rel="author"]';
/** An element matched by its class that holds more than this share of the page's text is a
 *  wrapper with an unlucky name ("page social-enabled"), not furniture, and stays. */
const MAX_FURNITURE_TEXT_SHARE = 0.3;

/** A whole line (or element) that is furniture. */
const FURNITURE_LINES = [
  /^(image|photo|picture|slide|photograph)\s*\d+\s*(of|\/)\s*\d+$/i, // gallery counters
  /^\d+\s*\/\s*\d+$/, // "1/14" beside gallery arrows
  /^scroll (down )?(for|to see) (the )?video$/i,
  /^(most read|most popular|most viewed|most shared|trending( now)?|read more|related( stories| articles| topics)?|more on this story|top stories|you may also like|recommended( for you)?|advertisement|skip to content|share( this (article|story))?)$/i,
  /^(video|audio),? \d{1,2}:\d{2}(:\d{2})?$/i, // "Video, 00:01:14"
  /^(watch|listen): /i, // a player's title ("Watch: Drone footage shows…")
];
/** A counter inside a line ("… Photograph: Example News / Image 7 of 14"). */
const INLINE_COUNTER = /\s*[/|·-]?\s*\b(image|photo|picture|slide)\s*\d+\s*(of|\/)\s*\d+\b/gi;
/** Lines this long are prose, whatever they start with. */
const MAX_FURNITURE_LINE_CHARS = 120;

export function removePageFurniture(document: PageDocument): void {
  const body = document.body;
  if (!body) return;
  for (const element of Array.from(body.querySelectorAll(FURNITURE_TAGS))) element.remove();
  const pageChars = textLength(body);
  for (const element of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (element.tagName === 'MAIN' || element.tagName === 'ARTICLE' || !isFurnitureByName(`${element.className} ${element.id}`)) continue;
    if (element.querySelector('article') || textLength(element) > pageChars * MAX_FURNITURE_TEXT_SHARE) continue;
    element.remove();
  }
  // Headings such as "Most read" take the list that follows them, and the box they sit in when
  // that box holds nothing else.
  for (const heading of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, span, div, li, strong'))) {
    if (!isFurnitureLine(heading.textContent ?? '')) continue;
    const next = heading.nextElementSibling;
    if (next && (next.tagName === 'UL' || next.tagName === 'OL')) next.remove();
    const parent = heading.parentElement;
    heading.remove();
    if (parent && parent.tagName !== 'BODY' && parent.tagName !== 'ARTICLE' && parent.tagName !== 'MAIN' && (parent.textContent ?? '').trim() === '') parent.remove();
  }
}

function textLength(element: PageElement): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').length;
}

function isFurnitureByName(names: string): boolean {
  const words = names.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
  if (words.some((word) => FURNITURE_WORDS.has(word))) return true;
  return FURNITURE_PAIRS.some(([a, b]) => words.some((word, i) => word === a && words[i + 1] === b));
}

export function isFurnitureLine(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  return text !== '' && text.length <= MAX_FURNITURE_LINE_CHARS && FURNITURE_LINES.some((pattern) => pattern.test(text));
}

/** The article's lines without furniture lines, inline gallery counters or the byline. */
export function withoutFurnitureLines(lines: readonly string[], byline: string | undefined): string[] {
  const bylineKey = byline ? key(byline) : undefined;
  return lines
    .map((line) => line.replace(INLINE_COUNTER, '').trim())
    .filter((line) => line !== '' && !isFurnitureLine(line))
    .filter((line) => bylineKey === undefined || (key(line) !== bylineKey && key(line) !== `by ${bylineKey}`));
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
