// "4m views … with more than 44m.": the bare "44m" is millions, not metres.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('elidedMillions', () => {
  it('reads a bare "Nm" as millions beside another figure in millions', () => {
    const ms = findMentions('The clip drew nearly 4m views there, but a copy did far better, with more than 44m.');
    expect(ms.map((m) => [m.kind, m.value])).toEqual([['count', 4e6], ['count', 44e6]]);
  });
  it('leaves a length a length', () => {
    expect(findMentions('The tower is 44m.')[0]).toMatchObject({ kind: 'quantity', unit: 'm' });
    expect(findMentions('He ran 100m in 10 seconds and 200m in 20 seconds.').map((m) => m.unit)).toEqual(['m', 'second', 'm', 'second']);
  });
  it('so the source\'s "44m views" supports it', () => {
    const source = [{ id: 's', text: 'A copy on Facebook surpassed that to draw more than 44m views.' }];
    expect(checkDraft('It drew 4m views on YouTube, but a copy did better, with more than 44m.', source).find((c) => c.text.includes('44m'))?.verdict).toBe('supported');
  });
});

describe('elidedMillions: a preposition after the "m", and a million in words beside it', () => {
  it('"exceeded 375m in Q4 2014, with an annual total of over 1.2 billion" is 375 million', () => {
    const ms = findMentions('Shipments exceeded 375m in Q4 2014, with an annual total of over 1.2 billion smartphones.');
    expect(ms[0]).toMatchObject({ kind: 'count', value: 375e6 });
  });
  it('a race distance a time follows stays metres, million figure or not', () => {
    expect(findMentions('He swam 100m in 50 seconds, watched by 2 million.')[0]).toMatchObject({ kind: 'quantity', unit: 'm' });
  });
});

describe('millions counted by what follows the "m"', () => {
  it('"74.5m iPhone sales" and "31.2m of the handsets" count, "the last 50m of the course" measures', () => {
    expect(findMentions('Apple posted a record quarter of 74.5m iPhone sales.')[0]).toMatchObject({ kind: 'count', value: 74.5e6 });
    expect(findMentions('Apple sold 31.2m of the handsets.')[0]).toMatchObject({ kind: 'count', value: 31.2e6 });
    expect(findMentions('He led over the last 50m of the course.')[0]).toMatchObject({ kind: 'quantity', unit: 'm' });
  });
  it('so the source\'s "74.5m iPhone sales" supports "74.5 million"', () => {
    const source = [{ id: 's', text: 'Apple posted a record quarter of 74.5m iPhone sales, growth of 90%.' }];
    expect(checkDraft('Apple had record iPhone sales of 74.5 million in the period.', source).find((c) => c.text.includes('74.5'))?.verdict).toBe('supported');
  });
});
