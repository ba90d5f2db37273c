// Whether a bullet reads as a statement on its own, once taken out of its story: it names its
// subject, says something checkable, and is in the story's voice, not a speaker's or the page's.
// These checks are shared by every kind of sentence bullet (whole sentences, clauses, quotations).
import { statementProblems } from './bulletShape.ts';
import { NAMELESS_FIRST_WORD } from './factText.ts';

/** A statement shorter than this says too little to stand alone. */
export const MIN_BULLET_WORDS = 4;

/**
 * A named speaker's reported words in quotation marks: "Patsy Kensit says the Duchess is 'our
 * generation's suffragette'". The first person there is the speaker's, and the bullet says whose.
 */
const REPORTED_QUOTE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:says|said|told\s+\S+|claims|claimed|insists|insisted|admits|admitted|added|warned|believes|thinks)\s[^'‘"“]*)(?:'[^']*'|‘[^’]*’|"[^"]*"|“[^”]*”)/u;

/** The text without a named speaker's quoted words (see REPORTED_QUOTE): what the bullet says in its own voice. */
export function unquoted(text: string): string {
  let out = text;
  for (let m = REPORTED_QUOTE.exec(out); m; m = REPORTED_QUOTE.exec(out)) {
    const next = `${m[1]}…${out.slice(m[0].length)}`;
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Direct speech in the first person is colour, not a fact for the box. */
export const FIRST_PERSON = /(^|[\s‘“"'])(I|I'm|I’m|I've|I’ve|I'd|I’d|we|We|we're|we’re|my|My|our|Our|me|us|You're|You’re|you're|you’re|You|Your|you|your)\b/u;
/** Attribution with nothing attributed: "Montgomery County Police Department said Friday". */
const BARE_ATTRIBUTION = /\b(said|says|say|told|reported|added|confirmed|stated)(\s+(on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+\w+|this\s+\w+|in\s+a\s+statement))*$/;
/** Attribution to an outlet with nothing attributed: "Donna Freberg, confirmed to The Hollywood Reporter". */
const OUTLET_ATTRIBUTION = /^(?:[^.;:]*,\s*)?(?:[Ss]aid|[Tt]old|[Cc]onfirmed|[Ee]xplained|[Rr]evealed|[Ww]rote|[Rr]eported)(?:\s+(?:to|in|on))?(?:\s+(?:the|a))?(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;
/** Who said it, with nothing said: not a fact for the box. */
const attributionOnly = (text: string): boolean => (BARE_ATTRIBUTION.test(text) && !ATTRIBUTED_CLAIM.test(text)) || OUTLET_ATTRIBUTION.test(text);
/** A claim set off by a comma before its closing attribution: "Blackburn should brace themselves for interest …, manager Gary Bowyer has said". */
const ATTRIBUTED_CLAIM = /^(?:\S+\s+){5,}?\S+,\s+(?:[^,\s]+\s+){1,8}?(?:said|says|say|told|reported|added|confirmed|stated)\b[^,]*$/;

/**
 * A bullet opening on a word that points back into the story ("They are great team", "This was
 * despite …") or on a reply ("Yes") says nothing on its own; one opening "Why" or "How" is the
 * title of a linked story ("Why Turkey won't say the G-word"), not a fact.
 */
const VAGUE_OPENER = /^(?:They|It|It's|It’s|This|That|These|Those|There|Others|Yes|No|Oh|Well|So|Such|Who|Which|Whose|Whom)\b|^[([]|^(?:Why|How)\s(?!(?:much|many)\b)/u;
/**
 * Openings that look vague but point nowhere: "This week is the 100th anniversary of …" has a
 * time for its subject, and in "It's the seventh year in a row Obama has broken his promise …"
 * the "it" stands for the count that follows, which the bullet states.
 */
const TIME_OPENER = /^(?:This|That)\s+(?:week|weekend|month|year|season|morning|afternoon|evening|summer|winter|spring|autumn)\s+(?:is|was|marks|marked)\s/u;
const COUNT_CLEFT = /^It(?:'s|’s|\s+is|\s+was)\s+(?:also\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|latest)\s+(?:year|time|season|day|week|month|game|match|race)\b/u;
const vagueOpener = (text: string): boolean => VAGUE_OPENER.test(text) && !TIME_OPENER.test(text) && !COUNT_CLEFT.test(text);

/**
 * A subject that names no one: a pronoun ("He hit four"), "the latter", or a description the
 * story uses for someone it named elsewhere ("Youngster emulated …", "The 39-year-old paid …",
 * "The man in his 50s was …"). Read alone in a box, the reader cannot tell who did it. A name
 * after the description ("Schoolboy Frankie Franz", "The man, only named as Mr Zhang,") is fine.
 */
// A pronoun with its verb run on counts too: "She'll be off to France's Oaks".
const UNNAMED_SUBJECT = new RegExp('^(?:(?:he|she|they)[\'’](?:ll|d|s|re|ve)\\s|(?:he|she|his|her|him|its|their|them|they)\\s|the\\s+(?:latter|former)\\s|'
  // A nationality for a name: "The Spaniard's header", "The Argentine scored", "The Scot won".
  + 'the\\s+(?:\\p{Lu}\\p{Ll}+(?:man|woman|ard|ine|ian)|Scot|Swede|Dane|Finn|Pole|Czech|Serb|Croat|Kiwi|Aussie|Brit|German|Greek|Swiss|Dutch|Irish)(?:[\'’]s\\s|\\s+(?=(?:is|was|has|had|will|would|could|also|then|twice|\\p{Ll}+ed|\\p{Ll}+s)\\b))|(?:(?:the|a|an)\\s+)?(?:\\p{L}[\\p{L}-]*\\s+){0,3}?'
  + '(?:\\d+-year-old|latter|former|other|next|youngsters?|man|woman|boy|girl|teenager|toddler|schoolboy|schoolgirl|troll|employee'
  + '|pair|duo|trio|star|veteran|champion|boxer|player|striker|defender|midfielder|winger|keeper|goalkeeper|forward|manager|boss|coach|golfer|actor|actress|singer'
  // "The Scotland international twice saved well", "The news shocked his family", "The move follows …".
  + '|international|news|move'
  + '|father(?:\\s+of\\s+\\p{Ll}+)?|mother(?:\\s+of\\s+\\p{Ll}+)?|victim|suspect|child|baby)'
  // … where from and an aside on them: "The 35-year-old from Essex, who trailed 6-2, won", "The
  // Scotland international - whose elevation … coincided with Hull's slump - twice saved well".
  + '(?:\\s+from\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)?(?:,\\s+(?:who|whose)\\s[^,]{1,80},|\\s+[-–—]\\s+[^-–—]{1,120}\\s+[-–—])?'
  // … followed by its verb: "The 39-year-old paid", "A youngster has", "The troll even attempted".
  + '(?:\\s+in\\s+(?:his|her|their)\\s+\\d+s)?\\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|did|does|even|also|then|later|now|never|allegedly|recently|twice|once|again|still|just|\\p{Ll}+ly|\\p{Ll}+ed|\\p{Ll}{2,}[^s\\s]s|paid|hit|won|got|went|came|became|took|made|gave|left|saw|had|put|ran|fell|led|lost|set|told|sold|shot)\\b)', 'u');
/** What may stand before the subject: a connective, a time ("On Thursday", "In 2013"), an opening phrase up to its comma. */
const BEFORE_SUBJECT = /^(?:(?:Now|Then|But|And|So|Meanwhile),?\s+)?(?:(?:For|After|Although|While|When|With|Despite|As|Since|Before|Once|If|Until|At|In|On|By|During|Following|Three|Two|Four|Five|Some|Years|Months|Days|Weeks)\b[^,]{0,60},\s+|\p{Lu}\p{Ll}+ed\s+(?:by|in|with|for|from|as|on)\b[^,]{0,60},\s+|(?:On|In|At|By|Last|Earlier)\s+(?:\p{Lu}\p{Ll}+|\d{4}|\p{Ll}+)(?:\s+\p{Ll}+)?\s+)?/u;
/**
 * The writer's comment or a teaser, not a checkable fact: "found himself in more bother",
 * "seems a far cry from …", "is remarkable enough", "Here, Dr … offers his verdict". "Found
 * himself in more bother after making a rude gesture" tells what he did, as "… after a video surfaced
 * showing her berating …" tells what happened: the cause is the news. A remark announced and not
 * given ("McHenry delivers her biggest sting", the quotation in the next sentence) is a teaser:
 * blind readings r38 and r39.
 */
const COMMENTARY = /\bfound (?:him|her|them|it)sel(?:f|ves)\b(?![^.;]*\b(?:after|for|by)\s+(?:[a-z]+ing|(?:a|an|the)\s+[a-z]+\s+[a-z]+ed)\b)|\bseems?\b|\bfar cry\b|\bremarkable enough\b|\b(?:is|are|was|were) (?:remarkable|astonishing|amazing|incredible|brilliant|stunning|shocking)\b|\b(?:jaw-dropping|gob-smacked)\b|\bshould have known\b|\bmay only be\b|^Here\b|\b[Aa]s seen here\b|\boffers (?:his|her|their) verdict\b|\b(?:delivers?|delivered|gives?|gave|issues?|issued)\s+(?:(?:his|her|their|its|a|an|the)\s+)?(?:[a-z]+\s+){0,2}(?:sting|jibe|retort|put-down|swipe|dig|parting shot)$/;

/**
 * A verb with no subject opening a product-list item: "Offers 'protection against …'", "Comes
 * with a …". A plural noun is never followed by a determiner or a quotation, a verb often is.
 */
const VERB_OPENER = /^\p{Lu}\p{Ll}+s\s+(?:[‘'"“]|(?:a|an|the|its|his|her|their|with|up|out)\s)/u;

/**
 * A subject that points back to what the story told before: a class a rule defined earlier
 * ("Violators will be jailed …", "Offenders face …") or a definite "the" + a noun for something
 * said before ("The findings have been published …", "The move was …"), with its verb right
 * after it, so nothing in the bullet says whose findings or which move.
 */
const ANAPHORIC_SUBJECT = new RegExp('^(?:(?:Violators|Offenders|Transgressors|Those\\s+(?:caught|found|convicted))'
  + '|(?:These|Such)\\s+(?:study|research|report|survey|poll)'
  // "The report warned …" names a document the box's lead may name ("an alarming report found"):
  // givenSubject lets it follow a bullet that does. The abstract ones point back to a sentence.
  + '|(?:The|These|Such)\\s+(?:findings|results|move|decision|plan|plans|measure|measures|proposal|comments|remarks|claims|allegations|incident|announcement|change|changes|ruling|figures|statistics|data|scheme|policy|idea|discovery|revelations?))'
  + '\\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|came|comes|come|\\p{Ll}+ed|\\p{Ll}+s)\\b', 'u');

/** Nouns that name a person, an antecedent for "he" or "her" in the bullet. */
const PERSON_NOUN = /^(?:man|woman|boy|girl|child|baby|father|mother|son|daughter|husband|wife|brother|sister|driver|officer|teacher|doctor|nurse|victim|suspect|paedophile|pedophile|player|pilot|soldier|worker|mum|dad|friend|partner|girlfriend|boyfriend|owner|resident|student|pupil|patient|passenger|teenager|toddler|pensioner|grandmother|grandfather|actor|actress|singer|star|coach|manager|captain|judge|lawyer|author|writer|reporter|presenter|president|minister|chairman|chief|spokesman|spokeswoman|gunman|attacker|killer|thief|fan|customer|employee|colleague|neighbour|neighbor|\d+-year-old)s?$/;

/**
 * "In 2004 he returned to the ring", "Two months of concern poured out in a call with his son's
 * rescuers", "The assault charges allege he raped …": a "he", "she", "his", "him" or "her" with
 * no name or person before it in the bullet points to someone the reader of the box never met.
 */
function barePronoun(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d-]+$/gu, ''));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^(?:he|she|his|him|her)$/i.test(w)) return true;
    if (PERSON_NOUN.test(w.toLowerCase())) return false;
    if (/^\p{Lu}/u.test(w) && (i > 0 || !NAMELESS_FIRST_WORD.test(w))) return false;
  }
  return false;
}

/**
 * A subject that points at the page after an opening phrase: "Blended into the background, these
 * models are difficult to tell apart …", "Taken last week, this picture shows …". It describes
 * the pictures beside the story (scene-setting), and read in a box it points at nothing. A time
 * ("On Tuesday, this year's winner …", "…, this week the club …") points at no picture.
 */
const DEICTIC_SUBJECT = /^[^,]{3,80},\s+(?:these|this|those)\s+(?!(?:morning|afternoon|evening|week|weekend|month|year|season|summer|winter|spring|autumn|time|days|weeks|months|years)\b|\p{L}+['’]s\b)\p{L}/u;

/** Whether a sentence bullet reads as a statement on its own (see bulletShape). */
/**
 * "The largest new-born lamb ever recorded there weighed just 15.5lbs": a locative "there" points
 * at a place the story named before (New Zealand), as "the same week" points at a time. Without
 * it the record reads as the local one: a blind reader marked the bullet unfaithful (r14), so it
 * is no bullet at all, not even to fill a short box. An existential "there
 * is/was …" is no place, and a bullet that names a place before its "there" ("… moved to Leeds and
 * lived there") holds its referent.
 */
const DANGLING_THERE = /\bthere\b(?!\s*['’]s\b)(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|can|must|should|seems?|seemed|appears?|appeared|remains?|remained|be|been|being|exists?|existed|came|comes|lies|lay|stands|stood|used)\b)/iu;
const PLACE_BEFORE = /\b(?:in|at|to|from|near|into|across)\s+\p{Lu}/u;

/** Whether a bullet's "there" is a place only earlier sentences name (see DANGLING_THERE). */
export function danglingThere(text: string): boolean {
  const m = DANGLING_THERE.exec(text);
  // A bullet opening on "There" is existential whatever verb follows ("There followed a row").
  return m !== null && m.index > 0 && !PLACE_BEFORE.test(text.slice(0, m.index));
}

export function standsAlone(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (VERB_OPENER.test(text)) return false;
  // A colon inside a sentence opens a quotation, a list or a caption's label: not one statement.
  return words >= MIN_BULLET_WORDS && !/:\s/.test(text) && statementProblems(text).length === 0 && !FIRST_PERSON.test(unquoted(text)) && !attributionOnly(text) && !vagueOpener(text) && !DEICTIC_SUBJECT.test(text)
    && !COMMENTARY.test(text) && !ANAPHORIC_SUBJECT.test(text) && !barePronoun(text) && !danglingThere(text) && !POINTS_BACK.test(text)
    && !DEMONSTRATIVE_SUBJECT.test(text) && !IMPERATIVE.test(text) && !ON_THE_PAGE.test(text) && !REFERRING_IT.test(text) && !THAT_SUBJECT.test(text)
    && !SPECULATION.test(text) && !DEMONSTRATIVE_OBJECT.test(text) && !BACK_REFERENCE.test(text);
}

/**
 * The writer guessing or arguing, not reporting: "Maybe holidaymakers were hoping …", "More likely
 * Greece simply looks like …", "Presumably the explanation is …", "Not that many companies …",
 * "Many would say …", "What is striking of course is …", "Of course, there were cameras on phones".
 * A columnist's aside is no fact for the
 * box, however well it reads.
 */
/**
 * A word that points back to what the story said before: "Doctors instead discovered …" (instead
 * of what?), "Military chiefs, though, are still worried" (though what?), "The resultant free-kick
 * led to …", "… would continue to meet that goal", "… greater urgency with the 29-year-old on the
 * pitch". Alone in a box it refers to nothing. (A closing "it" often has its noun in the bullet:
 * "taking an American flag from protesters who were trampling on it".)
 */
const BACK_REFERENCE = /\binstead\b(?!\s+of\b)|,\s+though,|\b(?:resultant|resulting|ensuing)\s+\p{Ll}|\bthat\s+\p{Ll}{3,}$|\s(?:with|for|to|by|from|and|as)\s+the\s+\d+-year-old\b(?!\s+\p{Lu})/u;

const SPECULATION = /^(?:Of\s+course|Admittedly|Needless\s+to\s+say|To\s+be\s+fair|Maybe|Perhaps|Presumably|Possibly|Probably|Arguably|Surely|Doubtless|Conceivably|Supposedly|(?:More|Most)\s+likely|Not\s+that|(?:Many|Some|Others)\s+(?:would|might|will|could)\s+(?:say|argue)|One\s+(?:might|could)\s+(?:say|argue)|What(?:['’]s|\s+is|\s+was)\s+(?:striking|remarkable|interesting|notable|surprising|odd|strange|curious|telling))\b/u;

/**
 * "Investing Solutions received those benefit payments …", "… to avoid that indignity": "those",
 * "these", or "that" after a verb of undergoing or a preposition, before a noun points
 * at something an earlier sentence named, which the bullet does not (after a preposition, see
 * POINTS_BACK; as the subject, DEMONSTRATIVE_SUBJECT). A time ("these days") points nowhere.
 */
const DEMONSTRATIVE_OBJECT = /\b(?:those|these)\s+(?!(?:days|weeks|months|years|times|seasons)\b)\p{Ll}[\p{Ll}-]*\s+\p{Ll}|\b(?:avoid|avoided|avoiding|escape|escaped|escaping|suffer|suffered|spare|spared|after|despite|of)\s+that\s+(?!(?:day|night|week|month|year|season|time|morning|evening|afternoon)\b)\p{Ll}{4,}\b(?!\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do)\b)(?!\s+\p{Ll}+(?:s|ed)\b)/u;

/**
 * "In this election, it is way down the list of priorities": "it" or "they" for the subject, at
 * the start or after an opening phrase, points at something the bullet does not name. Not the
 * empty "it" of "it is expected that …", "it was hard to …".
 */
const REFERRING_IT = /^(?:[^,]{2,60},\s+)?(?:[Ii]t|[Tt]hey)\s+(?:is|was|are|were|has|had|have|will|would|could|can)\b(?![^,.;]{0,40}\b(?:to|that)\b)/;

/** "The military top brass know that is not going to happen": "that" straight before a verb is a pronoun for what was said before. */
const THAT_SUBJECT = /\b(?:know|knows|knew|think|thinks|thought|believe|believes|believed|say|says|said|accept|accepts|accepted)\s+that\s+(?:is|was|will|would|has|had|could|can)\b/;

/**
 * "Today that comparison does not look so outlandish": a subject that is "that" or "this" + a
 * noun points back to what an earlier sentence said. A time ("This week", "That year") anchors
 * the fact instead, and may stand.
 */
const DEMONSTRATIVE_SUBJECT = /^(?:(?:Today|Now|Yet|But|And|So),?\s+)?(?:that|this|these|those|That|This|These|Those)\s+(?!(?:time|day|days|week|weeks|weekend|month|months|year|years|season|seasons|morning|afternoon|evening|summer|winter|spring|autumn)\b)\p{Ll}[\p{Ll}-]*\s+(?:is|are|was|were|does|do|did|has|have|had|will|would|can|could|may|might|must|should|\p{Ll}+ed|\p{Ll}+s)\b/u;

/** A bullet that tells the reader to do something ("Compare and contrast with a photo …", "Click here"): no fact. */
const IMPERATIVE = /^(?:Compare|Contrast|Imagine|Consider|Look|See|Watch|Read|Click|Remember|Note|Meet|Try|Join|Follow|Check|Scroll|Please|Let['’]s|Don['’]t|Do not|Take a look)\b/;

/** A bullet about the page it stood on ("the photograph at the top of this article"): furniture, not the story. */
const ON_THE_PAGE = /\b(?:this|the above|the below)\s+(?:article|page|photo|photograph|picture|video|graphic|gallery)\b|\bat the (?:top|bottom) of (?:this|the) (?:article|page)\b/i;

/**
 * "Three members of that team will be missing": a demonstrative after a preposition points at a
 * thing an earlier sentence named, which the bullet does not have. A time ("in that year", "by
 * that time") is an anchor the bullet's reader can do without, so it may stay.
 */
const POINTS_BACK = /\b(?:of|in|at|from|for|with|against|on|by)\s+(?:that|those)\s+(?!(?:time|day|days|week|weeks|month|months|year|years|season|seasons|night|morning|afternoon|evening|moment|point|stage|period|decade|era)\b)\p{Ll}/u;

/**
 * Transitions and vague evaluations that tell no checkable fact: "Sunday's action switches to the
 * relegation zone", "X is no stranger to …", "could be the end of the matter", "has confidence in
 * …", "were forced to react"; a teaser of what the story tells next ("the boxer's fortunes were
 * to take an even more disastrous turn"); a sentence adverb before a word that points back
 * ("Of course, there are the more fatal risks").
 */
const EMPTY_PHRASE = /\bno stranger to\b|\b(?:was|were) to (?:take|prove|become|get|turn)\b|^(?:Of course|Sure|Indeed|Clearly|Certainly|Admittedly),\s+(?:there|it|this|that)\s|\b(?:action|attention|focus|spotlight)\s+(?:(?:has|have|had)\s+)?(?:now\s+)?(?:switches|shifts|moves|turns|switched|shifted|moved|turned)\b|\bcould (?:well )?be the end of\b|\b(?:has|have|had) (?:every |full |complete )?confidence in\b|\bforced to (?:react|respond|act)$|\bremains? to be seen\b|\btime will tell\b/i;

/**
 * A bullet that states no checkable fact, kept back like a described subject for a box short of
 * three: an empty phrase, or a name and an intransitive verb with nothing after it ("Superior
 * Court Judge Arnold O. Jones interjected", "The police were waiting"): no object, figure, place
 * or time to check.
 */
export function emptyEvent(text: string): boolean {
  if (EMPTY_PHRASE.test(text)) return true;
  // "The police were waiting": a subject and a progressive with nothing after it says nothing
  // checkable on its own (blind reading u3).
  if (/^\S+(?:\s+\S+){0,3}\s+(?:was|were|is|are)\s+\p{Ll}+ing$/u.test(text.replace(/[.!?]+$/, ''))) return true;
  const words = text.replace(/[.!?]+$/, '').split(/\s+/);
  const verb = words[words.length - 1]!;
  const before = words[words.length - 2] ?? '';
  return /^\p{Ll}+(?:ed|ped)$/u.test(verb) && /^\p{Lu}[\p{L}.'’-]*$/u.test(before) && !/\d/.test(text);
}

/** A subject that is a description of someone ("The 39-year-old paid …"), not a pronoun or "the latter". */
export function describedSubject(text: string): boolean {
  // "Developed by …, it is …" has a pronoun for its subject, not a description.
  if (/^\p{Lu}\p{Ll}+ed\s[^,]{0,80},\s+it\s/u.test(text)) return false;
  return unnamedSubject(text) && !/^(?:(?:Now|Then|But|And|So),?\s+)?(?:He|She|His|Her|Him|Its|Their|Them|They|The latter|The former)\b/.test(text)
    && !/,\s+(?:he|she|they)\s/.test(text.slice(0, 80));
}

/** Whether a bullet's subject names no one (see UNNAMED_SUBJECT); "He" and "She" always count. */
export function unnamedSubject(text: string): boolean {
  const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
  if (UNNAMED_SUBJECT.test(lower(text))) return true;
  const rest = text.replace(BEFORE_SUBJECT, '');
  // "Developed by a U.S. dermatologist, it is said to be …": after a participle phrase even "it"
  // points back to a noun the bullet does not have.
  if (rest !== text && /^\p{Lu}\p{Ll}+ed\s/u.test(text) && /^it\s/.test(rest)) return true;
  return rest !== text && UNNAMED_SUBJECT.test(lower(rest));
}
