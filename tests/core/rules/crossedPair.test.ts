// Two figures of one sentence, each stated in one source sentence, but each beside the other's
// words: the draft has crossed them, and both are contradicted.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdicts = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }]).map((c) => [c.text, c.verdict]);

describe('crossedPair', () => {
  const SALES = 'Laptop revenue came to $3.1 billion in the quarter, while tablet sales brought in $4.4 billion.';
  it('"laptops brought in $4.4 billion and tablets $3.1 billion" crosses the source\'s two figures', () => {
    expect(verdicts('Laptops brought in $4.4 billion and tablets $3.1 billion.', SALES)).toEqual([['$4.4 billion', 'contradicted'], ['$3.1 billion', 'contradicted']]);
    expect(verdicts('Laptops brought in $3.1 billion and tablets $4.4 billion.', SALES)).toEqual([['$3.1 billion', 'supported'], ['$4.4 billion', 'supported']]);
  });
  it('lines of a source list, each opening on its name', () => {
    const list = 'Customers without power on Friday night:\n- Eastern Grid: 95,000\n- Valley Power: 71,000\n- Northern: 4,000';
    expect(verdicts('Eastern Grid reported 71,000 and Valley Power 95,000.', list)).toEqual([['71,000', 'contradicted'], ['95,000', 'contradicted']]);
    expect(verdicts('Eastern Grid reported 95,000 and Valley Power 71,000.', list)).toEqual([['95,000', 'supported'], ['71,000', 'supported']]);
  });
  it('a sentence of a tally, or a conversion, is no pair to cross', () => {
    const record = 'England have seven wins from 12 games this year, having lost only four and drawn one.';
    expect(checkDraft('They have seven wins, four defeats and one draw from their 12 matches.', [{ id: 's', text: record }]).find((c) => c.text === 'four')?.verdict).not.toBe('contradicted');
    const range = 'The entry-level car has a range of 400km (250 miles) on one charge.';
    expect(verdicts('Range: 400km (250 miles)', range).map(([, v]) => v)).toEqual(['supported', 'supported']);
  });
  it('like figures in different units of one kind ("18 months", "two years"), and a hedge the draft adds, cross alike', () => {
    const court = 'He was given a jail term suspended for two years and was banned from driving for 18 months.';
    expect(verdicts('His jail term was suspended for 18 months, and he was banned from driving for two years.', court).map(([, v]) => v)).toEqual(['contradicted', 'contradicted']);
    expect(verdicts('His jail term was suspended for two years, and he was banned from driving for 18 months.', court).map(([, v]) => v)).toEqual(['supported', 'supported']);
    const grid = 'Of the lost output, 18,000 MW was thermal, while about 28,000 MW came from wind and solar.';
    expect(verdicts('About 28,000 MW was thermal, while 18,000 MW came from wind and solar.', grid).map(([, v]) => v)).toEqual(['contradicted', 'contradicted']);
  });
  it('the two statements may stand sentences apart', () => {
    const filler = ' His popularity faded over the following year, his manager said, as crowds thinned and the television networks lost interest in a fighter past his best.'.repeat(3);
    const purse = `He was paid $5 million for the Ortiz fight.${filler} He was paid $4 million for the Vargas fight.`;
    expect(verdicts('He got $4 million for the Ortiz fight and $5 million for the Vargas fight.', purse).map(([, v]) => v)).toEqual(['contradicted', 'contradicted']);
    expect(verdicts('He got $5 million for the Ortiz fight and $4 million for the Vargas fight.', purse).map(([, v]) => v)).toEqual(['supported', 'supported']);
  });
  it('or in two sentences of one paragraph', () => {
    const bans = 'Aguero received a four-match ban for violent conduct. Fernandinho was given a three-match ban for his part in the scuffle that followed.';
    const draft = 'Aguero will serve a three-match ban for violent conduct. Fernandinho, who joined the scuffle that followed, will serve a four-match suspension.';
    expect(checkDraft(draft, [{ id: 's', text: bans }]).map((c) => [c.text, c.verdict, /swapped/.test(c.explanation ?? '')])).toEqual([['three', 'contradicted', true], ['four', 'contradicted', true]]);
  });
});

describe('crossedPair: statements in two sentences cross only by a word their own sentence lacks', () => {
  it('"34,000 new jobs" in health care is not crossed with "a gain of 13,000 jobs" by the word "jobs"', () => {
    const source = 'Health care added 34,000 jobs in September, in line with its average over the prior year. Employment in ambulatory health care services continued to trend up, with a gain of 13,000 jobs.';
    const draft = 'Health care led the way with 34,000 new jobs, 16,000 of them in hospitals and 13,000 in ambulatory care.';
    expect(checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === '34,000')?.verdict).toBe('supported');
  });
  it('Sunday\'s record and the old high are each where the source puts them', () => {
    const source = 'An August bank holiday record of 33.3C was also set at Heathrow on Sunday, while crowds enjoyed the heat. The previous late August bank holiday highs before this weekend were 31.5C at Heathrow in 2001 and 27.3C in Velindre.';
    const draft = 'It followed a scorching Sunday, when Heathrow hit 33.3C, itself an August bank holiday record. Before this weekend, the best the holiday had managed was 31.5C at Heathrow in 2001.';
    const verdicts = checkDraft(draft, [{ id: 's', text: source }]).filter((c) => /C$/.test(c.text)).map((c) => [c.text, c.verdict]);
    expect(verdicts).toEqual([['33.3C', 'supported'], ['31.5C', 'supported']]);
  });
});
