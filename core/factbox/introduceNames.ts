// Who is who: a reader meets each person in the box as the article first names them. A bullet
// whose subject is a bare first name or surname ("Jörg has painted models …", "Gruetters noted
// …", "Mr Davey was asked …") before any bullet has named that person reads as if the reader
// already knew them; newsroom style gives the full name at first mention and the short form
// after. The story's own full name takes the short form's place (the same person, cited where
// the story gives it), in the first bullet that mentions the person. A person the story gives an
// age in apposition ("Keith Anthony Allen, 27, of Columbus") has the age at first mention too:
// it is how a wire story introduces people, and the reader of a box meets them there.
import type { Citation, FactBoxBullet, SourceDocument } from '../types.ts';
import { CALENDAR_NAMES, NAMELESS_FIRST_WORD, STOP_WORDS, lowerCaseWords } from './factText.ts';

/** Text for a regular expression that matches it literally: a bullet's words may hold brackets or signs. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A courtesy title the Daily Mail puts before a surname: it goes when the full name comes in. */
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;
/** A capitalised word of a name: a letter and then letters, apostrophes or hyphens. */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}$/u;
/** A run of capitalised words ("German Culture Minister Monika Gruetters"): its last two are a first name and a surname. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)+/gu;
/** Words that are capitalised in a name yet name no person ("Premier League", "Crown Court", days, months). */
const NOT_A_PERSON = new RegExp(`^(?:${CALENDAR_NAMES}|Street|Road|Avenue|League|Cup|Court|Club|City|United|County|University|College|School|Hospital|Police|Council|Party|Office|Ministry|Department|House|Park|Stadium|Airport|Station|News|Times|Post|Ocean|Sea|River|Lake|Mountains?|Islands?|Bay|Valley|Coast|Beach|Forest|Desert|Gulf|Canal|Bridge|Square|Hall|Centre|Center|Church|Cathedral|Museum|Gallery|Institute|Foundation|Company|Group|Bank|Hotel|Theatre|Theater|Prison|Jail|Academy|Airlines?|Festival|Awards?|Prize|Trust)$`);

/** Titles and roles written before a name: "Culture Minister Monika Gruetters", "Sir Alex Ferguson". */
const ROLE = /^(?:Minister|Secretary|President|Chancellor|Senator|Governor|Mayor|Judge|Justice|Chief|Director|Officer|Inspector|Sergeant|Detective|Constable|Captain|Coach|Manager|Boss|Professor|Prof|Sir|Dame|Lord|Lady|Prince|Princess|King|Queen|Pope|Bishop|Reverend|Rev|Father|General|Colonel|Major|Lieutenant|Commander|Admiral|Ambassador|Commissioner|Chairman|Chairwoman|Chair|Leader|Spokesman|Spokeswoman|Editor|Councillor|Deputy|Prosecutor|Sheriff|Superintendent|Star|Striker|Midfielder|Defender|Goalkeeper|Winger|Forward|Skipper|Actor|Actress|Singer|Rapper|Model|Chef|Artist|Author|Novelist|Presenter|Host|Designer|Dr|Mr|Mrs|Ms|Miss)$/;

/** A question opening a linked story's title ("Why Turkey won't say …"). */
const QUESTION = /^(?:Why|How|What|Who|Where|Which|Whose)$/;

interface FullName {
  readonly text: string;
  readonly citation: Citation;
}

/**
 * Records a value under a key, or null where a second, different value comes for it: a short form
 * two full names share ("John" of John Smith and John Reed), a name given two ages.
 */
function recordUnlessAmbiguous<T>(out: Map<string, T | null>, key: string, value: T, same: (a: T, b: T) => boolean): void {
  const seen = out.get(key);
  if (seen === undefined) out.set(key, value);
  else if (seen !== null && !same(seen, value)) out.set(key, null);
}

/** Whether a text names a word whole: not inside a longer word. */
function namesWord(text: string, word: string): boolean {
  return new RegExp(`(?<!\\p{L})${escaped(word)}(?!\\p{L})`, 'u').test(text);
}

/**
 * The full names a source gives, by first name and by surname; a short form two different full
 * names share is left as it is. `lower`: the words the source writes in lower case.
 */
