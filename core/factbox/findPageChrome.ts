// Text copied from a news page carries the page's furniture along with the story: bylines and
// time stamps ("By . Jane Doe . PUBLISHED: 10:02 EST, 3 May 2014 | UPDATED: …"), prompts to
// the reader ("Scroll down for video", "CLICK HERE for …"), links to other stories. None of it is
// a fact, and glued to the lead it would otherwise end up in a bullet.
import { verbForm } from './verbForm.ts';

export interface ChromeSpan {
  readonly start: number;
  readonly end: number;
}

const PATTERNS: readonly RegExp[] = [
  // Byline with dots for line breaks: "By . Jane Doe and John Roe . " (up to three name lines).
  /\bBy \.(?: [^.\n]{1,60} \.){1,3}(?= |$)/g,
  // Time stamps: "PUBLISHED: 10:02 EST, 3 May 2014 | UPDATED: 12:40 EST, 3 May 2014 ."
  /\b(?:PUBLISHED|UPDATED|Last updated at):? [^|\n]{0,60}?\b\d{4}\b(?: \| UPDATED:? [^|\n]{0,60}?\b\d{4}\b)?(?: \.)?/g,
  /\bScroll down for (?:the )?(?:videos?|more)\b/gi,
  // Ad breaks copied with the story: "Story continues below advertisement", "Article continues below".
  /\b(?:Story|Article|Content) continues below(?: (?:this )?(?:advertisement|advert|ad))?\b/gi,
  // Reader prompts run to the end of their line or sentence.
  /\b(?:CLICK HERE|READ MORE|READ:|WATCH:|SEE ALSO:?)[^.!?\n]{0,120}[.!?]?/g,
  // A broadcaster's player and schedule notes: "Media playback is not supported on this device"
  // (often glued to the next sentence), "Coverage will be on BBC iPlayer and the BBC Sport website".
  /\bMedia playback is (?:not supported on this device|unsupported on your device)\.?/g,
  /\bCoverage will be (?:live )?(?:on|available on) BBC\b[^.!?\n]{0,120}[.!?]?/g,
  // The outlet's own prompts: "Read more on this story and other news from Suffolk", "Follow us on
  // Twitter @BBCNewsEnts, on Instagram …", "Get involved on #bbcfootball".
  /\bRead more (?:on|about) this story\b[^.!?\n]{0,120}[.!?]?|\bRead more:/g,
  /\bFollow (?:us|@\w+) on (?:Twitter|Facebook|Instagram)\b[^.!?\n]{0,160}[.!?]?/g,
  /\bGet involved on #\w+[^.!?\n]{0,80}[.!?]?/g,
  // "You might also like:" and the links listed under it, one a line.
  /\bYou (?:might|may) also like:?(?:\n[^\n.!?]{3,120}(?=\n|$)){0,6}/g,
  /\bLocal Live has all the latest\b[^.!?\n]{0,80}[.!?]?/g,
  // A page's own date line: "31 March 2014 Last updated at 12:30 BST"; an agency credit.
  /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4} Last updated at \d{1,2}:\d{2}(?: (?:BST|GMT))?/g,
  /\bReport supplied by (?:the )?(?:Press Association|PA|Reuters|AP|AFP)\b\.?/g,
  // A live match feed pasted with the report: "Chris Löwe (Huddersfield Town) is shown the yellow
  // card.", "Rajiv van La Parra (Huddersfield Town) right footed shot from … is saved …",
  // "Attempt blocked.", "Foul by …", "Corner, Leeds. Conceded by …". Machine lines, not the report's.
  /(?:\p{Lu}[\p{L}'’-]*\s+){1,4}\((?:\p{Lu}[\p{L}'’.&-]*\s?){1,4}\)\s+(?:is shown the (?:yellow|red) card|(?:right|left) footed shot|header|wins a free kick|hits the (?:left|right)? ?post|hits the bar|converts the penalty|misses the penalty|draws a foul)[^.!?\n]{0,160}[.!?]?/gu,
  // "Kieran Gibbs tries a through ball, but Mesut Özil is caught offside.": the feed's offside line.
  /(?:\p{Lu}[\p{L}'’-]*\s+){1,3}tries a through ball, but [^.!?\n]{1,60} is caught offside\.?/gu,
  /\b(?:Attempt (?:missed|blocked|saved)|Foul by|Corner,|Offside,|Delay in match|Hand ball by|Dangerous play by|Second Half begins|First Half ends|Second Half ends|Match ends|Goal!|Assisted by|Conceded by)[^.!?\n]{0,160}[.!?]?/g,
  /\bSubstitution,[^.!?\n]{0,80}\.(?:\s*[^.!?\n]{0,80}\breplaces\b[^.!?\n]{0,80}[.!?]?)?/g,
  // "Penalty Bradford City. Josh Cullen draws a foul in the penalty area.": the feed's penalty
  // lines, where the player's team may be left out.
  /\bPenalty (?:conceded by\b[^.!?\n]{0,120}|(?:\p{Lu}[\p{L}'’.&-]*\s?){1,4})[.!?]|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}draws a foul in the penalty area\.?/gu,
];

/**
 * A line of its own with no closing punctuation whose verb is a headline's present tense ("Star
 * Wars' Rey falls for Mongolia story", "Hungary passes bill targeting …"): a link to another
 * story. A line in the past tense ("One million homes were powered by Fawley") is a fact panel's
 * and stays.
 */
function headlineLines(text: string): ChromeSpan[] {
  const out: ChromeSpan[] = [];
  for (const m of text.matchAll(/(?<=^|\n)([^\n]{3,120})(?=\n)/g)) {
    const line = m[1]!.trim();
    if (/[.!?:;"”’')]$/.test(line) || !/^\p{Lu}/u.test(line)) continue;
    const words = line.split(/\s+/);
    if (words.length > HEADLINE_WORDS) continue;
    const verb = words.slice(1).find((w) => verbForm(w) !== undefined);
    if (verb !== undefined && verbForm(verb) === 'present' && /s$/.test(verb) && !/^(?:is|has|does)$/.test(verb)) out.push({ start: m.index, end: m.index + m[1]!.length });
  }
  return out;
}

/**
 * A run of short lines with no full stop, each a line of its own ("World powers jostle in
 * Afghanistan's new 'Great Game'", "How successful has IS been in Afghanistan?", "Stuck between
 * IS and the Taliban"): the links to related stories a page lists under its text. A fact panel's
 * lines carry a colon or a figure ("Born: 1950") and are not taken.
 */
function linkRuns(text: string): ChromeSpan[] {
  const out: ChromeSpan[] = [];
  let run: ChromeSpan[] = [];
  const flush = () => { if (run.length >= LINK_RUN) out.push(...run); run = []; };
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0].trim();
    const linkLike = line.split(/\s+/).length <= HEADLINE_WORDS && /^\p{Lu}/u.test(line) && !/[.!:;,]$/.test(line) && !/[:\d]/.test(line);
    if (linkLike) run.push({ start: m.index, end: m.index + m[0].length });
    else flush();
  }
  flush();
  return out;
}

/** Fewest such lines in a row that make a list of links. */
const LINK_RUN = 3;

/** Longest line taken for a headline, in words. */
const HEADLINE_WORDS = 14;

/** Spans of page furniture in a text, in order and without overlaps. */
export function findPageChrome(text: string): ChromeSpan[] {
  const spans: ChromeSpan[] = [...headlineLines(text), ...linkRuns(text)];
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) { pattern.lastIndex++; continue; }
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: ChromeSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push(s);
  }
  return merged;
}
