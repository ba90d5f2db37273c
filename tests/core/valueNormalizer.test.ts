import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertUnit, findMentions, numberToWords, parseDigits, parseNumberWords } from '../../core/index.ts';

const words = (s: string): string[] => s.toLowerCase().split(/[\s-]+/).filter(Boolean);

describe('number words', () => {
  it.each([
    ['three', 3], ['forty-five', 45], ['one hundred and five', 105], ['two thousand three hundred', 2300],
    ['one million two hundred thousand', 1_200_000], ['twelve', 12], ['ninety nine', 99],
  ])('%s = %d', (text, value) => {
    expect(parseNumberWords(words(text))).toEqual({ value, used: words(text).length });
  });
  it('stops at the first word that is not part of the number', () => {
    expect(parseNumberWords(['three', 'people'])).toEqual({ value: 3, used: 1 });
    expect(parseNumberWords(['people'])).toEqual({ value: 0, used: 0 });
  });
  it('spells numbers in newsroom style', () => {
    expect(numberToWords(45)).toBe('forty-five');
    expect(numberToWords(105)).toBe('one hundred and five');
    expect(numberToWords(1_300)).toBe('one thousand three hundred');
  });
  it('round-trips number -> words -> number', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
      const w = words(numberToWords(n));
      expect(parseNumberWords(w)).toEqual({ value: n, used: w.length });
    }), { numRuns: 2000 });
  });
  it('round-trips through the mention finder, digits and words alike', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 999_999 }), (n) => {
      for (const written of [numberToWords(n), n.toLocaleString('en-US')]) {
        const ms = findMentions(`Officials counted ${written} boats.`);
        expect(ms.map((m) => m.value), written).toEqual([n]);
      }
    }), { numRuns: 500 });
  });
});

describe('digits', () => {
  it.each([
    ['1,300', 1300], ['1.2', 1.2], ['1,234,567.5', 1234567.5], ['1.000.000', 1_000_000], ['45', 45],
  ])('%s = %d', (raw, value) => expect(parseDigits(raw)).toBe(value));
  it('reads scales written after digits', () => {
    const v = (t: string): number | null | undefined => findMentions(t)[0]?.value;
    expect(v('1.2 million people')).toBe(1_200_000);
    expect(v('$10bn')).toBe(1e10);
    expect(v('€3m')).toBe(3e6);
    expect(v('2.5 billion euros')).toBe(2.5e9);
  });
});

describe('units', () => {
  it('converts within a dimension', () => {
    expect(convertUnit(1300, 'km', 'mile')).toBeCloseTo(807.8, 1);
    expect(convertUnit(2, 'tonne', 'kg')).toBe(2000);
    expect(convertUnit(100, '°C', '°F')).toBeCloseTo(212, 9);
    expect(convertUnit(104, '°F', '°C')).toBeCloseTo(40, 9);
    expect(convertUnit(2, 'day', 'hour')).toBe(48);
  });
  it('refuses to convert across dimensions', () => {
    expect(convertUnit(1, 'km', 'kg')).toBeNull();
    expect(convertUnit(1, 'km', 'furlong')).toBeNull();
  });
  it('round-trips conversions', () => {
    fc.assert(fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), fc.constantFrom(['km', 'mile'], ['kg', 'lb'], ['hour', 'minute'], ['hectare', 'acre']), (v, [a, b]) => {
      const there = convertUnit(v, a as string, b as string);
      expect(there).not.toBeNull();
      expect(convertUnit(there as number, b as string, a as string)).toBeCloseTo(v, 6);
    }));
  });
});