function fullNames(source: SourceDocument, lower: ReadonlySet<string>): Map<string, FullName | null> {
  const out = new Map<string, FullName | null>();
  for (const match of source.text.matchAll(CAPITALISED_RUN)) {
    // "understood Tim Sherwood's decision": the possessive is no part of the name.
    const owned = /['’]s$/u.exec(match[0]);
    const m = { 0: owned ? match[0].slice(0, -owned[0].length) : match[0], index: match.index };
    const words = m[0].split(' ');
    const first = words[words.length - 2]!;
    const last = words[words.length - 1]!;
    // A name word before the first name may be a middle or a first name ("Keith Anthony Allen"):
    // the last two words would then misname the person, so the run gives no full name, unless
    // that word is a title or role ("Culture Minister Monika Gruetters", "Sir Alex Ferguson").
    const before = words[words.length - 3];
    let middle = '';
    if (before !== undefined && NAME_WORD.test(before) && !ROLE.test(before) && !lower.has(before.toLowerCase())) {
      // Three name words and then an age ("Keith Anthony Allen, 27,") are one person's whole name;
      // otherwise the run is left alone.
      const age = /^,\s*\d{1,3},/.test(source.text.slice(m.index + m[0].length));
      if (words.length !== 3 || /['’]/.test(before) || !age) continue;
      middle = `${before} `;
    }
    // "Imax's China" is a possession, not a first name and a surname: "China" stays as written.
    if (/['’]s$/.test(first)) continue;
    if (!NAME_WORD.test(first) || !NAME_WORD.test(last) || STOP_WORDS.has(first.toLowerCase()) || NAMELESS_FIRST_WORD.test(first) || TITLE.test(first) || QUESTION.test(first)) continue;
    if (NOT_A_PERSON.test(first) || NOT_A_PERSON.test(last) || NAMELESS_FIRST_WORD.test(last)) continue;
    // A name is never written in lower case; "Why Turkey", "Regime Germans" (a caption run into a
    // sentence) and "Big Ben" are words of the text with a capital.
    if (lower.has(first.toLowerCase()) || lower.has(last.toLowerCase())) continue;
    const at = m.index + m[0].length - middle.length - first.length - last.length - 1;
    const name: FullName = { text: `${middle}${first} ${last}`, citation: { sourceId: source.id, start: at, end: m.index + m[0].length } };
    for (const key of middle ? [before!, last] : [first, last]) {
      // A story introduces a person by the full name before it uses the short form: a short form
      // it used before ("Britons …" above a caption's "… of the Government Britons …") is a word of its own.
      if (new RegExp(`(?<![\\p{L}'’-])${escaped(key)}(?![\\p{L}'’-])`, 'u').test(source.text.slice(0, at))) continue;
      recordUnlessAmbiguous(out, key, name, (a, b) => a.text === b.text);
    }
  }
  return out;
}

/** Lower-case nouns for the job a story gives a person before the name: "Villa boss Tim Sherwood". */
const ROLE_NOUNS = 'boss|manager|coach|goalkeeper|keeper|striker|midfielder|defender|winger|captain|skipper|chairman|chairwoman|spokesman|spokeswoman|detective|inspector|prosecutor|coroner|referee|umpire|actor|actress|singer|director|teammate|team-mate';
/** One of ROLE_NOUNS on its own: a bullet's "the manager Sherwood" has its role already. */
const ROLE_NOUN = new RegExp(`^(?:${ROLE_NOUNS})$`);
/**
 * A role and a full name: an optional capitalised word (a team, a country), at most one more
 * lower-case word, then a role noun: "Villa boss Tim Sherwood", "goalkeeping coach Tony Parks".
 */
const ROLE_BEFORE_NAME = new RegExp(`(?<![\\p{L}'’-])((?:\\p{Lu}\\p{Ll}+\\s)?(?:\\p{Ll}+\\s)?(?:${ROLE_NOUNS}))\\s(\\p{Lu}\\p{Ll}+\\s\\p{Lu}[\\p{Ll}'’-]*\\p{Ll})(?![\\p{L}'’-])`, 'gu');

interface Role {
  readonly text: string;
  readonly citation: Citation;
}

/**
 * The role a source gives each full name where it names it with one ("Villa boss Tim Sherwood"):
 * the first such, by the full name. A reader of a box meets who someone is with the name.
 */
function rolesOf(source: SourceDocument): Map<string, Role> {
  const out = new Map<string, Role>();
  for (const m of source.text.matchAll(ROLE_BEFORE_NAME)) {
    const role = m[1]!;
    // A sentence's capitalised first word is no team: "Striker Tom Jones" keeps "striker" only.
    if (out.has(m[2]!) || STOP_WORDS.has(role.split(' ')[0]!.toLowerCase())) continue;
    out.set(m[2]!, { text: role, citation: { sourceId: source.id, start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

interface Age {
  readonly age: string;
  readonly citation: Citation;
}

/** A person's name (two or three name words) and an age between commas after it: "Holt, 44,". */
const NAME_AND_AGE = /(?<![\p{L}'’-])((?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}\s){1,2}\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}),\s(\d{1,3}),\s/gu;
/** Ages a story gives in apposition above this are taken for something else (a count, a score). */
const MAX_AGE = 110;

/**
 * The ages a source gives its people in apposition, by the name as written and by its last two
 * words (after a role or a middle name); a name given two different ages is left without one.
 */
function apposedAges(source: SourceDocument, lower: ReadonlySet<string>): Map<string, Age | null> {
  const out = new Map<string, Age | null>();
  for (const m of source.text.matchAll(NAME_AND_AGE)) {
    const words = m[1]!.split(/\s/);
    const age = Number(m[2]);
    if (age < 1 || age > MAX_AGE) continue;
    if (words.some((w) => NOT_A_PERSON.test(w) || STOP_WORDS.has(w.toLowerCase()) || NAMELESS_FIRST_WORD.test(w) || QUESTION.test(w) || lower.has(w.toLowerCase()))) continue;
    const entry: Age = { age: m[2]!, citation: { sourceId: source.id, start: m.index, end: m.index + m[0].trimEnd().length - 1 } };
    const keys = new Set([words.join(' '), words.slice(-2).join(' ')].filter((k) => k.includes(' ') && !TITLE.test(k.split(' ')[0]!) && !ROLE.test(k.split(' ')[0]!)));
    for (const key of keys) recordUnlessAmbiguous(out, key, entry, sameAge);
  }
  // An obituary's "… has died. He was 88.": the age of the person the sentence before opens on.
  for (const m of source.text.matchAll(AGE_SENTENCE)) {
    const age = Number(m[1]);
    const before = source.text.slice(0, m.index).replace(/[.!?]["”’']?\s*$/u, '');
    const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
    const opener = SENTENCE_NAME.exec(before.slice(start));
    if (age < 1 || age > MAX_AGE || !opener) continue;
    const words = opener[1]!.split(' ');
    if (words.some((w) => NOT_A_PERSON.test(w) || lower.has(w.toLowerCase()))) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const entry: Age = { age: m[1]!, citation: { sourceId: source.id, start: m.index + m[0].search(/\S/), end: at + m[1]!.length } };
    for (const key of new Set([words.join(' '), words.slice(-2).join(' ')])) recordUnlessAmbiguous(out, key, entry, sameAge);
  }
  return out;
}

const sameAge = (a: Age, b: Age): boolean => a.age === b.age;

/** "He was 88." as a sentence of its own, as obituaries give the age. */
const AGE_SENTENCE = /(?<=[.!?]["”’']?\s+)(?:He|She) was (\d{1,3})(?: years old)?\./g;
/** The full name a sentence opens on, after any wire credit: "(The Hollywood Reporter)Stan Freberg, …". */
const SENTENCE_NAME = /^\s*(?:\([^()]{1,40}\)\s*)?((?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}\s){1,2}\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll})(?![\p{L}'’-])/u;

/** Straight and curly double quotes before a position: an odd count puts it inside a quotation. */
const DOUBLE_QUOTE = /["“”]/g;

/**
 * The bullet with the age the story gives the first person it names for the first time in the
 * box ("Glenn Mason, 56, has said he will pay back …"), unless it states an age already.
 */
function withAge(bullet: FactBoxBullet, ages: ReadonlyMap<string, Age | null> | undefined, earlier: readonly FactBoxBullet[], others: readonly FactBoxBullet[]): FactBoxBullet {
  if (!ages) return bullet;
  let best: { at: number; name: string; age: Age } | undefined;
  for (const [name, age] of ages) {
    if (age === null) continue;
    const m = new RegExp(`(?<![\\p{L}'’-])${escaped(name)}(?![\\p{L}'’-])`, 'u').exec(bullet.text);
    if (!m || (best && best.at <= m.index)) continue;
    best = { at: m.index, name, age };
  }
  if (!best) return bullet;
  // The age is already there, for this person or said another way ("the 20-year-old suspect").
  const stated = new RegExp(`(?<!\\d)${best.age.age}(?:-year-old\\b|,)|\\baged ${best.age.age}\\b`);
  if (stated.test(bullet.text) || others.some((b) => b.text.includes(`${best.name}, ${best.age.age}`))) return bullet;
  const end = best.at + best.name.length;
  const after = bullet.text.slice(end);
  const surname = best.name.split(' ').at(-1)!;
  // A possessive, a name that runs on ("Glenn Mason Jr"), an age given in brackets, a quotation
  // the story's own words must not be changed in, or a person the box has already met: no age.
  if (/^(?:['’]s?\b|\s\p{Lu}|\s?\()/u.test(after) || earlier.some((b) => namesWord(b.text, surname))) return bullet;
  if ((bullet.text.slice(0, best.at).match(DOUBLE_QUOTE)?.length ?? 0) % 2 === 1) return bullet;
  const text = after === '' ? `${bullet.text}, ${best.age.age}`
    : after.startsWith(',') ? `${bullet.text.slice(0, end)}, ${best.age.age}${after}`
      : /^\s/.test(after) ? `${bullet.text.slice(0, end)}, ${best.age.age},${after}` : undefined;
  if (text === undefined) return bullet;
  return { ...bullet, text, citations: [...bullet.citations, best.age.citation] };
}

/** The bullets, each person's first mention given the full name the story gives them (see the file comment). */
export function introduceNames(bullets: readonly FactBoxBullet[], sources: readonly SourceDocument[]): FactBoxBullet[] {
  const names = new Map<string, Map<string, FullName | null>>();
  const ages = new Map<string, Map<string, Age | null>>();
  const roles = new Map<string, Map<string, Role>>();
  for (const s of sources) {
    if (typeof s?.text !== 'string') continue;
    const lower = lowerCaseWords(s.text);
    names.set(s.id, fullNames(s, lower));
    ages.set(s.id, apposedAges(s, lower));
    roles.set(s.id, rolesOf(s));
  }
  const out: FactBoxBullet[] = [];
  for (const bullet of introducersFirst(bullets)) {
    const sourceId = bullet.citations[0]?.sourceId;
    const known = sourceId === undefined ? undefined : names.get(sourceId);
    const words = bullet.text.split(' ');
    const titled = TITLE.test(words[0] ?? '') ? 1 : 0;
    const word = words[titled] ?? '';
    const bare = word.replace(/(?:'s|’s|,)$/u, '');
    const next = words[titled + 1] ?? '';
    const full = known?.get(bare);
    // The subject is a single name word, not the first of two ("Jörg Düsterwald has …").
    // A comma after it opens an age or an aside ("Guffick, 31, altered …", "Holt, who …"), not a list of names.
    const single = NAME_WORD.test(bare) && !/^\p{Lu}/u.test(next) && (!/,$/.test(word) || /^(?:\d{1,3},|\p{Ll}+)$/u.test(next));
    const earlier = out.some((b) => namesWord(b.text, bare));
    const age = sourceId === undefined ? undefined : ages.get(sourceId);
    if (!full || !single || earlier || full.text.split(' ')[0] === bare && titled === 1) {
      out.push(withAge(namedWithin(bullet, 0, known, out, roles.get(sourceId ?? '')), age, out, bullets));
      continue;
    }
    const text = [full.text + word.slice(bare.length), ...words.slice(titled + 1)].join(' ');
    out.push(withAge(namedWithin({ ...bullet, text, citations: [full.citation, ...bullet.citations] }, full.text.split(' ').length, known, out, roles.get(sourceId ?? '')), age, out, bullets));
  }
  return out;
}

/** A role and then a full name: "German Culture Minister Monika Gruetters", "Judge Arnold Jones". */
const ROLE_AND_NAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]*\p{Ll})(?![\p{L}'’-]))/gu;

/**
 * The bullets with one that introduces a person by role ("German Culture Minister Monika
 * Gruetters praised …") moved up before an earlier one that names the person bare ("Monika
 * Gruetters noted …"): a reader meets who someone is at first mention. The first bullet, the
 * lead, stays first.
 */
function introducersFirst(bullets: readonly FactBoxBullet[]): FactBoxBullet[] {
  const out = [...bullets];
  for (let j = 2; j < out.length; j++) {
    for (const m of out[j]!.text.matchAll(ROLE_AND_NAME)) {
      if (!ROLE.test(m[1]!) || TITLE.test(m[1]!)) continue;
      const surname = new RegExp(`(?<![\\p{L}'’-])${escaped(m[3]!)}(?![\\p{L}'’-])`, 'u');
      const i = out.findIndex((b, k) => k >= 1 && k < j && surname.test(b.text));
      if (i < 0 || out.slice(0, i).some((b) => surname.test(b.text))) continue;
      // "goalkeeper Simon Eastwood": the earlier bullet says who he is already.
      const described = new RegExp(`(?<![\\p{L}'’-])(\\p{L}+)\\s+(?:\\p{Lu}[\\p{Ll}'’-]+\\s+)?${escaped(m[3]!)}(?![\\p{L}'’-])`, 'u').exec(out[i]!.text);
      if (described && /^\p{Ll}+$/u.test(described[1]!) && !STOP_WORDS.has(described[1]!)) continue;
      const [moved] = out.splice(j, 1);
      out.splice(i, 0, moved!);
      break;
    }
  }
  return out;
}

/**
 * The bullet with a short name after its subject given in full too, at the person's first
 * mention in the box: "Locke had been working as No 2 under Johnston" -> "… under Allan
 * Johnston". Words before `from` are the subject, already dealt with. Not inside a quotation
 * (the speaker's words), not a word of a longer capitalised run ("Johnston Press").
 */
/** Prepositions after which a capitalised word is a place: "in Paris", "from Leeds". */
const PLACE_PREPOSITION = /^(?:in|at|from|to|near|around|across|outside|inside|into|across|throughout)$/;

function namedWithin(bullet: FactBoxBullet, from: number, known: ReadonlyMap<string, FullName | null> | undefined, earlier: readonly FactBoxBullet[], roles?: ReadonlyMap<string, Role>): FactBoxBullet {
  if (!known) return bullet;
  const words = bullet.text.split(' ');
  let quotes = words.slice(0, from).join(' ').match(DOUBLE_QUOTE)?.length ?? 0;
  for (let i = Math.max(from, 1); i < words.length; i++) {
    const word = words[i]!;
    const inQuote = quotes % 2 === 1;
    quotes += word.match(DOUBLE_QUOTE)?.length ?? 0;
    if (inQuote || /^["“‘']/u.test(word)) continue;
    const bare = word.replace(/(?:'s|’s|['’]|[,.;:!?)]+)$/u, '');
    const full = known.get(bare);
    if (!full || !NAME_WORD.test(bare)) continue;
    const before = words[i - 1]!;
    const titled = TITLE.test(before) || ROLE.test(before);
    // A word of a longer run of capitals, or a name the box or this bullet already gives. Nor a
    // place after its preposition: "four years in Paris" is the city, not Paris St-Germain.
    if ((/^\p{Lu}/u.test(before) && !titled) || /^\p{Lu}/u.test(words[i + 1] ?? '') || PLACE_PREPOSITION.test(before)) continue;
    if (earlier.some((b) => namesWord(b.text, bare)) || namesWord(words.slice(0, i).join(' '), bare) || bullet.text.includes(full.text)) continue;
    // "Mr Johnston" gives way to the full name; a role before it stays ("manager Allan Johnston").
    const start = TITLE.test(before) ? i - 1 : i;
    // With no role or article of its own before it, the name comes with the role the story gives
    // it: "have given Sherwood plenty to consider" -> "… given Villa boss Tim Sherwood …".
    const role = titled || /^(?:the|a|an|his|her|their|its)$/i.test(before) || ROLE_NOUN.test(before) ? undefined : roles?.get(full.text);
    const named = role ? `${role.text} ${full.text}` : full.text;
    const text = [...words.slice(0, start), named + word.slice(bare.length), ...words.slice(i + 1)].join(' ');
    return { ...bullet, text, citations: [...bullet.citations, full.citation, ...(role ? [role.citation] : [])] };
  }
  return bullet;
}
