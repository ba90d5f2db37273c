// Whether two figures' head nouns can name the same thing counted. A figure that matches only by
// value ("first time" / "first round", "two Britons" / "two suspects") counts something else
// unless its noun agrees: the same noun, a general word for people against any noun for people
// ("six people" / "six workers"), or synonyms (the people a firm employs, "games" and "matches").
import type { Frame } from './frame.ts';
import { conceptOf, stem } from './lexicon.ts';

/** General words for people: they agree with any noun for people. */
const PEOPLE_GENERAL = new Set(['people', 'person', 'persons', 'individual', 'individuals', 'others', 'other', 'men', 'women', 'adults'].map(stem));

/**
 * The members of a body are whoever it is made of: "Ten members of a drug-dealing gang" are the
 * source's "A gang of 10 drug dealers". They agree with any noun for people, as the general words do.
 */
const MEMBERS = new Set(['member', 'members'].map(stem));

/** Nouns for people (beyond the general ones); each agrees with the general words. */
const PEOPLE_NOUNS = new Set(['children', 'workers', 'personnel', 'staff', 'employees', 'residents', 'civilians', 'passengers',
  'suspects', 'victims', 'patients', 'students', 'pupils', 'teenagers', 'soldiers', 'troops', 'officers', 'police', 'britons',
  'migrants', 'refugees', 'protesters', 'tourists', 'visitors', 'fans', 'players', 'survivors', 'prisoners', 'inmates', 'girls', 'boys', 'schoolgirls',
  'schoolboys', 'men', 'women', 'casualties', 'miners', 'crew', 'villagers', 'tourists', 'pilgrims', 'voters', 'members',
  // Occupations and roles a story counts people by ("207 passengers, three cockpit crew members and
  // 10 flight attendants" are 220 people).
  'attendants', 'guests', 'spectators', 'firefighters', 'doctors', 'nurses', 'teachers', 'journalists', 'drivers', 'pedestrians',
  'motorists', 'cyclists', 'climbers', 'hikers', 'sailors', 'fishermen', 'pilots', 'officials', 'delegates', 'customers',
  'commuters', 'occupants', 'athletes', 'volunteers', 'rescuers', 'hostages', 'defendants', 'detainees', 'demonstrators',
  'mourners', 'attendees', 'participants', 'citizens', 'babies', 'infants', 'pensioners', 'veterans', 'farmers', 'militants',
  'fighters', 'rebels', 'gunmen', 'policemen', 'burglars', 'robbers', 'thieves', 'attackers', 'offenders', 'criminals',
  'smugglers', 'traffickers', 'dealers', 'killers', 'murderers', 'kidnappers', 'looters', 'rioters',
  // People counted by what they do with a broadcast, a product or a service: "more than 40
  // million viewers" are the source's "More than 40 million people watched".
  'viewers', 'watchers', 'readers', 'listeners', 'users', 'subscribers', 'followers', 'buyers', 'shoppers', 'consumers',
  'investors', 'taxpayers', 'homeowners', 'tenants', 'travellers', 'travelers', 'holidaymakers', 'applicants', 'entrants',
  'donors', 'callers', 'diners', 'bidders', 'claimants', 'borrowers', 'savers'].map(stem));

