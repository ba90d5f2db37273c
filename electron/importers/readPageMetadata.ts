// What a saved news page says about itself: headline, publication date, byline, outlet and
// address, from the places publishers put them for search engines and social cards. Read before
// the article pass, which rewrites the document. Every value is optional; a wrong guess is worse
// than none, so dates that do not exist and addresses that are not http(s) are dropped.
import type { PageDocument } from './pageDom.ts';

export interface PageMetadata {
  /** The headline as the page states it, site name not yet removed. */
  headline?: string;
  /** YYYY-MM-DD, the date as written on the page (its own time zone), not converted to UTC. */
  published?: string;
  byline?: string;
  outlet?: string;
  url?: string;
}

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|WebPage|ScholarlyArticle|TechArticle)$/;
/** Enough for any real JSON-LD block; a page stuffed with megabytes of it is not parsed. */
const MAX_JSON_LD_CHARS = 1_000_000;

export function readPageMetadata(document: PageDocument): PageMetadata {
  const meta = metaValues(document);
  const ld = jsonLdArticle(document);
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const result: PageMetadata = {};
  const headline = first(ld?.headline, meta.get('og:title'), meta.get('twitter:title'));
  if (headline) result.headline = headline;
  const published = [
    meta.get('article:published_time'), meta.get('og:article:published_time'), ld?.datePublished, meta.get('datepublished'),
    meta.get('pubdate'), meta.get('publish-date'), meta.get('date'), meta.get('dc.date.issued'), meta.get('dc.date'),
    time?.getAttribute('datetime') ?? undefined,
  ].map(calendarDate).find((d) => d !== undefined);
  if (published) result.published = published;
  const byline = first(ld?.author, meta.get('author'), meta.get('article:author'), meta.get('byl'));
  if (byline && !/^https?:\/\//i.test(byline)) result.byline = withoutBy(byline);
  const outlet = first(meta.get('og:site_name'), ld?.publisher, meta.get('application-name'));
  if (outlet) result.outlet = outlet;
  const url = [meta.get('og:url'), document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined]
    .find((u) => u !== undefined && /^https?:\/\/[^\s]+$/i.test(u));
  if (url) result.url = url.slice(0, 2048);
  return result;
}

/** "By Maria Lopez" → "Maria Lopez"; the word belongs to the page's layout, not the name. */
export function withoutBy(byline: string): string {
  return byline.replace(/\s+/g, ' ').trim().replace(/^by\s+/i, '').slice(0, 500);
}

/** The date part of an ISO date or date-time, if it is a real calendar date. */
export function calendarDate(value: string | undefined): string | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value ?? '');
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

function first(...values: (string | undefined)[]): string | undefined {
  for (const value of values) {
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean) return clean.slice(0, 500);
  }
  return undefined;
}

/** `<meta property|name|itemprop=… content=…>`, keys lower-cased; the first of each wins. */
function metaValues(document: PageDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta[content]'))) {
    const content = element.getAttribute('content') ?? '';
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && content.trim() !== '' && !values.has(key)) values.set(key, content);
    }
  }
  // Microdata in the body (itemprop="datePublished" on a <time> or <span>) says the same.
  for (const element of Array.from(document.querySelectorAll('[itemprop="datePublished"]'))) {
    const value = element.getAttribute('content') ?? element.getAttribute('datetime');
    if (value && !values.has('datepublished')) values.set('datepublished', value);
  }
  return values;
}

interface LdArticle { headline?: string; datePublished?: string; author?: string; publisher?: string }

/** The first schema.org article in the page's JSON-LD, its @graph included. Broken JSON is
 *  skipped: publishers ship it, and the page is still an article. */
function jsonLdArticle(document: PageDocument): LdArticle | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const found = ldNodes(data).find((node) => types(node).some((t) => ARTICLE_TYPES.test(t)));
    if (found) {
      return {
        headline: text0(found['headline']) ?? text0(found['name']),
        datePublished: text0(found['datePublished']) ?? text0(found['dateCreated']),
        author: names(found['author']),
        publisher: names(found['publisher']),
      };
    }
  }
  return undefined;
}

type LdNode = Record<string, unknown>;

function ldNodes(data: unknown, depth = 0): LdNode[] {
  if (depth > 4 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item) => ldNodes(item, depth + 1));
  const node = data as LdNode;
  return [node, ...ldNodes(node['@graph'], depth + 1)];
}

function types(node: LdNode): string[] {
  const type = node['@type'];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : typeof type === 'string' ? [type] : [];
}

function text0(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A person or organisation as JSON-LD writes it: a string, {name}, or a list of either. */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' ? text0((item as LdNode)['name']) : undefined))
    .filter((name): name is string => name !== undefined && name.trim() !== '');
  if (list.length === 0) return undefined;
  return list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}
