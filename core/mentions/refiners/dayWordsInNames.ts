// A day word inside a name is not a date: "Kathmandu Today", "USA Today", "the Sunday Times",
// "Good Friday Agreement". A bare day word (no "on", "last", date or time of its own) with a
// capitalised word right before it (not opening the sentence) or right after it is read as part
// of that name.
import { isStopword } from '../../frames/lexicon.ts';
import { isCapitalised, opensSentence, tokenAt, type MentionRefiner } from './refiner.ts';

const RELATIVE_DAYS = new Set(['today', 'tonight', 'tomorrow', 'yesterday']);
/** Words that make a weekday after them a name: "Good Friday", "Easter Monday", "Super Tuesday". */
const NAMED_DAYS = new Set(['good', 'black', 'easter', 'super', 'ash', 'maundy', 'cyber', 'holy', 'palm', 'bloody', 'shrove', 'whit', 'low', 'plough', 'giving', 'mardi', 'fat', 'blue']);
const DAY_WORDS = new Set(['today', 'tonight', 'tomorrow', 'yesterday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);

export const dayWordsInNames: MentionRefiner = {
  name: 'dayWordsInNames',
  refine({ tokens }, mentions) {
    return mentions.filter((m) => {
      if (m.kind !== 'date') return true;
      const i = tokenAt(tokens, m.start);
      const word = tokens[i];
      if (!word || !DAY_WORDS.has(word.lower) || tokens[i + 1]?.end !== undefined && tokens[i + 1]!.start < m.end) return true;
      if (!isCapitalised(word)) return true;
      // "today" and its kin are lower-case as words of time: capitalised inside a sentence they
      // name something ("Kathmandu Today reported …", even where the name opens the sentence).
      if (RELATIVE_DAYS.has(word.lower) && !opensSentence(tokens, i)) return false;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // A weekday after a capitalised word is a name only where the two make one ("Good Friday",
      // "Super Tuesday"); after a place it is the agency style of dating ("his election win in
      // New York Tuesday", "said in Kabul Friday").
      const nameBefore = isCapitalised(prev) && !opensSentence(tokens, i - 1) && !isStopword(prev?.lower ?? '')
        && (RELATIVE_DAYS.has(word.lower) || NAMED_DAYS.has(prev?.lower ?? ''));
      const nameAfter = isCapitalised(next) && next?.spaced === true && !isStopword(next.lower) && !DAY_WORDS.has(next.lower);
      return !(nameBefore || nameAfter);
    });
  },
};