/** Groups of nouns that name the same people. */
const SYNONYMS: readonly ReadonlySet<string>[] = [
  new Set(['workers', 'personnel', 'staff', 'employees', 'crew'].map(stem)),
  new Set(['soldiers', 'troops', 'servicemen'].map(stem)),
  new Set(['prisoners', 'inmates', 'detainees'].map(stem)),
  new Set(['teenagers', 'teens', 'youths', 'schoolgirls', 'schoolboys', 'pupils', 'students', 'girls', 'boys'].map(stem)),
  new Set(['boy', 'lad', 'youngster', 'youth', 'teenager', 'schoolboy'].map(stem)),
  new Set(['girl', 'lass', 'youngster', 'teenager', 'schoolgirl'].map(stem)),
  // Sports copy says "games", "matches" and "fixtures" for the same thing, and a player's games
  // are his "appearances", "apps" in a fact file ("Valladolid (2009-13): 85 apps, 13 goals"); two
  // sides' games against each other are their "meetings".
  // Cricket and rugby call an international match a "Test": "14 consecutive Tests" are "14
  // successive Test matches".
  new Set(['game', 'games', 'match', 'matches', 'fixture', 'fixtures', 'meeting', 'meetings', 'outing', 'outings', 'appearance', 'appearances', 'app', 'apps', 'test', 'tests'].map(stem)),
  // "at the first attempt", "first time", "at the second time of asking": an occasion counted
  // by its try, as sports copy tells it.
  new Set(['attempt', 'attempts', 'time', 'times', 'try', 'tries', 'go', 'asking'].map(stem)),
  // Motor-racing copy calls its races "grands prix" ("11 consecutive grands prix" for "11
  // straight races"); the head read is "grands".
  new Set(['race', 'races', 'grand', 'grands', 'gp', 'gps'].map(stem)),
  new Set(['house', 'houses', 'home', 'homes', 'household', 'households', 'property', 'properties', 'dwelling', 'dwellings'].map(stem)),
  new Set(['job', 'jobs', 'post', 'posts', 'position', 'positions', 'role', 'roles'].map(stem)),
  new Set(['car', 'cars', 'vehicle', 'vehicles'].map(stem)),
  // "1,123 residential buildings were destroyed" for "1,123 residential structures": what a fire
  // or a storm report counts as structures are its buildings.
  new Set(['building', 'buildings', 'structure', 'structures'].map(stem)),
  // "208 million handsets" for "208 million phones": one device, as technology copy varies it.
  new Set(['phone', 'phones', 'handset', 'handsets', 'smartphone', 'smartphones', 'mobile', 'mobiles', 'device', 'devices'].map(stem)),
  // "a 1991 film" is the source's "a 1991 movie"; "a fifth win" its "fifth victory".
  new Set(['film', 'films', 'movie', 'movies', 'picture', 'pictures'].map(stem)),
  // "a 25-22 win" for "a dramatic 25-22 triumph": a result won, as sports copy varies it.
  new Set(['win', 'wins', 'victory', 'victories', 'triumph', 'triumphs'].map(stem)),
  // "her first Wimbledon crown" for "her first Wimbledon triumph": a championship won, as sports copy varies it.
  new Set(['title', 'titles', 'crown', 'crowns', 'triumph', 'triumphs', 'trophy', 'trophies'].map(stem)),
  // "his first defeat" for "their first reverse under Locke".
  new Set(['defeat', 'defeats', 'loss', 'losses', 'reverse', 'reverses'].map(stem)),
  new Set(['country', 'countries', 'nation', 'nations'].map(stem)),
  new Set(['chance', 'chances', 'opportunity', 'opportunities'].map(stem)),
  new Set(['truck', 'trucks', 'pickup', 'pickups', 'lorry', 'lorries', 'vehicle', 'vehicles'].map(stem)),
  new Set(['store', 'stores', 'outlet', 'outlets', 'shop', 'shops', 'branch', 'branches'].map(stem)),
  new Set(['election', 'elections', 'poll', 'polls', 'vote', 'votes', 'ballot', 'ballots'].map(stem)),
  // "lost 12 councils" for "lost 12 local authorities": the bodies an election is fought for.
  new Set(['council', 'councils', 'authority', 'authorities'].map(stem)),
  // "17 sites will close" for "17 factories would close": the places a firm works from.
  new Set(['site', 'sites', 'factory', 'factories', 'plant', 'plants', 'works', 'facility', 'facilities'].map(stem)),
  // "14 knockouts" for "14 KOs".
  new Set(['knockout', 'knockouts', 'ko', 'kos'].map(stem)),
  // "768,000 customers in the dark" for "768,132 clients without power": a firm's customers.
  new Set(['customer', 'customers', 'client', 'clients', 'subscriber', 'subscribers', 'account', 'accounts'].map(stem)),
  // "won by one shot" for "a one-stroke victory": golf counts both.
  new Set(['shot', 'shots', 'stroke', 'strokes'].map(stem)),
  // "beaten finalists in each of the past two seasons" for "runners-up in the last two editions".
  new Set(['season', 'seasons', 'edition', 'editions', 'campaign', 'campaigns'].map(stem)),
  new Set(['event', 'events', 'tournament', 'tournaments'].map(stem)),
  // "level four times" for "locked on four separate occasions".
  new Set(['time', 'times', 'occasion', 'occasions'].map(stem)),
  // "15,000 fans rose to their feet" for "The 15,000 spectators on Centre Court".
  new Set(['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors'].map(stem)),
  // "a 0.3 percent increase" for "a 0.3 percent gain": a change upward, or downward, as business
  // copy varies it.
  // "a dozen straight increases" for "12 straight hikes": a central bank's rate rises.
  new Set(['increase', 'increases', 'gain', 'gains', 'rise', 'rises', 'growth', 'jump', 'jumps', 'climb', 'climbs', 'advance', 'advances', 'hike', 'hikes'].map(stem)),
  new Set(['decrease', 'decreases', 'fall', 'falls', 'drop', 'drops', 'decline', 'declines', 'dip', 'dips', 'slide', 'slides'].map(stem)),
  // "at least 35 twisters" for "at least 35 tornadoes", as weather copy varies it.
  new Set(['tornado', 'tornadoes', 'twister', 'twisters'].map(stem)),
  // "Fourteen carriages" for "Fourteen cars in the middle of the train": a train's cars.
  new Set(['carriage', 'carriages', 'coach', 'coaches', 'wagon', 'wagons', 'car', 'cars'].map(stem)),
  // "first place in Group D" for "top spot of Group D".
  new Set(['place', 'places', 'spot', 'spots', 'position', 'positions'].map(stem)),
  // "three contested policies" for "the three laws": what a government enacts, as copy varies it.
  new Set(['law', 'laws', 'policy', 'policies', 'measure', 'measures', 'bill', 'bills', 'act', 'acts', 'legislation'].map(stem)),
  // "Seven carmakers are recalling vehicles" for "Seven Automakers Recall Millions": one industry's makers.
  new Set(['carmaker', 'carmakers', 'automaker', 'automakers', 'car-maker', 'car-makers', 'manufacturer', 'manufacturers'].map(stem)),
  // "grew at a 3.3% annual rate" for "grew at a 3.3% annual pace": economic copy's rate of growth.
  new Set(['rate', 'rates', 'pace'].map(stem)),
  // "13 works worth $500m" for "13 artworks … were missing": art copy counts works, artworks and paintings alike.
  new Set(['work', 'works', 'artwork', 'artworks', 'painting', 'paintings'].map(stem)),
  // "five portions of fruit and vegetables a day" for "five servings": health copy's measure of food.
  new Set(['portion', 'portions', 'serving', 'servings', 'helping', 'helpings'].map(stem)),
  // "an 80-76 lead into the fourth" for "an 80-76 edge": match reports vary the word for a lead.
  new Set(['lead', 'leads', 'edge', 'advantage', 'cushion'].map(stem)),
  // "an 11-4 burst" for "an 11-4 run": a spell of scoring in basketball copy.
  new Set(['run', 'runs', 'burst', 'bursts', 'spurt', 'spurts', 'blitz'].map(stem)),
  // "a lottery that drew 130,000 entries" for "a lottery with 130,000 participants": those who enter.
  new Set(['entry', 'entries', 'entrant', 'entrants', 'participant', 'participants', 'applicant', 'applicants'].map(stem)),
  // "one of their six choices" for "one of their six preferences": the options an applicant ranks.
  new Set(['choice', 'choices', 'preference', 'preferences', 'option', 'options'].map(stem)),
  // "five times in their last six trips" for "in their past six visits": journeys to a place.
  new Set(['trip', 'trips', 'visit', 'visits', 'journey', 'journeys'].map(stem)),
  // "650,000 domestic additions" for "650,000 domestic net adds": subscribers added.
  new Set(['addition', 'additions', 'add', 'adds'].map(stem)),
  // "a 33-1 outsider" for "the 33-1 shot": a horse at its odds, as racing copy varies it.
  new Set(['shot', 'shots', 'outsider', 'outsiders', 'longshot', 'longshots'].map(stem)),
  // "only 16 of the 39 starters" for "the 39 runners": the horses that go to post.
  new Set(['runner', 'runners', 'starter', 'starters'].map(stem)),
  // "69 not out from 82 balls" for "69 off 82 deliveries": a bowler's balls, as cricket copy varies it.
  new Set(['ball', 'balls', 'delivery', 'deliveries'].map(stem)),
  // "far short of the 95% standard" for "against a 95% target": a level set to be met.
  new Set(['target', 'targets', 'standard', 'standards', 'benchmark', 'benchmarks'].map(stem)),
  // "four back operations" for "four back surgeries": a surgeon's procedures.
  new Set(['operation', 'operations', 'surgery', 'surgeries', 'procedure', 'procedures'].map(stem)),
  // "as the 15,000 crowd rose to its feet": a crowd counted is its spectators.
  new Set(['fan', 'fans', 'spectator', 'spectators', 'supporter', 'supporters', 'onlooker', 'onlookers', 'crowd', 'crowds'].map(stem)),
];

