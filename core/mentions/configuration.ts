// The mention refiners, in the order they run after the scanner (scanMentions.ts). The scanner
// recognises dates and figures in one pass; each refiner is a small rule over its output.
import type { Token } from '../text/tokenize.ts';
import { aDecade } from './refiners/aDecade.ts';
import { comparisonBases } from './refiners/comparisonBases.ts';
import { winLossRecords } from './refiners/winLossRecords.ts';
import { bracketedConversions } from './refiners/bracketedConversions.ts';
import { maidenAsFirst } from './refiners/maidenAsFirst.ts';
import { podiumAsThird } from './refiners/podiumAsThird.ts';
import { medalsAsPlaces } from './refiners/medalsAsPlaces.ts';
import { hedgedAUnit } from './refiners/hedgedAUnit.ts';
import { adverbialFirst } from './refiners/adverbialFirst.ts';
import { agesBeforeNames } from './refiners/agesBeforeNames.ts';
import { ageAfterAt } from './refiners/ageAfterAt.ts';
import { anythingLessThan } from './refiners/anythingLessThan.ts';
import { negatedBound } from './refiners/negatedBound.ts';
import { passedMark } from './refiners/passedMark.ts';
import { attributedAges } from './refiners/attributedAges.ts';
import { decadeAges } from './refiners/decadeAges.ts';
import { bracketedFigures } from './refiners/bracketedFigures.ts';
import { namedScores } from './refiners/namedScores.ts';
import { clockTimes } from './refiners/clockTimes.ts';
import { wordClockTimes } from './refiners/wordClockTimes.ts';
import { collectiveNumbers } from './refiners/collectiveNumbers.ts';
import { compoundDurations } from './refiners/compoundDurations.ts';
import { dayWordsInNames } from './refiners/dayWordsInNames.ts';
import { dozensAndCouples } from './refiners/dozensAndCouples.ts';
import { elidedUnits } from './refiners/elidedUnits.ts';
import { elidedCurrency } from './refiners/elidedCurrency.ts';
import { bareDegrees } from './refiners/bareDegrees.ts';
import { perHourSpeeds } from './refiners/perHourSpeeds.ts';
import { secondsSuffix } from './refiners/secondsSuffix.ts';
import { respectivelyOwners } from './refiners/respectivelyOwners.ts';
import { ellipticOrdinals } from './refiners/ellipticOrdinals.ts';
import { figureIdioms } from './refiners/figureIdioms.ts';
import { fortnights } from './refiners/fortnights.ts';
import { fractionsOfAUnit } from './refiners/fractionsOfAUnit.ts';
import { hashAsPound } from './refiners/hashAsPound.ts';
import { transliteratedPound } from './refiners/transliteratedPound.ts';
import { magnitudes } from './refiners/magnitudes.ts';
import { moreBeforeUnit } from './refiners/moreBeforeUnit.ts';
import { namesWithNumbers } from './refiners/namesWithNumbers.ts';
import { insideCodes } from './refiners/insideCodes.ts';
import { nationalDollars } from './refiners/nationalDollars.ts';
import { overMeaningAbout } from './refiners/overMeaningAbout.ts';
import { raceTimes } from './refiners/raceTimes.ts';
import { scoreToPar } from './refiners/scoreToPar.ts';
import { feedScores } from './refiners/feedScores.ts';
import { cricketFor } from './refiners/cricketFor.ts';
import { elidedMillions } from './refiners/elidedMillions.ts';
import { signedFigures } from './refiners/signedFigures.ts';
import { spacedThousands } from './refiners/spacedThousands.ts';
import { titleMultiples } from './refiners/titleMultiples.ts';
import { twiceAsCount } from './refiners/twiceAsCount.ts';
import { elidedPercent } from './refiners/elidedPercent.ts';
import { pluralSizes } from './refiners/pluralSizes.ts';
import { seedNumbers } from './refiners/seedNumbers.ts';
import { shirtNumbers } from './refiners/shirtNumbers.ts';
import { scorersMinutes } from './refiners/scorersMinutes.ts';
import { numberedInSeries } from './refiners/numberedInSeries.ts';
import { spacedAges } from './refiners/spacedAges.ts';
import { ageBounds } from './refiners/ageBounds.ts';
import { raceDistances } from './refiners/raceDistances.ts';
import { dayRanges } from './refiners/dayRanges.ts';
import { topAsFirst } from './refiners/topAsFirst.ts';
import { setScores } from './refiners/setScores.ts';
import { lastUnitSpans } from './refiners/lastUnitSpans.ts';
import { definiteReferences } from './refiners/definiteReferences.ts';
import { groupAges } from './refiners/groupAges.ts';
import { golfHoles } from './refiners/golfHoles.ts';
import { phoneNumbers } from './refiners/phoneNumbers.ts';
import { hundredsAsCenturies } from './refiners/hundredsAsCenturies.ts';
import type { MentionRefiner } from './refiners/refiner.ts';
import { scanMentions, type RawMention } from './scanMentions.ts';

