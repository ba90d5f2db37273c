// Heads that take a number as part of a name, whatever the case of the copy: "Formula One",
// "World War Two", "Channel 5", "the FTSE 250". The scanner asks them before it reads a range ("on
// the FTSE 250 to 1,383.00"), and namesWithNumbers before it keeps a number as a figure; a module
// of its own, so neither imports the other.
import type { Token } from '../text/tokenize.ts';

/** Words that, in any case, name a thing when a number follows ("formula one", "world war two"). */
const NAME_HEADS: readonly (readonly string[])[] = [
  ['world', 'war'], ['formula'], ['channel'], ['windows'], ['apollo'], ['article'], ['chapter'], ['type'], ['iphone'],
  ['boeing'], ['radio'], ['covid'], ['ftse'], ['nasdaq'], ['s', '&', 'p'], ['route'],
  // "Flight 880, a Boeing 767-300 bound for Heathrow": a flight's number names it.
  ['flight'],
];

/** Whether the words right before token `i` are a head that takes a number as part of a name ("FTSE", "Channel", "Route"). */
export function nameHeadBefore(tokens: readonly Token[], i: number): boolean {
  return NAME_HEADS.some((words) => words.every((w, k) => tokens[i - words.length + k]?.lower === w));
}
