// A page's <title> carries the site's name ("Quake toll rises | CNN", "BBC News - Quake toll
// rises"); a source's title should be the article's. The site's name is removed when it is known
// (og:site_name, JSON-LD publisher) or when the segment looks like one; an article whose own
// headline has a dash in it ("Storm - live updates") keeps its dash.

const SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' :: ', ' · ', ' » ', ' // '];
/** A segment without a known site name is taken for one after a pipe (pipes are almost only
 *  used for that), or after a dash when it has an outlet's word in it. Either way it is short. */
const MAX_SITE_NAME_WORDS = 4;
const OUTLET_WORD = /\b(news|times|post|herald|journal|tribune|telegraph|guardian|independent|gazette|online|daily|mail|express|today|wire|press|reuters|observer|chronicle|standard)\b|\.(com|net|org|co\.uk|[a-z]{2})$/i;

export function titleWithoutSiteName(title: string, siteNames: readonly string[] = []): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const names = siteNames.map(normalise).filter((n) => n !== '');
  for (const separator of SEPARATORS) {
    const at = clean.lastIndexOf(separator);
    if (at > 0) {
      const head = clean.slice(0, at).trim();
      const tail = clean.slice(at + separator.length).trim();
      if (head !== '' && isSiteName(tail, names, separator === ' | ')) return head;
    }
    const first = clean.indexOf(separator);
    if (first > 0) {
      const lead = clean.slice(0, first).trim();
      const rest = clean.slice(first + separator.length).trim();
      // A leading name is only removed when known: "Ukraine - Russia talks" must stay whole.
      if (rest !== '' && names.some((name) => matchesName(lead, name))) return rest;
    }
  }
  return clean;
}

function isSiteName(segment: string, names: readonly string[], afterPipe: boolean): boolean {
  if (names.some((name) => matchesName(segment, name))) return true;
  const words = segment.split(' ').length;
  if (words > MAX_SITE_NAME_WORDS) return false;
  return afterPipe || OUTLET_WORD.test(segment);
}

/** "BBC News" is the site "BBC"; "CNN.com" is "CNN"; case and punctuation do not matter. */
function matchesName(segment: string, name: string): boolean {
  const s = normalise(segment);
  return s === name || s.startsWith(`${name} `) || s.replace(/ (com|co uk|org|net)$/, '') === name;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
