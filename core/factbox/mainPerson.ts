// The people a story names, read once per source: where each surname is first used after a
// first name, and the one person a profile or a court story is about. Captions, ages and side
// stories all need to know whether a capitalised word is someone the story has introduced.
import type { SourceDocument } from '../types.ts';
import { CALENDAR_NAMES, LEADING_FILLER, STOP_WORDS } from './factText.ts';
import { MAX_ANALYSED_CHARS } from './storyWords.ts';

/**
 * The story's main person is the surname it uses most, at least this many times and at least
 * twice as often as any other: a profile, a court case or a transfer story, where "the
 * 39-year-old" in the next sentence means that person. Set on factbox-dev, where the stories
 * that describe someone by age alone name that person three to twelve times.
 */
const MAIN_PERSON_USES = 3;
const MAIN_PERSON_LEAD = 2;
const mainPersons = new WeakMap<SourceDocument, { surname: string; at: number } | null>();

/** The one person a story is about (see MAIN_PERSON_USES), or null when no one stands out. */
export function mainPerson(source: SourceDocument): { surname: string; at: number } | null {
  const known = mainPersons.get(source);
  if (known !== undefined) return known;
  const text = source.text.slice(0, MAX_ANALYSED_CHARS);
  const uses = [...surnameFirstUse(source)]
    // "The Scot", "the Catalans": a word the story writes after "the" is no one's name.
    .filter(([name]) => !NOT_NAMES.test(name) && !STOP_WORDS.has(name.toLowerCase()) && !LEADING_FILLER.has(name.toLowerCase()) && !new RegExp(`\\b[Tt]he\\s+${name}\\b`).test(text))
    .map(([name, at]) => ({ surname: name, at, n: text.match(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))?.length ?? 0 }))
    .sort((a, b) => b.n - a.n);
  const [top, next] = uses;
  const person = top && top.n >= MAIN_PERSON_USES && (!next || top.n >= MAIN_PERSON_LEAD * next.n) ? { surname: top.surname, at: top.at } : null;
  mainPersons.set(source, person);
  return person;
}

const surnameUses = new WeakMap<SourceDocument, Map<string, number>>();

/**
 * Where each capitalised word is first used after a capitalised first name ("Douglas Bader"):
 * one pass per source, so checking a lone surname costs a lookup, not a scan of the text.
 */
export function surnameFirstUse(source: SourceDocument): Map<string, number> {
  let map = surnameUses.get(source);
  if (map) return map;
  map = new Map();
  // A surname may carry an Irish or Scottish prefix: "Ronnie O'Sullivan", "Ally McCoist". A place's
  // first word is no first name: "New Delhi", "San Diego", "Los Angeles".
  for (const m of source.text.slice(0, MAX_ANALYSED_CHARS).matchAll(/(?<!\b(?:New|San|Santa|Los|Las|Saint|St|North|South|East|West|Great|Upper|Lower|Old|Port|Fort|Mount|Lake|Cape|Hong|Sri|Buenos|Rio|Abu|Tel|Kuala|Costa|Puerto|Saudi|United) )(?<=\p{Lu}\p{Ll}+ )\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}_])/gu)) {
    if (!map.has(m[0])) map.set(m[0], m.index);
  }
  surnameUses.set(source, map);
  return map;
}

export const NOT_NAMES = new RegExp(`^(?:${CALENDAR_NAMES}|Police|Officials)$`);
