// Earthquake magnitudes: "magnitude-7.8", "magnitude 7.8", "7.8-magnitude", "7.8 magnitude",
// "a magnitude of 7.8", "put the magnitude at 7.8". The
// scanner reads the hyphenated prefix form as a name ("F-16") and the others as bare counts; both
// are measurements on their own scale, compared only with other magnitudes.
import { MAGNITUDE } from '../../values/units.ts';
import { parseDigits } from '../../values/numberWords.ts';
import type { RawMention } from '../scanMentions.ts';
import type { Token } from '../../text/tokenize.ts';
import type { MentionRefiner } from './refiner.ts';

const WORD = 'magnitude';
/** The quake a measure belongs to, in the words just before "measuring". */
const QUAKE_BEFORE = /\b(?:quakes?|earthquakes?|tremors?|aftershocks?)\b/;
/** Words back from "measuring" the quake may stand: "the earlier quake, measuring", "a tremor that measured". */
const QUAKE_REACH = 3;

/** Tokens back from a bare "a 6.8" that a quake or its magnitude must have been told in. */
const ELIDED_REACH = 40;
/** What may follow a bare magnitude: the end of its clause, or a preposition opening what it tells of. */
const AFTER_ELIDED = new Set(['at', 'on', 'in', 'near', 'off', 'with', 'before', 'after', 'and', 'but']);

function elidedMagnitude(tokens: readonly Token[], start: number, end: number, raw: string, value: number): boolean {
  if (!/^\d\.\d$/.test(raw) || value < 1 || end - start !== 1 || !/^an?$/.test(tokens[start - 1]?.lower ?? '')) return false;
  const next = tokens[end];
  if (next !== undefined && next.type === 'word' && !AFTER_ELIDED.has(next.lower)) return false;
  for (let k = start - 2; k >= Math.max(0, start - ELIDED_REACH); k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === WORD || QUAKE_BEFORE.test(w)) return true;
  }
  return false;
}

function decimals(raw: string): number {
  const dot = raw.indexOf('.');
  return dot < 0 ? 1 : Math.pow(10, -(raw.length - dot - 1));
}

export const magnitudes: MentionRefiner = {
  name: 'magnitudes',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      const num = tokens[m.tokEnd - 1];
      if (!num || num.type !== 'num') return m;
      const value = parseDigits(num.text);
      if (value === null) return m;
      const before = tokens[m.tokEnd - 2]?.text === '-' ? tokens[m.tokEnd - 3] : tokens[m.tokStart - 1];
      const hyphenAfter = tokens[m.tokEnd]?.text === '-' && !tokens[m.tokEnd]?.spaced;
      const after = hyphenAfter ? tokens[m.tokEnd + 1] : tokens[m.tokEnd];
      const parts = { num: [num.start, num.end] as [number, number], numValue: value, scaleValue: 1 };
      if (m.code !== undefined && before?.lower === WORD) {
        // "magnitude-7.8": the scanner's name reading, relabelled.
        const { code: _code, ...rest } = m;
        return { ...rest, kind: 'quantity', value, unit: MAGNITUDE.unit, unitInfo: MAGNITUDE, precision: decimals(num.text), parts: { ...parts, unit: [before.start, before.end] } };
      }
      if (m.kind !== 'count' || m.code !== undefined) return m;
      if (after?.lower === WORD) {
        return { ...m, end: after.end, tokEnd: tokens.indexOf(after) + 1, kind: 'quantity', unit: MAGNITUDE.unit, unitInfo: MAGNITUDE, parts: { ...parts, unit: [after.start, after.end] } };
      }
      if (before?.lower === WORD) {
        return { ...m, start: before.start, kind: 'quantity', unit: MAGNITUDE.unit, unitInfo: MAGNITUDE, parts: { ...parts, unit: [before.start, before.end] } };
      }
      // A fact box's "Magnitude: 7.8", the label naming the scale of the line's figure.
      if (before?.text === ':' && tokens[m.tokStart - 2]?.lower === WORD) {
        const word = tokens[m.tokStart - 2]!;
        return { ...m, kind: 'quantity', unit: MAGNITUDE.unit, unitInfo: MAGNITUDE, precision: decimals(num.text), parts: { ...parts, unit: [word.start, word.end] } };
      }
      // "a preliminary magnitude of 6.3", "an initial magnitude of 6.9", "put the magnitude at 7.4".
      if ((before?.lower === 'of' || before?.lower === 'at') && tokens[m.tokStart - 2]?.lower === WORD) {
        const word = tokens[m.tokStart - 2]!;
        return { ...m, kind: 'quantity', unit: MAGNITUDE.unit, unitInfo: MAGNITUDE, precision: decimals(num.text), parts: { ...parts, unit: [word.start, word.end] } };
      }
      // "The USGS had first reported a 6.8 at a shallower depth": after a quake's magnitude has
      // been told, a bare "a 6.8" (one decimal, nothing counted after it) is another reading of it.
      if (elidedMagnitude(tokens, m.tokStart, m.tokEnd, num.text, value)) {
        return { ...m, kind: 'quantity', unit: MAGNITUDE.unit, unitInfo: MAGNITUDE, precision: decimals(num.text), parts: { ...parts, unit: [num.start, num.end] } };
      }
      // "The earlier quake, measuring 2.3", "a tremor that measured 4.1": a quake's measure is its
      // magnitude, the scale word left out.
      if ((before?.lower === 'measuring' || before?.lower === 'measured') && QUAKE_BEFORE.test(tokens.slice(Math.max(0, m.tokStart - 1 - QUAKE_REACH), m.tokStart - 1).map((t) => t.lower).join(' '))) {
        return { ...m, kind: 'quantity', unit: MAGNITUDE.unit, unitInfo: MAGNITUDE, precision: decimals(num.text), parts: { ...parts, unit: [num.start, num.end] } };
      }
      return m;
    });
  },
};
