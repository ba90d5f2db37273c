// A year a source looks ahead to ("Juniper estimates Apple to account for 30% … in 2015") is not
// its "now": the report's own year's figures stay its news, not look backs.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

const report = 'Samsung shipped an estimated 315m smartphones in 2014, accounting for 25% of all shipments. Apple had a market share of 15% for the full year in 2014.';
const verdictOf = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === figure)?.verdict;

describe('forecastYear', () => {
  it('a forecast for the next year leaves the report\'s year its news', () => {
    const source = `${report} Juniper estimates Apple to account for 30% of the phablet market in 2015.`;
    expect(verdictOf('Over the full year, Apple\'s market share was just 15%.', source, '15%')).toBe('supported');
    const willSource = `${report} Shipments will grow again in 2015, Juniper says.`;
    expect(verdictOf('Over the full year, Apple\'s market share was just 15%.', willSource, '15%')).toBe('supported');
  });
  it('a later year told as fact still makes the earlier year\'s figure a look back', () => {
    const source = `${report} In 2015 Apple's share rose to 18%.`;
    expect(verdictOf('Apple\'s market share is 15%.', source, '15%')).not.toBe('supported');
  });
});
