// The newsroom lexicon: words and phrases that say what a figure counts. Paraphrases map to one
// concept ("lost their lives" = "killed" = "death toll") so they match; different concepts
// ("killed" vs "injured") keep different quantities apart.

/** Single stems -> concept. Stems come from `stem()` below. */
const CONCEPT_STEMS: Readonly<Record<string, string>> = {};

const GROUPS: Readonly<Record<string, readonly string[]>> = {
  killed: ['kill', 'killed', 'killing', 'dead', 'die', 'died', 'dying', 'death', 'deaths', 'fatality',
    'fatalities', 'fatal', 'fatally', 'slain', 'perish', 'perished', 'murder', 'murdered', 'execut', 'executed',
    'bodies', 'body', 'toll', 'massacre', 'massacred', 'slaughter', 'slaughtered'],
  injured: ['injur', 'injure', 'injured', 'injuries', 'injury', 'wound', 'wounded', 'wounding', 'hurt',
    'hospitalis', 'hospitaliz', 'hospitalised', 'hospitalized', 'hospitalization', 'hospitalizations', 'treated'],
  serious: ['serious', 'seriously', 'critical', 'critically', 'severe', 'severely', 'grave', 'gravely', 'life-threatening'],
  casualties: ['casualty', 'casualties'],
  arrested: ['arrest', 'arrested', 'detain', 'detained', 'detainees', 'detainee', 'custody', 'apprehend', 'apprehended',
    'charged', 'charge', 'charges', 'suspects', 'suspect', 'held', 'hold', 'holding', 'detention', 'jailed'],
  missing: ['missing', 'unaccounted', 'trapped', 'buried'],
  displaced: ['evacuat', 'evacuated', 'evacuation', 'evacuee', 'evacuees', 'displaced', 'fled', 'flee', 'homeless', 'refugees', 'refugee'],
  rescued: ['rescu', 'rescued', 'saved', 'freed', 'released'],
  // A diagnosis is a case found: "828 new diagnoses every day" = "828 new cases diagnosed each day".
  infected: ['infection', 'infections', 'infected', 'case', 'cases', 'tested positive', 'diagnosis', 'diagnoses'],
  attack: ['attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'assault', 'assaults', 'bombing', 'bombings',
    'shelling', 'explosion', 'blast', 'incident'],
  drone: ['drone', 'drones', 'uav', 'uavs'],
  missile: ['missile', 'missiles', 'rocket', 'rockets'],
  // A jobs report's "non-farm payrolls grew by 288,000" counts jobs added.
  jobs: ['job', 'jobs', 'layoff', 'layoffs', 'workers', 'employees', 'staff', 'workforce', 'redundancies', 'positions', 'payroll', 'payrolls'],
  revenue: ['revenue', 'revenues', 'sales', 'turnover'],
  profit: ['profit', 'profits', 'earnings', 'income', 'loss', 'losses'],
  price: ['price', 'prices', 'cost', 'costs', 'worth', 'valued', 'value', 'valuation'],
  vote: ['vote', 'votes', 'voted', 'ballot', 'ballots'],
  seat: ['seat', 'seats'],
  distance: ['distance', 'away', 'far', 'range'],
  age: ['age', 'aged', 'old'],
  prison: ['prison', 'jail', 'jailed', 'sentence', 'sentenced', 'imprisonment', 'behind bars'],
  tariff: ['tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies'],
  territory: ['territory', 'control', 'controlling', 'controls', 'occupied', 'occupies', 'occupy'],
  rate: ['rate', 'rates', 'inflation', 'interest'],
  fine: ['fine', 'fined', 'penalty', 'damages', 'settlement'],
  population: ['population', 'residents', 'inhabitants', 'citizens'],
  temperature: ['temperature', 'temperatures', 'degrees', 'heat'],
};

