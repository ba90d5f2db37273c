// A saved web page reduced to the article it carries: its paragraphs, and what
// the page says about it (headline without the site's name, publication date, byline, outlet,
// address). Runs inside the parse worker, like every importer: the page is untrusted.
//
// The DOM is linkedom's, not jsdom's. Both give Readability the same article on our saved pages
// (tests/fixtures/quake-toll-article.html), but measured on Node 24 linkedom parsed that page in
// 25 ms against jsdom's 460 ms, and a 3.7 MB page in 0.7 s + 3.7 s of Readability against 3.8 s
// + 10 s, with half the heap (156 MB against 300 MB) — which matters under the parse process's
// memory cap. It is also a third of the install (14 packages, 8 MB, against 28 and 24 MB).
// Security decides it too: linkedom has no script engine and no resource loader at all, so a
// page's scripts cannot run and its images, styles and iframes cannot be fetched however it is
// called; jsdom has both and is only safe for as long as nobody passes it `runScripts` or a
// `resources` option.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './extractText.ts';
import type { ExtractedText } from './extractText.ts';
import type { PageDocument } from './pageDom.ts';
import { calendarDate, readPageMetadata, withoutBy } from './readPageMetadata.ts';
import type { PageMetadata } from './readPageMetadata.ts';
import { removePageFurniture, withoutFurnitureLines } from './removePageFurniture.ts';
import { titleWithoutSiteName } from './titleWithoutSiteName.ts';

/** Readability's default is 500: shorter articles (a three-paragraph wire snap) would be
 *  refused and the whole page kept instead. */
const MIN_ARTICLE_CHARS = 200;

/** Start tags above which a page is not given a DOM: linkedom and Readability took about 12 s
 *  for 90,000 elements on a busy two-core machine and over a minute (1.3 GB) for 540,000, past
 *  the web page's time limit. News pages have a few thousand; a page this size is a data dump or
 *  a forum export, and is read by the tokenizer alone, furniture lines still removed. */
const MAX_DOM_ELEMENTS = 60_000;
/** "By Maria Lopez, Europe correspondent, in Ankara" fits; an author box with a biography does not. */
const MAX_BYLINE_CHARS = 120;

export function readArticle(html: string): ExtractedText {
  if (startTagCount(html) > MAX_DOM_ELEMENTS) return readWithTokenizer(html);
  try {
    return readWithDom(html);
  } catch {
    // linkedom or Readability tripped over the markup (fuzzing found an empty page leaves
    // linkedom without a root element): the tokenizer reads anything, so the page still arrives.
    return readWithTokenizer(html);
  }
}

function readWithDom(html: string): ExtractedText {
  // linkedom builds the document without a window to run anything in; parseHTML is its only door.
  const { document } = parseHTML(html) as unknown as { document: PageDocument };
  const metadata = readPageMetadata(document);
  const pageTitle = document.title.replace(/\s+/g, ' ').trim();
  const h1 = document.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim();
  // Bylines are read before the furniture goes: the element that names the author is removed.
  const bylineElement = document.querySelector('[rel="author"], [class*="byline"] [class*="name"], [class*="byline"], [class*="author"]');
  removePageFurniture(document);

  // Readability rewrites the document it is given; it gets the cleaned one, and only the text
  // of its result is kept — its HTML is reduced by the same tokenizer as any page.
  const article = new Readability(document as never, { charThreshold: MIN_ARTICLE_CHARS, keepClasses: false }).parse();
  const content = article?.content ? htmlToText(article.content).text : '';
  return finish({
    // When Readability finds no article (a bare page, a list), the page's own text is kept:
    // losing a source the user chose is worse than keeping its furniture.
    text: content.trim() !== '' ? content : htmlToText(html).text,
    metadata: {
      ...metadata,
      ...(metadata.outlet === undefined && article?.siteName ? { outlet: article.siteName.trim() } : {}),
      ...(metadata.published === undefined && calendarDate(article?.publishedTime ?? undefined) ? { published: calendarDate(article?.publishedTime ?? undefined) } : {}),
    },
    byline: metadata.byline ?? (article?.byline ? withoutBy(article.byline) : undefined) ?? bylineFrom(bylineElement?.textContent),
    pageTitle: pageTitle || article?.title || '',
    h1,
  });
}

/** A page too large for a DOM, or one the DOM path failed on: the metadata from its <head> alone
 *  (small, even then), the text from the tokenizer. */
function readWithTokenizer(html: string): ExtractedText {
  const page = htmlToText(html);
  let metadata: PageMetadata = {};
  try {
    const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
    const head = headEnd === -1 ? '' : html.slice(0, headEnd).replace(/^[\s\S]*?<head[^>]*>/i, '');
    const { document } = parseHTML(`<!doctype html><html><head>${head}</head><body></body></html>`) as unknown as { document: PageDocument };
    metadata = readPageMetadata(document);
  } catch {
    // Metadata is a bonus; the text is what the user imported.
  }
  return finish({ text: page.text, metadata, byline: metadata.byline, pageTitle: page.title ?? '', h1: undefined });
}

interface PageReading {
  text: string;
  metadata: PageMetadata;
  byline: string | undefined;
  pageTitle: string;
  h1: string | undefined;
}

function finish({ text: pageText, metadata, byline, pageTitle, h1 }: PageReading): ExtractedText {
  const outlet = metadata.outlet;
  const rawTitle = metadata.headline ?? (pageTitle || h1 || '');
  // Besides the outlet, what the <title> adds after the page's own headline is the site's name.
  const siteNames = [outlet, ...(h1 && pageTitle.startsWith(h1) ? [pageTitle.slice(h1.length).replace(/^\W+/, '')] : [])]
    .filter((name): name is string => !!name);
  const title = titleWithoutSiteName(rawTitle, siteNames);

  const lines = withoutFurnitureLines(pageText.split('\n'), byline);
  // The headline as the first line repeats the title field; the body starts after it.
  if (lines.length > 1 && title !== '' && lines[0] === title) lines.shift();

  // A blank line between paragraphs, as Word documents arrive: the reader shows each as its own
  // paragraph, and evidence never runs from one into the next. List items stay together.
  const text = lines.map((line, i) => (i === 0 ? '' : line.startsWith('• ') && lines[i - 1]!.startsWith('• ') ? '\n' : '\n\n') + line).join('');
  const result: ExtractedText = { text };
  if (title) result.title = title;
  if (metadata.published) result.published = metadata.published;
  if (byline) result.byline = byline;
  if (outlet) result.outlet = outlet.slice(0, 500);
  if (metadata.url) result.url = metadata.url;
  return result;
}

/** A byline element's text, unless it is an author's biography rather than a name line. */
function bylineFrom(text: string | null | undefined): string | undefined {
  const clean = withoutBy(text ?? '');
  return clean !== '' && clean.length <= MAX_BYLINE_CHARS ? clean : undefined;
}

function startTagCount(html: string): number {
  let count = 0;
  const tag = /<[a-z]/gi;
  while (tag.exec(html) !== null) count++;
  return count;
}
