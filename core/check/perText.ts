// What a rule reads from a source text (its "N more" pairs, its years per sentence…) is found
// once per analysed text and kept beside it: a source is analysed once per check, while the
// rules ask about it once for every draft figure.
import type { AnalysedText } from './analyseText.ts';

/** `compute`, run at most once per analysed text; the answer lives as long as the text does. */
export function perText<T>(compute: (t: AnalysedText) => T): (t: AnalysedText) => T {
  const cache = new WeakMap<AnalysedText, T>();
  return (t) => {
    if (cache.has(t)) return cache.get(t) as T;
    const found = compute(t);
    cache.set(t, found);
    return found;
  };
}