/** Multi-word phrases -> concept, matched on lower-cased token sequences. */
export const CONCEPT_PHRASES: readonly (readonly [readonly string[], string])[] = [
  [['lost', 'their', 'lives'], 'killed'], [['lost', 'his', 'life'], 'killed'], [['lost', 'her', 'life'], 'killed'],
  [['death', 'toll'], 'killed'], [['shot', 'dead'], 'killed'], [['no', 'signs', 'of', 'life'], 'killed'],
  // "had taken his own life", "took their own lives": a death told as suicide.
  [['own', 'life'], 'killed'], [['own', 'lives'], 'killed'],
  [['in', 'serious', 'condition'], 'serious'], [['in', 'critical', 'condition'], 'serious'],
  // "taken to hospital", "treated in hospital": the hurt, as "hospitalised" says in one word.
  [['to', 'hospital'], 'injured'], [['to', 'hospitals'], 'injured'], [['in', 'hospital'], 'injured'],
  [['tested', 'positive'], 'infected'], [['behind', 'bars'], 'prison'], [['laid', 'off'], 'jobs'],
];

const GENERIC_WORDS = ['people', 'person', 'persons', 'other', 'others', 'time', 'times', 'one',
  'ones', 'individu', 'individual', 'individuals', 'men', 'women', 'member', 'members', 'more', 'total', 'year',
  'month', 'day', 'week', 'percent', 'cent', 'per', 'million', 'billion', 'thousand', 'hundred', 'dollar', 'dollars',
  // "73.2 million units" of whatever the sentence counts: shipments, phones, cars sold.
  'unit', 'units'];

const STOPWORDS = new Set(('a an the and or but of to in on at by for with from as is was were be been being are ' +
  'this that these those it its it\'s their his her them they he she we our you your i me my which who whom whose ' +
  'what when where while than then there here has have had do does did not no nor so such can could would should ' +
  'will shall may might must about into over after before during since until up down out off also just only very ' +
  'more most some any each all both other another said says say according per via among against between through ' +
  'under above below again further once same own too s t get got new say reported report reports told tell').split(/\s+/));

export function isStopword(w: string): boolean {
  return STOPWORDS.has(w);
}

/** British spellings whose American form is not found by a suffix rule below, and trade abbreviations. */
const SPELLING_WORDS: Readonly<Record<string, string>> = {
  instalment: 'installment', instalments: 'installments', enrolment: 'enrollment', enrolments: 'enrollments',
  fulfilment: 'fulfillment', programme: 'program', programmes: 'programs', tyre: 'tire', tyres: 'tires',
  grey: 'gray', storey: 'story', storeys: 'stories', cheque: 'check', cheques: 'checks', kerb: 'curb',
  aluminium: 'aluminum', manoeuvre: 'maneuver', manoeuvres: 'maneuvers', plough: 'plow', mould: 'mold',
  jewellery: 'jewelry', pyjamas: 'pajamas', licence: 'license', licences: 'licenses', defence: 'defense',
  offence: 'offense', offences: 'offenses', pretence: 'pretense', sceptic: 'skeptic', sceptical: 'skeptical',
  paediatric: 'pediatric', anaemia: 'anemia', haemorrhage: 'hemorrhage', leukaemia: 'leukemia', foetus: 'fetus',
  oestrogen: 'estrogen', diarrhoea: 'diarrhea', orthopaedic: 'orthopedic', encyclopaedia: 'encyclopedia',
  // The grain trade's abbreviation: "2,268 million bus", "42.8 bus per acre" are bushels. A bus
  // the vehicle is rarely a figure's noun in the singular, and both texts are rewritten alike.
  bus: 'bushel',
  // Launch copy's two names for the craft a rocket carries to orbit: "released a total of 21
  // Starlink spacecraft" = "put another 21 Starlink satellites into orbit". A word, not a concept:
  // it should match its twin, not conflict with every other concept's word beside it.
  spacecraft: 'satellites',
};

/** Roots spelt "-our" in British English and "-or" in American ("labourer", "favourite"). */
const OUR_ROOTS = /^(?:lab|col|fav|hon|neighb|harb|behavi|rum|vig|hum|flav|arm|endeav|savi|od|parl|val|clam|glam|tum|sav|succ|ard|splend|rig|ferv)our/;

