// A saved news page reduced to its article: the page in tests/fixtures has what real ones have
// around the story (cookie banner, section nav, gallery captions and "Image 1 of 14" counters,
// "Scroll down for video", "Most read" lists, a byline, a footer, trackers), and only the
// article's paragraphs may reach the library — a counter there once "supported" an invented
// "14 buildings". Imported through the real parsing process, as the app does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../electron/importers/importDocument.ts';
import { readArticle } from '../../electron/importers/readArticle.ts';
import { titleWithoutSiteName } from '../../electron/importers/titleWithoutSiteName.ts';

const page = readFileSync(new URL('../fixtures/quake-toll-article.html', import.meta.url));

const ARTICLE = [
  'The number of people killed by the earthquake that struck the region on Tuesday has risen to 2,310, the interior ministry said on Thursday, as rescue teams searched collapsed buildings for a third night.',
  'More than 8,900 people were injured, and about 41,000 have been moved to temporary shelters in schools and sports halls, the ministry said in a statement.',
  'The magnitude 6.8 quake hit shortly after 3am local time at a depth of 10 kilometres. Seismologists recorded more than 400 aftershocks in the following 48 hours, the strongest of them magnitude 5.2.',
  '“We are still hearing voices under the concrete,” said Ahmet Yilmaz, who leads a volunteer rescue team. “Every hour counts now.”',
  'Officials said 312 buildings had collapsed completely and a further 1,150 were too badly damaged to enter. Engineers will inspect every school in the province before classes resume.',
  'The government has released 2.5 billion in emergency funds and asked neighbouring countries for heavy lifting equipment and field hospitals.',
  'International teams from 19 countries had arrived by Thursday evening, the disaster agency said.',
].join('\n\n');

describe('a saved news page', () => {
  it('imports as its article text, with the page’s title, date, byline, outlet and address', async () => {
    const doc = await importBytes('quake-toll-rises.html', page);
    expect(doc).toEqual({
      text: ARTICLE,
      title: 'Quake toll rises',
      published: '2026-11-20',
      byline: 'Maria Lopez',
      outlet: 'Example News',
      url: 'https://news.example.com/world/2026/11/20/quake-toll-rises',
      fileName: 'quake-toll-rises.html',
      fileType: 'html',
      byteLength: page.byteLength,
    });
  });

  it.each([
    ['the cookie banner', 'cookies'],
    ['the section nav', 'Weather'],
    ['the gallery caption', 'Rescuers search the rubble'],
    ['the gallery counter', 'Image 1 of 14'],
    ['the arrows’ counter', '1/14'],
    ['an inline caption', 'Families queue for blankets'],
    ['the video prompt', 'Scroll down for video'],
    ['the video player', '00:01:14'],
    ['the Most read list', 'Most read'],
    ['a Most read headline', 'Striker signs'],
    ['the byline', 'Maria Lopez'],
    ['the footer', 'All rights reserved'],
    ['a script', 'tracker.example.com'],
  ])('leaves out %s', (_what, furniture) => {
    expect(readArticle(page.toString('utf8')).text).not.toContain(furniture);
  });

  it('has no "14" left for an invented "14 buildings" to lean on', () => {
    expect(readArticle(page.toString('utf8')).text).not.toMatch(/\b14\b/);
  });

  it('runs none of the page’s scripts', () => {
    // The fixture's inline script sets document.title; the title read must be the page's own.
    expect(readArticle(page.toString('utf8')).title).toBe('Quake toll rises');
  });
});

describe('pages that say less about themselves', () => {
  const wrap = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const paragraphs = '<p>Flood defences along the river were raised by 40 centimetres overnight, the agency said, after two days of rain.</p>'.repeat(4);

  it('takes the date from <time datetime> when there is no meta or JSON-LD, and drops the site from <title>', () => {
    const article = readArticle(wrap('<title>River rises again - BBC News</title>', `<article><h1>River rises again</h1><time datetime="2026-03-02T08:00:00Z">2 March</time>${paragraphs}</article>`));
    expect(article.title).toBe('River rises again');
    expect(article.published).toBe('2026-03-02');
  });

  it('reads JSON-LD inside an @graph and ignores a broken block', () => {
    const ld = JSON.stringify({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': 'NewsArticle', headline: 'Dam holds', datePublished: '2026-04-01', author: { name: 'By Ann Lee' }, publisher: { name: 'Daily Example' } }] });
    const article = readArticle(wrap(`<script type="application/ld+json">{ broken</script><script type="application/ld+json">${ld}</script><title>Dam holds | Daily Example</title>`, `<article>${paragraphs}</article>`));
    expect(article).toMatchObject({ title: 'Dam holds', published: '2026-04-01', byline: 'Ann Lee', outlet: 'Daily Example' });
  });

  it('gives no date rather than a wrong one', () => {
    const article = readArticle(wrap('<meta property="article:published_time" content="2026-02-30T10:00:00Z"><title>x</title>', `<article>${paragraphs}</article>`));
    expect(article.published).toBeUndefined();
  });

  it('reads a page too large for a DOM with the tokenizer, keeping its metadata and dropping furniture lines', () => {
    const rows = '<div class="row"><span>Row</span></div>'.repeat(30_000);
    const html = page.toString('utf8').replace('<div class="story-body" itemprop="articleBody">', `<div class="story-body" itemprop="articleBody">${rows}`);
    const started = performance.now();
    const article = readArticle(html);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(article).toMatchObject({ title: 'Quake toll rises', published: '2026-11-20', outlet: 'Example News' });
    expect(article.text).toContain('Officials said 312 buildings had collapsed completely');
    expect(article.text).not.toContain('Image 1 of 14');
  });

  it.each(['', '   ', 'plain words, no markup', '<', '<html>'])('reads %j without throwing', (html) => {
    expect(typeof readArticle(html).text).toBe('string');
  });

  it('keeps the text of a page that has no article', () => {
    const article = readArticle(wrap('<title>Notice</title>', '<p>Polling stations open at 7am.</p>'));
    expect(article.text).toBe('Polling stations open at 7am.');
  });
});

describe('titles without the site’s name', () => {
  it.each([
    ['Quake toll rises | CNN', [], 'Quake toll rises'],
    ['Quake toll rises - BBC News', [], 'Quake toll rises'],
    ['Quake toll rises – The Example Times', [], 'Quake toll rises'],
    ['BBC News - Quake toll rises', ['BBC News'], 'Quake toll rises'],
    ['Quake toll rises | World | CNN', ['CNN'], 'Quake toll rises | World'],
    ['Quake toll rises - CNN.com', ['CNN'], 'Quake toll rises'],
    // A dash inside a headline is the headline's.
    ['Ukraine - Russia talks resume', [], 'Ukraine - Russia talks resume'],
    ['Storm hits coast - live updates', [], 'Storm hits coast - live updates'],
  ])('%j → %j', (title, names, expected) => {
    expect(titleWithoutSiteName(title, names)).toBe(expected);
  });
});