/** Heads compared with their hyphenated modifier: "second-half strike" agrees with "second half". */
export function framesAgree(d: Frame, s: Frame): boolean {
  // "Europe's second-ranked team": a rank told by its hyphenated word, with no noun read after
  // it, is that word's rank; the source's "Second Half ends" ranks something else.
  if (d.head === undefined && d.compound !== undefined && s.head !== undefined && s.head !== d.compound && s.compound !== d.compound) return false;
  if (headsAgree(d.head, s.head)) return true;
  // "Ten-man Scunthorpe" is "Scunthorpe's 10 men": a hyphened noun is singular, its head plural.
  const one = (w: string | undefined): string | undefined => (w === undefined ? undefined : IRREGULAR_SINGULAR.get(w) ?? w);
  const [dc, sc, dh, sh] = [one(d.compound), one(s.compound), one(d.head), one(s.head)];
  return (dc !== undefined && (dc === sh || dc === sc)) || (sc !== undefined && sc === dh);
}

/** Irregular plurals a hyphened compound writes in the singular ("ten-man" for "10 men"). */
const IRREGULAR_SINGULAR: ReadonlyMap<string, string> = new Map([['men', 'man'], ['women', 'woman'], ['children', 'child'], ['people', 'person']].map(([p, s]) => [stem(p!), stem(s!)]));