/**
 * The American spelling of a lower-case word, so a British draft and an American source (or the
 * reverse) name the same things: "29 annual instalments" / "installments", "26,500
 * hospitalisations" / "hospitalizations", "labour" / "labor", "centre" / "center", "travelled" /
 * "traveled". Applied to both sides alike, a rule that also rewrites a word it was not meant for
 * ("promise" to "promize") changes nothing unless it makes two different words one; "prise" would
 * become "prize" and is left alone.
 */
export function americanSpelling(w: string): string {
  const word = SPELLING_WORDS[w];
  if (word !== undefined) return word;
  if (w.length < 5) return w;
  let s = w;
  if (OUR_ROOTS.test(s)) s = s.replace('our', 'or');
  if (!w.startsWith('pris')) s = s.replace(/is(ation|ations|e|ed|es|ing|er|ers)$/, 'iz$1');
  s = s.replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/([tb])re(s?)$/, '$1er$2')
    .replace(/ogue(s?)$/, 'og$1');
  // "travelled", "cancelling", "labelled": the British double l after an unstressed vowel; a
  // one-syllable stem before it ("called", "filled") keeps its double l in both spellings.
  const ll = /^(.*[aeiou].*[^aeiou])([ae])ll(ed|ing|er|ers)$/.exec(s);
  if (ll) s = `${ll[1]}${ll[2]}l${ll[3]}`;
  return s;
}

/** A light English stemmer: enough to line up "drones"/"drone", "killed"/"killing". */
export function stem(w: string): string {
  let s = americanSpelling(w.toLowerCase().replace(/[’']s$/, ''));
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && s.endsWith('es') && /(ch|sh|x|ss|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us')) s = s.slice(0, -1);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** Head nouns that say little about what is counted ("people", "others"), as words and stems. */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([...GENERIC_WORDS, ...GENERIC_WORDS.map(stem)]);

// Concepts whose words must match exactly: stemming "missing" would catch "missed the cut".
const EXACT_ONLY = new Set(['missing', 'distance', 'age', 'price']);
// Words whose stem would catch another word: "diagnoses" (cases) is not "diagnosed" ("half those
// diagnosed have died" counts the diagnosed, whose deaths casesThatDied reads).
const EXACT_WORDS = new Set(['diagnosis', 'diagnoses']);

for (const [concept, words] of Object.entries(GROUPS)) {
  for (const w of words) if (!w.includes(' ')) {
    (CONCEPT_STEMS as Record<string, string>)[w] = concept;
    if (!EXACT_ONLY.has(concept) && !EXACT_WORDS.has(w)) (CONCEPT_STEMS as Record<string, string>)[stem(w)] = concept;
  }
}

/** Concept a single word carries, if any. */
export function conceptOf(lowerWord: string): string | undefined {
  const exact = CONCEPT_STEMS[lowerWord];
  if (exact !== undefined) return exact;
  const viaStem = CONCEPT_STEMS[stem(lowerWord)];
  return viaStem !== undefined && !EXACT_ONLY.has(viaStem) ? viaStem : undefined;
}

/** Concepts that name what happened to people: matching on one of these is already context. */
export const EVENT_CONCEPTS: ReadonlySet<string> = new Set(['killed', 'injured', 'serious', 'casualties', 'arrested',
  'missing', 'displaced', 'rescued', 'infected']);

/** Concepts that are kinds of another: a count of the seriously injured is also a count of injured. */
export const BROADER: Readonly<Record<string, string>> = { serious: 'injured' };

/** Past participles not ending in -ed or -en. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['been', 'done', 'made', 'found', 'held', 'left', 'lost', 'won', 'hit', 'shot', 'struck',
  'told', 'said', 'paid', 'sold', 'built', 'sent', 'spent', 'brought', 'caught', 'fought', 'thought', 'bought', 'begun',
  'become', 'come', 'run', 'set', 'put', 'cut', 'let', 'hurt', 'met', 'led', 'fled', 'kept', 'dealt', 'felt', 'sat', 'stood',
  'swept', 'won', 'seen', 'gone', 'grown', 'known', 'shown', 'thrown', 'flown', 'drawn', 'withdrawn', 'sworn', 'torn', 'worn']);
