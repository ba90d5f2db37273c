// Hedges and bounds written before a figure. Longest phrases first so "just over" wins over "over".
import type { Qualifier } from '../types.ts';

/** Internal reading of a hedge: the public Qualifier plus "nearly", which bounds from below by ~15 %. */
export type Bound = Qualifier | 'nearly';

export const QUALIFIER_PHRASES: readonly (readonly [readonly string[], Bound])[] = ([
  [['more', 'than'], 'more-than'], [['over'], 'more-than'], [['above'], 'more-than'],
  [['in', 'excess', 'of'], 'more-than'], [['upwards', 'of'], 'more-than'], [['upward', 'of'], 'more-than'],
  [['just', 'over'], 'more-than'], [['well', 'over'], 'more-than'], [['well', 'above'], 'more-than'],
  [['exceeding'], 'more-than'], [['just', 'above'], 'more-than'],
  // A verb of passing, right before the figure, bounds it: "readings exceeded 1,500 degrees",
  // "sales topped 1m". ("Exceeded by 5%" puts its "by" between and is a change.)
  [['exceeded'], 'more-than'], [['exceeds'], 'more-than'], [['exceed'], 'more-than'],
  [['topped'], 'more-than'], [['surpassed'], 'more-than'], [['surpassing'], 'more-than'], [['greater', 'than'], 'more-than'],
  [['higher', 'than'], 'more-than'], [['lower', 'than'], 'less-than'],
  [['older', 'than'], 'more-than'], [['younger', 'than'], 'less-than'],
  // A comparative of size or length bounds its figure as "more than" does: "waited longer than
  // 12 hours" is the source's "more than 12 hours", "larger than 500 acres" more than 500.
  [['longer', 'than'], 'more-than'], [['larger', 'than'], 'more-than'], [['bigger', 'than'], 'more-than'],
  [['heavier', 'than'], 'more-than'], [['taller', 'than'], 'more-than'], [['deeper', 'than'], 'more-than'],
  [['shorter', 'than'], 'less-than'], [['smaller', 'than'], 'less-than'],
  [['at', 'least'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'], [['not', 'less', 'than'], 'at-least'],
  [['less', 'than'], 'less-than'], [['fewer', 'than'], 'less-than'], [['under'], 'less-than'],
  [['below'], 'less-than'], [['just', 'under'], 'nearly'], [['just', 'below'], 'nearly'],
  [['nearly'], 'nearly'], [['almost'], 'nearly'], [['close', 'to'], 'nearly'], [['approaching'], 'nearly'],
  [['up', 'to'], 'at-most'], [['at', 'most'], 'at-most'], [['as', 'many', 'as'], 'at-most'],
  [['as', 'much', 'as'], 'at-most'], [['no', 'more', 'than'], 'at-most'], [['a', 'maximum', 'of'], 'at-most'],
  [['not', 'more', 'than'], 'at-most'],
  [['about'], 'approximately'], [['around'], 'approximately'], [['roughly'], 'approximately'],
  [['approximately'], 'approximately'], [['approx'], 'approximately'], [['some'], 'approximately'],
  [['an', 'estimated'], 'approximately'], [['estimated'], 'approximately'], [['circa'], 'approximately'],
  [['nearly', 'about'], 'approximately'], [['round', 'about'], 'approximately'], [['or', 'so'], 'approximately'],
  [['exactly'], 'exactly'], [['precisely'], 'exactly'], [['a', 'total', 'of'], 'exactly'],
] as const).slice().sort((a, b) => b[0].length - a[0].length);

export function publicQualifier(b: Bound | undefined): Qualifier | undefined {
  if (b === undefined) return undefined;
  return b === 'nearly' ? 'at-most' : b;
}
