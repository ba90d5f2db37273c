// Who is who: a reader meets each person in the box as the article first names them. A bullet
// whose subject is a bare first name or surname ("Jörg has painted models …", "Gruetters noted
// …", "Mr Davey was asked …") before any bullet has named that person reads as if the reader
// already knew them; newsroom style gives the full name at first mention and the short form
// after. The story's own full name takes the short form's place (the same person, cited where
// the story gives it), in the first bullet that mentions the person.
import type { Citation, FactBoxBullet, SourceDocument } from '../types.ts';
import { NAMELESS_FIRST_WORD, STOP_WORDS } from './factText.ts';

/** A courtesy title the Daily Mail puts before a surname: it goes when the full name comes in. */
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;
/** A capitalised word of a name: a letter and then letters, apostrophes or hyphens. */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}$/u;
/** A run of capitalised words ("German Culture Minister Monika Gruetters"): its last two are a first name and a surname. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)+/gu;
/** Words that are capitalised in a name yet name no person ("Premier League", "Crown Court", days, months). */
const NOT_A_PERSON = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Street|Road|Avenue|League|Cup|Court|Club|City|United|County|University|College|School|Hospital|Police|Council|Party|Office|Ministry|Department|House|Park|Stadium|Airport|Station|News|Times|Post)$/;

/** Titles and roles written before a name: "Culture Minister Monika Gruetters", "Sir Alex Ferguson". */
const ROLE = /^(?:Minister|Secretary|President|Chancellor|Senator|Governor|Mayor|Judge|Justice|Chief|Director|Officer|Inspector|Sergeant|Detective|Constable|Captain|Coach|Manager|Boss|Professor|Prof|Sir|Dame|Lord|Lady|Prince|Princess|King|Queen|Pope|Bishop|Reverend|Rev|Father|General|Colonel|Major|Lieutenant|Commander|Admiral|Ambassador|Commissioner|Chairman|Chairwoman|Chair|Leader|Spokesman|Spokeswoman|Editor|Councillor|Deputy|Prosecutor|Sheriff|Superintendent|Star|Striker|Midfielder|Defender|Goalkeeper|Winger|Forward|Skipper|Actor|Actress|Singer|Rapper|Model|Chef|Artist|Author|Novelist|Presenter|Host|Designer|Dr|Mr|Mrs|Ms|Miss)$/;

/** A question opening a linked story's title ("Why Turkey won't say …"). */
const QUESTION = /^(?:Why|How|What|Who|Where|Which|Whose)$/;

interface FullName {
  readonly text: string;
  readonly citation: Citation;
}

/**
 * The full names a source gives, by first name and by surname; a short form two different full
 * names share ("John" of John Smith and John Reed) is left as it is.
 */
/** The words a source writes in lower case somewhere: words of the text, not names. */
function lowerWords(source: SourceDocument): Set<string> {
  return new Set(source.text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []);
}

function fullNames(source: SourceDocument): Map<string, FullName | null> {
  const out = new Map<string, FullName | null>();
  const lower = lowerWords(source);
  for (const m of source.text.matchAll(CAPITALISED_RUN)) {
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
      if (new RegExp(`(?<![\\p{L}'’-])${key}(?![\\p{L}'’-])`, 'u').test(source.text.slice(0, at))) continue;
      const seen = out.get(key);
      if (seen === undefined) out.set(key, name);
      else if (seen !== null && seen.text !== name.text) out.set(key, null);
    }
  }
  return out;
}

/** The bullets, each person's first mention given the full name the story gives them (see the file comment). */
export function introduceNames(bullets: readonly FactBoxBullet[], sources: readonly SourceDocument[]): FactBoxBullet[] {
  const names = new Map<string, Map<string, FullName | null>>();
  for (const s of sources) if (typeof s?.text === 'string') names.set(s.id, fullNames(s));
  const out: FactBoxBullet[] = [];
  for (const bullet of bullets) {
    const sourceId = bullet.citations[0]?.sourceId;
    const known = sourceId === undefined ? undefined : names.get(sourceId);
    const words = bullet.text.split(' ');
    const titled = TITLE.test(words[0] ?? '') ? 1 : 0;
    const word = words[titled] ?? '';
    const bare = word.replace(/(?:'s|’s)$/u, '');
    const next = words[titled + 1] ?? '';
    const full = known?.get(bare);
    // The subject is a single name word, not the first of two ("Jörg Düsterwald has …").
    const single = NAME_WORD.test(bare) && !/^\p{Lu}/u.test(next) && !/,$/.test(word);
    const earlier = out.some((b) => new RegExp(`(?<!\\p{L})${bare}(?!\\p{L})`, 'u').test(b.text));
    if (!full || !single || earlier || full.text.split(' ')[0] === bare && titled === 1) {
      out.push(bullet);
      continue;
    }
    const text = [full.text + word.slice(bare.length), ...words.slice(titled + 1)].join(' ');
    out.push({ ...bullet, text, citations: [full.citation, ...bullet.citations] });
  }
  return out;
}