/** Those who carry out an attack, whom a toll of "people" killed or hurt does not count. */
const PERPETRATORS = new Set(['attacker', 'attackers', 'gunman', 'gunmen', 'assailant', 'assailants', 'bomber', 'bombers', 'hijacker', 'hijackers', 'militant', 'militants', 'insurgent', 'insurgents', 'terrorist', 'terrorists'].map(stem));

/** Nouns of each sex: "three women" are never the source's "three men". */
export const MALE = new Set(['men', 'man', 'boys', 'boy', 'males', 'male', 'brothers', 'sons', 'fathers', 'husbands'].map(stem));
export const FEMALE = new Set(['women', 'woman', 'girls', 'girl', 'females', 'female', 'sisters', 'daughters', 'mothers', 'wives'].map(stem));

/** Whether two different head nouns name the same thing ("fans", "spectators"; "film", "movie"). */
export function synonymousHeads(d: string | undefined, s: string | undefined): boolean {
  return d !== undefined && s !== undefined && d !== s && SYNONYMS.some((g) => g.has(d) && g.has(s));
}

/**
 * Nouns that count whatever the other text names: "73.2 million units" shipped are its
 * "shipments", "phones" or "cars"; a share "of the total" is of whatever whole the sentence
 * tells of ("Sales outside the US accounted for nearly two-thirds of the total" for
 * "international sales accounting for 63 percent of revenue").
 */
const ANY_THING = new Set(['unit', 'units', 'total'].map(stem));

/** A general noun and the kinds it covers: "his three pets" are the draft's "his three dogs". */
const HYPERNYMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [stem('pets'), new Set(['dogs', 'cats', 'puppies', 'kittens', 'rabbits', 'hamsters', 'horses', 'dog', 'cat', 'puppy', 'kitten'].map(stem))],
]);

export function headsAgree(d: string | undefined, s: string | undefined): boolean {
  if (d === undefined || s === undefined || d === s || ANY_THING.has(d) || ANY_THING.has(s)) return true;
  if (HYPERNYMS.get(d)?.has(s) || HYPERNYMS.get(s)?.has(d)) return true;
  // Two particular groups of people are two groups, whatever concept their nouns share: "120
  // staff" are not the source's "120 players", though both are the club's people.
  if (peopleDiffer(d, s)) return false;
  // A verb of what happened taken for a head ("three teenagers arrested"): the frame score
  // already compares those; the nouns say nothing here.
  if (conceptOf(d) !== undefined || conceptOf(s) !== undefined) return true;
  const dp = PEOPLE_GENERAL.has(d) || MEMBERS.has(d);
  const sp = PEOPLE_GENERAL.has(s) || MEMBERS.has(s);
  if ((dp && (sp || PEOPLE_NOUNS.has(s))) || (sp && PEOPLE_NOUNS.has(d))) return true;
  return SYNONYMS.some((g) => g.has(d) && g.has(s));
}

