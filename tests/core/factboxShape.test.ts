// Every bullet stands on its own: a statement or a figure with what it counts, never cut off
// mid-phrase, quotes and brackets closed, no page furniture, a label only where it fits.
// Checked on our fixture articles, on the dev articles when CROSSCHECK_DEV_DATA is set, and on
// sentences of our own for each way a cut bullet used to go wrong.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/index.ts';
import type { FactBoxBullet } from '../../core/index.ts';
import { statementProblems } from '../../core/factbox/bulletShape.ts';
import { devDataFile } from '../devData.ts';

const FIXTURE_ARTICLES = fileURLToPath(new URL('../fixtures/news-articles.jsonl', import.meta.url));
const DEV_ARTICLES = devDataFile('factbox-dev.jsonl');
const articleSets: [name: string, file: string][] = [['fixture articles', FIXTURE_ARTICLES], ...(DEV_ARTICLES ? [['dev articles', DEV_ARTICLES] as [string, string]] : [])];
const readArticles = (file: string) =>
  readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; source: string });

/** Words a statement cannot end on: prepositions, conjunctions, determiners, auxiliaries. */
const DANGLING = /\b(?:a|an|the|this|that|his|her|their|its|of|to|in|on|at|for|with|by|from|into|about|after|before|and|or|but|because|while|when|who|which|whose|is|are|was|were|has|have|had|will|would|can|could)$/i;
const FURNITURE = /scroll down|click here|most read|\((?:pictured|left|right|above|below)\b|\((?:CNN|AP|Reuters)\)|PUBLISHED:|UPDATED:|^(?:Left|Right|Pictured|Above|Below),|contributed to this report/i;
/** A figure: digits, or a number word. */
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b/i;

/** What is wrong with a bullet as a reader sees it, independent of how the engine built it. */
function faults(b: FactBoxBullet): string[] {
  const out: string[] = [];
  const text = b.text.trim();
  if (text.split(/\s+/).length > 25) out.push('more than 25 words');
  if (DANGLING.test(text) || /[,;:(–—-]$|[“‘]$/.test(text)) out.push('dangling end');
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  if (count(/\(/g) !== count(/\)/g) || count(/"/g) % 2 === 1 || count(/“/g) !== count(/”/g)) out.push('unbalanced quotes or brackets');
  if (FURNITURE.test(text)) out.push('page furniture');
  if (/^\p{Ll}/u.test(text)) out.push('starts mid-sentence');
  if (b.label === 'Key figures') {
    for (const item of text.split('; ')) {
      // Each figure with the noun it counts: a word of letters beside the figure, not a bare
      // age, year, date or "20 months ago".
      if (!FIGURE.test(item) || !/\p{L}{3,}/u.test(item.replace(FIGURE, '').replace(/-year-old|\bago\b|January|February|March|April|May|June|July|August|September|October|November|December/g, ''))) out.push(`figure without its noun: "${item}"`);
      if (/^\d{4}$|^\d+-year-old$|\bago$/.test(item)) out.push(`figure without its noun: "${item}"`);
    }
  }
  if (b.label === 'When' && !/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|yesterday|today|week|month|year)\b/.test(text)) out.push('"When:" without a time');
  if (b.label === 'Who' && !/^\p{Lu}\p{Ll}+ \p{Lu}/u.test(text)) out.push('"Who:" without a name');
  return out;
}

function expectWellFormed(id: string, bullets: readonly FactBoxBullet[]): void {
  for (const b of bullets) expect(faults(b), `${id}: ${b.label ? `${b.label}: ` : ''}${b.text}`).toEqual([]);
}

describe('fact-box bullet shape', () => {
  it.each(articleSets)('every bullet is well formed (%s)', (_name, file) => {
    for (const item of readArticles(file)) expectWellFormed(item.id, suggestFactBox([{ id: item.id, text: item.source }]));
  });

  it('keeps who did what: a manager who paid with his job is never made the player', () => {
    const text = 'Everton striker Duncan Ferguson was sent off in the first half, and manager Joe Royle, who had picked him, paid for the selection with his job after the 2-1 defeat. '
      + 'The club confirmed the decision on Monday. Royle had been in charge for three years.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expectWellFormed('ferguson', bullets);
    for (const b of bullets) expect(b.text).not.toMatch(/Ferguson\b[^.]*\bpaid for/);
  });

  it('never opens on the tail of an apposition ("Songwriters, died of cancer …")', () => {
    const text = 'Ben E. King, one of the great soul singers and songwriters, died of cancer on Friday at the age of 76. '
      + 'He recorded "Stand By Me" in 1961. His family said he died peacefully.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expectWellFormed('king', bullets);
    for (const b of bullets) expect(b.text).not.toMatch(/^Songwriters/);
  });

  it('drops a closing attribution whole, never half of it ("… said Pushparam K.C., spokesman for Armed")', () => {
    const text = 'Rescuers pulled a teenage boy from the rubble of a seven-story building in the capital around noon Tuesday, said Pushparam K.C., spokesman for the Armed Police Force. '
      + 'The boy had been trapped for five days. Doctors said he was dehydrated.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expectWellFormed('rescue', bullets);
    for (const b of bullets) expect(b.text).not.toMatch(/^Capital|spokesman for$|Armed$/);
  });

  it('leaves the dateline and wire credit off the lead ("Kathmandu, Nepal (CNN)Rescuers …")', () => {
    const text = 'Kathmandu, Nepal (CNN)Rescuers pulled a teenage boy alive from the rubble of a building on Thursday, five days after the earthquake. '
      + 'More than 5,000 people have died in the quake. Aid agencies warned of disease.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expectWellFormed('kathmandu', bullets);
    expect(bullets.some((b) => /^Rescuers pulled a teenage boy alive from the rubble/.test(b.text))).toBe(true);
    for (const b of bullets) expect(b.text).not.toMatch(/Kathmandu, Nepal|\(CNN\)/);
  });

  it('lists no figure without what it counts ("22-year-old; 20 months ago; 145lbs")', () => {
    const text = 'The 22-year-old lost weight 20 months ago, dropping from 145lbs to 127lbs by August 2013. '
      + 'She now runs a fitness blog with 80,000 followers on Instagram. She trains five days a week.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expectWellFormed('weight', bullets);
    const figures = bullets.find((b) => b.label === 'Key figures');
    for (const item of figures?.text.split('; ') ?? []) expect(item).not.toMatch(/^(?:22-year-old|20 months ago|145lbs|127lbs|August 2013)$/);
  });

  it('keeps captions, "Scroll down for video" and "(pictured)" out of every bullet', () => {
    const text = 'A bus carrying 40 schoolchildren crashed on a motorway near Lyon on Sunday, killing two teachers. '
      + 'Scroll down for video Crash: The bus (pictured) overturned on the A7 motorway near Lyon. Left, the driver is led away '
      + 'Police said 12 children were injured. The driver, 54, was arrested at the scene.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expectWellFormed('bus', bullets);
    for (const b of bullets) expect(b.text).not.toMatch(/Scroll down|pictured|^Left,|^Crash:/i);
  });

  it('keeps a broadcaster\'s player and prompts out of every bullet ("Media playback is not supported on this device")', () => {
    const text = 'Media playback is not supported on this deviceThe Wales fly-half kicked 18 points as Cardiff beat Ulster 28-20 at the Arms Park on Friday. '
      + 'Cardiff are now fourth in the league, two points behind Leinster. '
      + 'Coverage will be on BBC iPlayer and the BBC Sport website and app. '
      + 'Follow us on Twitter @BBCSportWales, on Instagram at bbcsportwales, or email your views. '
      + 'Ulster had won their previous five matches in all competitions.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expect(bullets.length).toBeGreaterThanOrEqual(2);
    for (const b of bullets) expect(b.text).not.toMatch(/Media playback|Coverage will be|Follow us|iPlayer/);
    expect(bullets[0]!.text).toMatch(/^The Wales fly-half kicked 18 points/);
  });

  it('keeps a live match feed pasted with a report out of every bullet', () => {
    const text = 'Aaron Mooy scored a 25-yard shot as Huddersfield beat Leeds 1-0 at Elland Road on Saturday. '
      + 'Chris Lowe (Huddersfield Town) is shown the yellow card for a bad foul. '
      + 'Rajiv van La Parra (Huddersfield Town) right footed shot from more than 35 yards is saved in the top centre of the goal. '
      + 'Substitution, Huddersfield Town. Michael Hefele replaces Harry Bunn. '
      + 'Attempt blocked. Chris Wood (Leeds United) header from the centre of the box is blocked. '
      + 'Assisted by Kemar Roofe with a cross. '
      + 'Leeds slip to third from bottom with one win from their first six league games.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expect(bullets[0]!.text).toMatch(/^Aaron Mooy scored a 25-yard shot/);
    for (const b of bullets) expect(b.text).not.toMatch(/yellow card|footed shot|replaces|Attempt blocked|Assisted by|\(Leeds United\)|\(Huddersfield Town\)/);
  });

  it('keeps the feed\'s penalty lines out too, where the player\'s team is left out (blind reading u2)', () => {
    const text = 'Bradford drew 1-1 with Oldham at Valley Parade on Saturday after a late penalty. '
      + 'Goal! Bradford City 1, Oldham Athletic 1. Billy Clarke (Bradford City) converts the penalty with a left footed shot to the bottom right corner. '
      + 'Penalty Bradford City. Josh Cullen draws a foul in the penalty area. '
      + 'Penalty conceded by Peter Clarke (Oldham Athletic) after a foul in the penalty area. '
      + 'Oldham stay fourth from bottom, two points clear of the relegation zone.';
    for (const b of suggestFactBox([{ id: 's', text }])) expect(b.text).not.toMatch(/converts the penalty|draws a foul|Penalty (?:Bradford|conceded)/);
  });

  it('ends no bullet on a possessive that still needs its noun, and opens none on "While" or "The other" with nothing to stand on', () => {
    expect(statementProblems('The current system leaves around 70% of the world\'s')).toContain('dangling end');
    expect(statementProblems('While Apple had offered the two-step verification system in the past')).toContain('the only verb is a subordinate clause\'s');
    const text = 'Two Tory MPs have called for a vote on leaving the EU. '
      + 'One said the party had lost touch with its voters. '
      + 'The other complained of a "supine approach" to Europe by the party leadership. '
      + 'Only ten Conservative MPs have declared their position publicly.';
    const bullets = suggestFactBox([{ id: 's', text }]).map((b) => b.text);
    expect(bullets.some((b) => /^The other\b/.test(b))).toBe(false);
  });

  it('takes no bullet that tells the reader to look, points at the page, or whose subject is "that" + a noun', () => {
    const text = 'Steve Jobs unveiled the first iPhone in San Francisco in January 2007. '
      + 'Compare and contrast with a photo taken 10 years later in Las Vegas last week. '
      + 'One example is in the photograph at the top of this article. '
      + 'Today that comparison does not look so outlandish. '
      + 'Apple has sold more than a billion iPhones since 2007. '
      + 'Apple will release its tenth model in September, anyway.';
    const bullets = suggestFactBox([{ id: 's', text }]).map((b) => b.text);
    expect(bullets.length).toBeGreaterThanOrEqual(2);
    for (const b of bullets) expect(b).not.toMatch(/^Compare|this article|that comparison/);
    expect(bullets).toContain('Apple will release its tenth model in September');
  });

  it('takes no bullet whose subject is an "it", "they" or "that" pointing back (blind reading b1)', () => {
    const text = 'Defence spending has fallen to 2% of national income, the lowest level since the 1930s. '
      + 'In this election, it is way down the list of priorities for most political parties. '
      + 'The military top brass know that is not going to happen. '
      + 'The Army has 82,000 soldiers, down from 102,000 in 2010. '
      + 'It is expected that 300 more jobs will go by 2020.';
    const bullets = suggestFactBox([{ id: 's', text }]).map((b) => b.text);
    expect(bullets.length).toBeGreaterThanOrEqual(2);
    for (const b of bullets) expect(b).not.toMatch(/^In this election, it is|know that is not/);
  });

  it('leaves out a bullet that points back ("members of that team") or is only a subordinate clause, and a closing "however"', () => {
    expect(statementProblems('Although Dr Hale said the sites were very different to other ritual sites')).toContain('the only verb is a subordinate clause\'s');
    expect(statementProblems('Although Ferrari have pursued other drivers, sources say they have put off a decision')).toEqual([]);
    const text = 'Britain lost 92-64 to Greece in Patras earlier this month. '
      + 'Three members of that team will be missing at the Copper Box, however. '
      + 'The game will be Britain\'s only home game before they compete at EuroBasket 2017. '
      + 'Coach Joe Prunty named 12 players in his squad on Monday, however.';
    const bullets = suggestFactBox([{ id: 's', text }]).map((b) => b.text);
    expect(bullets.some((b) => /that team/.test(b))).toBe(false);
    expect(bullets).toContain('Coach Joe Prunty named 12 players in his squad Monday');
  });

  it('keeps a snowstorm\'s key figures, each with what it counts', () => {
    const text = 'A 39-vehicle pileup near Boulder closed Interstate 25 on Monday as 11 inches of snow fell across the Front Range. '
      + 'The storm now threatens 40 million people in seven states, forecasters said. Schools were closed in Denver.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expectWellFormed('snow', bullets);
    const all = bullets.map((b) => b.text).join(' | ');
    expect(all).toMatch(/39-vehicle pileup near Boulder/);
    expect(all).toMatch(/11 inches of snow/);
    expect(all).toMatch(/40 million people in seven states/);
  });
});