export const MENTION_REFINERS: readonly MentionRefiner[] = [
  // First: "50, 000" is one figure before any rule reads "000" as a number of its own.
  spacedThousands,
  // A telephone number is no figure: dropped before any rule reads its digit groups.
  phoneNumbers,
  hashAsPound,
  transliteratedPound,
  // The sign before the digits, before anything compares values: "-20C" is not "20C".
  signedFigures,
  // "20-21 November": two days of one month, before any rule takes the days for a range of counts.
  dayRanges,
  // Before names: the scanner reads "magnitude-7.8" as a name like "F-16"; reclaim it first.
  magnitudes,
  // Merges before anything looks at single words: "three dozen" is one figure.
  dozensAndCouples,
  fortnights,
  // "for the last month" is a month up to now, not last calendar month.
  lastUnitSpans,
  aDecade,
  maidenAsFirst,
  podiumAsThird,
  // "won the bronze" for "third": a medal is its place.
  medalsAsPlaces,
  topAsFirst,
  hedgedAUnit,
  // After hedgedAUnit: "2.7% higher than a year earlier" is the base a change is compared with,
  // no claimed length, and "higher than" no hedge.
  comparisonBases,
  collectiveNumbers,
  // After the merges that give a count its unit ("a couple of weeks"): "the two men" refers back.
  definiteReferences,
  // Units the scanner could not see: after "more" ("four more days"), and a second, smaller
  // unit of time ("seven years and six months"), which needs the first to be a duration.
  moreBeforeUnit,
  compoundDurations,
  // "a record of 775 centuries": snooker's and cricket's hundreds, not hundreds of years.
  hundredsAsCenturies,
  // "14:49.12" is minutes and seconds, before elidedUnits lends either count a unit.
  raceTimes,
  // "six-under-par", "on five under": strokes against par, before either word lends a unit.
  scoreToPar,
  // "Match ends, Inverness CT 2, Hamilton Academical 1" is a score, before either tally borrows a unit.
  feedScores,
  // "a 3-6 6-3 7-6 6-3 win": the first set of a scoreline is a score like the sets after it.
  setScores,
  // "165 for five" is the innings "165-5", before "five" borrows a unit.
  cricketFor,
  // "112 wins and three defeats" is the record "112-3".
  winLossRecords,
  // After every rule that finds a figure's own unit: only a figure still bare borrows one.
  // "up 0.1 billion euros to 13.9 billion": a change's level takes the amount's currency.
  elidedCurrency,
  elidedUnits,
  // "some 12 degrees above … 23C": a bare "degrees" takes its sentence's temperature scale.
  bareDegrees,
  // "128km per hour", "17,500 miles (28,160 kilometers) per hour": a distance per hour is a speed.
  perHourSpeeds,
  // "about 80mph (129 km/h)": the conversion in brackets carries the measure's hedge. After
  // perHourSpeeds, which makes both speeds.
  bracketedConversions,
  // "10s ahead", "9.58s": seconds glued on.
  secondsSuffix,
  // "4m views … with more than 44m.": the bare "44m" is the first figure's millions.
  elidedMillions,
  // "three-quarters of a mile": a fraction of one unit, before the fraction is taken for a share.
  fractionsOfAUnit,
  // After fractionsOfAUnit, which makes "half a million" one count: "… Australian dollars" is money.
  nationalDollars,
  // A fraction with no whole after a count ("two girls … and a third") is the next of them.
  ellipticOrdinals,
  twiceAsCount,
  // "58 percent to 42": the second side of a result in percent leaves its unit out.
  elidedPercent,
  pluralSizes,
  // "No.8 Billy Vunipola": a shirt number before a player's name is part of his name. Before
  // seedNumbers, which would read the dotted "No.8" as a place.
  shirtNumbers,
  // "the number 15 seed" is the 15th seed.
  seedNumbers,
  // "Goals: Nainggolan (13), Vokes (86)": a scorer's bracketed figure is the goal's minute.
  scorersMinutes,
  // "on lap 40", "from Lap 13": the 40th lap, the 13th.
  numberedInSeries,
  // "birdies at four, five and seven": the holes, the fourth, fifth and seventh.
  golfHoles,
  // "finished the 5K": a race's distance in kilometres, not five thousand of something.
  raceDistances,
  titleMultiples,
  // Names before ages: "Channel 5" is a name even when a comma follows.
  namesWithNumbers,
  // "Twenty20": the number word that opens a code is part of it.
  insideCodes,
  // "an 83 year-old woman": an age with a hyphen dropped, before the ages get their owners.
  spacedAges,
  // "under the age of 15": a bounded age, as "under 15" is.
  ageBounds,
  // "two aged 17 and one 19": the bare 19 is an age, before attributedAges gives ages owners.
  groupAges,
  attributedAges,
  // "Shenwari (56)": a player's figure in brackets after the name is that player's.
  bracketedFigures,
  // "Smeda, Corlett and Crooks, jailed for 14, 15 and 12 years respectively": each figure its person's.
  respectivelyOwners,
  // "Joe Denly's 66 and 49 from Joe Root": a player's figure after the possessive, or after "from" and the name.
  namedScores,
  // After attributedAges, which gives "a 23-year-old student" to the student: the name that
  // follows ("… student Jyoti Singh") says which student.
  agesBeforeNames,
  ageAfterAt,
  // "a man in his early 20s": a decade of life is an age told as a range.
  decadeAges,
  figureIdioms,
  adverbialFirst,
  // Qualifiers are read in their direction, so a preposition must not pass for a hedge.
  overMeaningAbout,
  anythingLessThan,
  // "may not have travelled more than five miles": at most five.
  negatedBound,
  // "passed the threshold of 1°C", "crossed the 1,000 mark": more than the mark.
  passedMark,
  dayWordsInNames,
  clockTimes,
  // After it: a time told in words is set on the 24-hour reading directly.
  wordClockTimes,
];

/** Every mention of a text: the scanner's, refined in order. */
export function readMentions(text: string, tokens: readonly Token[]): RawMention[] {
  let mentions = scanMentions(text, tokens);
  for (const r of MENTION_REFINERS) mentions = r.refine({ text, tokens }, mentions);
  return mentions;
}
