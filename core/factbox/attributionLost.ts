// Whether shortening a sentence dropped who said it. A view, or anyone's claim but an
// official's, must keep its speaker: a bullet that states it in the box's own voice misstates
// the source.
import type { Candidate, Sentence } from './candidate.ts';

/** Verbs and phrases that attribute a statement to someone. */
const ATTRIBUTION = /\b(?:said|says|say|told|tells|claimed|claims|claim|insisted|insists|believes?|believed|argued|argues|added|admitted|admits|warned|warns|stated|states|according to|thinks|thought|feels|felt)\b/g;
/**
 * Speakers whose plain factual statements a box may state without naming them: officials, and
 * the published research, surveys and statistics a story reports ("Fighters from 100 nations have
 * joined militant groups …, according to research by the United Nations"). Not a charging
 * document: an indictment, a complaint, an affidavit or a lawsuit alleges, and a
 * box that drops "according to the indictment" states the allegation as fact (blind reading r40:
 * "The assaults took place between September 1 and March 22").
 */
const OFFICIAL_SPEAKER = /\b(?:police|officers?|officials?|authorities|spokes(?:man|woman|person)|department|ministry|court|coroner|sheriff|agency|government|military|army|investigators|forecasters|meteorologists|weather service|fire (?:service|department)|council|statement|records|report|research|study|survey|census|statistics|figures|data|United Nations|UN|FBI|CDC|NASA|the club|the company|the firm)\b/i;
/** Who alleges rather than states: their words keep their attribution in a bullet. */
const ALLEGING_SPEAKER = /\b(?:indictment|complaint|affidavit|lawsuit|charging documents?|court (?:papers|documents|filings?))\b/i;
/** A view rather than a checkable fact: evaluation, belief, obligation, prediction, feeling. */
const OPINION = /\b(?:should|must|ought|best|worst|greatest|great|brilliant|terrible|awful|wrong|deserved?|deserves|believes?|believed|thinks?|thought|feels?|felt|hopes?|hoped|fears?|feared|unfair|fair|disgrace\w*|ridiculous|amazing|fantastic|proud|happy|sad|disappointed|delighted|needs? to|would|could|might|perfect|good|bad|better|worse|fault|blame[ds]?|love[ds]?|hate[ds]?)\b/i;

/**
 * Whether cutting the sentence to the bullet dropped who said it when that matters: someone's
 * view, or any claim by someone other than an official, keeps its attribution or is not used
 * ("…, coach said"); "The man was arrested" from "Police said the man was arrested" is fine.
 */
export function attributionLost(sentence: Sentence, candidate: Candidate, clauseOnly = false): boolean {
  const text = sentence.source.text;
  const own = candidate.citations.filter((c) => c.start >= sentence.start && c.end <= sentence.end);
  if (own.length === 0) return false;
  const from = own[0]!.start;
  const to = own[own.length - 1]!.end;
  const bullet = candidate.text;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(ATTRIBUTION)) {
    const at = sentence.start + m.index!;
    const verb = m[0]!;
    if (clauseOnly && (at < from || at >= to)) continue;
    // "Villagers said his brother died there last August, according to the People's Daily": the
    // bullet keeps who said it; the outlet that reported them is the sourcing of the whole story.
    if (verb.toLowerCase() === 'according to' && at >= to && /\b(?:said|says|told|claimed|claims)\b/.test(bullet)) continue;
    if (at >= from && at < to) {
      // Inside the bullet's span: lost only if the bullet left it out ("Police said the man …" → "The man …").
      if (new RegExp(`\\b${verb}\\b`, 'i').test(bullet)) continue;
    } else {
      // Outside: it attributes the bullet's claim only when it stands next to it in the same clause
      // ("…, the coach said", "The coach said …"), not across "but …", a dash or brackets.
      const gap = at < from ? text.slice(at + verb.length, from) : text.slice(to, at);
      // ", manager Sam Hill said." closing the sentence attributes all of it, whatever the bullet cut.
      const closing = at > to && /,\s*(?:\S+\s+){0,6}$/.test(text.slice(Math.max(sentence.start, at - 60), at)) && text.slice(at + verb.length, sentence.end).split(/\s+/).filter((w) => w !== '').length <= 5;
      // A colon after the bullet ends it (a caption's label, "… in Arlington, Virginia Caught
      // red-faced: Incredibly, McHenry was warned …"); one before it introduces what was said.
      if (!closing && (gap.split(/\s+/).filter((w) => w !== '').length > 8 || /\b(?:but|and|while|although|whereas|which|who)\b|[;–—()]|\s-\s/.test(gap) || (at > to && gap.includes(':')))) continue;
    }
    const window = text.slice(Math.max(sentence.start, at - 60), Math.min(sentence.end, at + verb.length + 60));
    if (OFFICIAL_SPEAKER.test(window) && !ALLEGING_SPEAKER.test(window) && !OPINION.test(bullet)) continue;
    return true;
  }
  return false;
}