/**
 * One figure counts people and the other things, each by a noun as written: "three charges" and
 * "two suspects … charged" share the outcome, not the thing counted, so neither value bears on
 * the other. (A verb of the outcome taken for a head, "4 killed", names nothing either way.)
 */
export function peopleAndThings(dText: string, d: Frame, sText: string, s: Frame): boolean {
  return nounHead(dText, d) && nounHead(sText, s) && namesPeople(d.head!) !== namesPeople(s.head!);
}

/** Whether a frame's head is a noun as written, not a verb of what happened ("4 killed", "two injured"). */
function nounHead(text: string, frame: Frame): boolean {
  if (frame.head === undefined || frame.headEnd === undefined) return false;
  const word = /(\p{L}+)$/u.exec(text.slice(0, frame.headEnd))?.[1]?.toLowerCase() ?? '';
  return word !== '' && !/(?:ed|ing)$/.test(word);
}

/** Whether a head noun names people ("suspects", "people"), not things ("charges", "homes"). */
export function namesPeople(head: string): boolean {
  return PEOPLE_NOUNS.has(head) || PEOPLE_GENERAL.has(head);
}

/**
 * One head names people in general, the other a group of them ("19 people" / "seven patients"):
 * the group may be part of the whole, so their figures differ without contradicting each other.
 */
export function isSubgroup(d: string | undefined, s: string | undefined): boolean {
  if (d === undefined || s === undefined || d === s) return false;
  return (PEOPLE_GENERAL.has(d) && PEOPLE_NOUNS.has(s) && !PEOPLE_GENERAL.has(s))
    || (PEOPLE_GENERAL.has(s) && PEOPLE_NOUNS.has(d) && !PEOPLE_GENERAL.has(d));
}

/**
 * Both heads name a particular group of people, and not the same one: "441 protesters" and "441
 * officers" were both injured, but they are different people. A shared outcome word (which makes
 * a strong frame) does not make them one count. General words ("people") and synonyms agree.
 */
export function peopleDiffer(d: string | undefined, s: string | undefined): boolean {
  if (d === undefined || s === undefined || d === s) return false;
  if ((MALE.has(d) && FEMALE.has(s)) || (FEMALE.has(d) && MALE.has(s))) return true;
  // "at least two people killed" in an attack counts its victims, not the source's "four
  // attackers" the commandos killed: newsroom tolls name attackers apart.
  if ((PERPETRATORS.has(d) && PEOPLE_GENERAL.has(s)) || (PEOPLE_GENERAL.has(d) && PERPETRATORS.has(s))) return true;
  if (!PEOPLE_NOUNS.has(d) || !PEOPLE_NOUNS.has(s) || PEOPLE_GENERAL.has(d) || PEOPLE_GENERAL.has(s) || MEMBERS.has(d) || MEMBERS.has(s)) return false;
  return !SYNONYMS.some((g) => g.has(d) && g.has(s));
}

/** What a game is scored in, or counted in beside its score: each is its own tally, never another's ("36 off 30 balls"). */
const SCORING = new Set(['goals', 'tries', 'penalties', 'conversions', 'points', 'runs', 'wickets', 'birdies', 'bogeys', 'eagles',
  'aces', 'sets', 'frames', 'centuries', 'boundaries', 'fours', 'sixes', 'corners', 'fouls', 'balls', 'deliveries', 'overs'].map(stem));

/**
 * Both heads are units a game is scored in, and not the same one: "three pretty quick tries" is
 * no support for "three Georgian penalties", however much else of the passage the two share.
 */
export function otherScoringUnit(d: string | undefined, s: string | undefined): boolean {
  return d !== undefined && s !== undefined && d !== s && SCORING.has(d) && SCORING.has(s) && !synonymousHeads(d, s);
}

