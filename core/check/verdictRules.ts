// The verdict rules for a figure (not a date or a name), in the order they are tried: the first
// that returns a claim decides. Read top to bottom, this is the engine's policy.
import type { VerdictRule } from './judgement.ts';
import { anniversaryYears } from './rules/anniversaryYears.ts';
import { anotherInSeries } from './rules/anotherInSeries.ts';
import { attributedFigure } from './rules/attributedFigure.ts';
import { bothAsTwo } from './rules/bothAsTwo.ts';
import { betterFramedRival } from './rules/betterFramedRival.ts';
import { boundTwin } from './rules/boundTwin.ts';
import { coarserTimeUnit } from './rules/coarserTimeUnit.ts';
import { countOfOwnList } from './rules/countOfOwnList.ts';
import { countOfOwnFigures } from './rules/countOfOwnFigures.ts';
import { countOfSourceList } from './rules/countOfSourceList.ts';
import { countOfShare } from './rules/countOfShare.ts';
import { changeOfOwnLevels } from './rules/changeOfOwnLevels.ts';
import { changeOfSourceLevels } from './rules/changeOfSourceLevels.ts';
import { cricketResult } from './rules/cricketResult.ts';
import { currencyDropped } from './rules/currencyDropped.ts';
import { derivedSum } from './rules/derivedSum.ts';
import { elapsedBetween } from './rules/elapsedBetween.ts';
import { endOfRange } from './rules/endOfRange.ts';
import { enumeratedCount } from './rules/enumeratedCount.ts';
import { epithetFigure } from './rules/epithetFigure.ts';
import { figureOfAnotherName } from './rules/figureOfAnotherName.ts';
import { firstSince } from './rules/firstSince.ts';
import { firstInYears } from './rules/firstInYears.ts';
import { frameConflict } from './rules/frameConflict.ts';
import { namedValue } from './rules/namedValue.ts';
import { frontedYearClause } from './rules/frontedYearClause.ts';
import { halfOfPlay } from './rules/halfOfPlay.ts';
import { hedgedConversion } from './rules/hedgedConversion.ts';
import { restOfPartitive } from './rules/restOfPartitive.ts';
import { partOfStatedWhole } from './rules/partOfStatedWhole.ts';
import { nthOfEvent } from './rules/nthOfEvent.ts';
import { monthsOfPeriod } from './rules/monthsOfPeriod.ts';
import { gamesOfScoreline } from './rules/gamesOfScoreline.ts';
import { goalsOfScore } from './rules/goalsOfScore.ts';
import { groupForWhole } from './rules/groupForWhole.ts';
import { moreAddsOn } from './rules/moreAddsOn.ts';
import { namedMembers } from './rules/namedMembers.ts';
import { noSource } from './rules/noSource.ts';
import { nthWin } from './rules/nthWin.ts';
import { oneBack } from './rules/oneBack.ts';
import { oneAsArticle } from './rules/oneAsArticle.ts';
import { otherRemainder } from './rules/otherRemainder.ts';
import { ownConversion, wrongOwnConversion } from './rules/ownConversion.ts';
import { ownRate } from './rules/ownRate.ts';
import { ownArithmetic } from './rules/ownArithmetic.ts';
import { ownDifference } from './rules/ownDifference.ts';
import { spanOfSeries } from './rules/spanOfSeries.ts';
import { meetingsOfRecord } from './rules/meetingsOfRecord.ts';
import { ownPerItem } from './rules/ownPerItem.ts';
import { ownMultiple } from './rules/ownMultiple.ts';
import { ownShare } from './rules/ownShare.ts';
import { amountOfOwnShare } from './rules/amountOfOwnShare.ts';
import { ownPercentChange } from './rules/ownPercentChange.ts';
import { ownYearSpan } from './rules/ownYearSpan.ts';
import { agoOfOwnYear } from './rules/agoOfOwnYear.ts';
import { levelBeforeChange } from './rules/levelBeforeChange.ts';
import { marginOfOwnScore } from './rules/marginOfOwnScore.ts';
import { boundOfOwnScore } from './rules/boundOfOwnScore.ts';
import { midpointOfRange } from './rules/midpointOfRange.ts';
import { marginOfOwnTally } from './rules/marginOfOwnTally.ts';
import { marginAfterTallies } from './rules/marginAfterTallies.ts';
import { votersOfTally } from './rules/votersOfTally.ts';
import { matchMinute } from './rules/matchMinute.ts';
import { partitiveShare } from './rules/partitiveShare.ts';
import { partsOfList } from './rules/partsOfList.ts';
import { pointsOfPercentage } from './rules/pointsOfPercentage.ts';
import { partOfPeriod } from './rules/partOfPeriod.ts';
import { ordinalInFirstFew } from './rules/ordinalInFirstFew.ts';
import { ordinalAsTally } from './rules/ordinalAsTally.ts';
import { pointsGap } from './rules/pointsGap.ts';
import { placeOfAnother } from './rules/placeOfAnother.ts';
import { percentChange } from './rules/percentChange.ts';
import { previousEvent } from './rules/previousEvent.ts';
import { rankOfAnother } from './rules/rankOfAnother.ts';
import { ratePerPeriod } from './rules/ratePerPeriod.ts';
import { periodOfRate } from './rules/periodOfRate.ts';
import { restOfPeriod } from './rules/restOfPeriod.ts';
import { roundOfLast } from './rules/roundOfLast.ts';
import { roundedToHedge } from './rules/roundedToHedge.ts';
import { runningTally } from './rules/runningTally.ts';
import { runnerUp } from './rules/runnerUp.ts';
import { nthTimeAsTitle } from './rules/nthTimeAsTitle.ts';
import { sameDigitsElsewhere } from './rules/sameDigitsElsewhere.ts';
import { samePreciseFigure } from './rules/samePreciseFigure.ts';
import { sameEventYear } from './rules/sameEventYear.ts';
import { sameHedgedAmount } from './rules/sameHedgedAmount.ts';
import { sameMemberOfSeries } from './rules/sameMemberOfSeries.ts';
import { spanOfDates } from './rules/spanOfDates.ts';
import { spanOfYears } from './rules/spanOfYears.ts';
import { endOfYearSpan } from './rules/endOfYearSpan.ts';
import { tieBreakScore } from './rules/tieBreakScore.ts';
import { timeOnAsAgo } from './rules/timeOnAsAgo.ts';
import { ageOfThing } from './rules/ageOfThing.ts';
import { startOfRecentSpan } from './rules/startOfRecentSpan.ts';
import { statedAmount } from './rules/statedAmount.ts';
import { toParOfRound } from './rules/toParOfRound.ts';
import { statedDifference } from './rules/statedDifference.ts';
import { raceMargin } from './rules/raceMargin.ts';
import { scaleOrUnitChange } from './rules/scaleOrUnitChange.ts';
import { setOrder } from './rules/setOrder.ts';
import { sidesOfScore } from './rules/sidesOfScore.ts';
import { soleTollConflict } from './rules/soleTollConflict.ts';
import { strongSupport } from './rules/strongSupport.ts';
import { setsOfScoreline } from './rules/setsOfScoreline.ts';
import { sumOfParts } from './rules/sumOfParts.ts';
import { swappedLevels } from './rules/swappedLevels.ts';
import { swappedPair } from './rules/swappedPair.ts';
import { crossedPair } from './rules/crossedPair.ts';
import { totalOfOwnParts } from './rules/totalOfOwnParts.ts';
import { totalBroughtTo } from './rules/totalBroughtTo.ts';
import { eveAsDayBefore } from './rules/eveAsDayBefore.ts';
import { totalOfSourceParts } from './rules/totalOfSourceParts.ts';
import { unitOnlyMiss } from './rules/unitOnlyMiss.ts';
import { weakSupport } from './rules/weakSupport.ts';
import { yearOfFigure } from './rules/yearOfFigure.ts';
import { yearOfOtherEvent } from './rules/yearOfOtherEvent.ts';
import { yearOfAnotherName } from './rules/yearOfAnotherName.ts';

export const VERDICT_RULES: readonly VerdictRule[] = [
  // Before attributedFigure: "The Briton, 30" may be the draft's "Andy Murray, 30" (epithetFigure).
  epithetFigure,
  // "44 authorities against Labour's 37, a lead of seven": a gap named after its two tallies, before
  // attributedFigure reads the seven as Labour's.
  marginAfterTallies,
  // A figure attributed to a person is that person's: checked against their figure before any
  // figure of the same value elsewhere can support it ("Lee, 34" is not supported by Park's 34).
  attributedFigure,
  // A hedged draft figure first looks for a source hedged the same way: a paraphrase of that
  // statement, whose figure is the one to match, before any looser reading can support it.
  boundTwin,
  // "four people" is not supported by the "four men" of "four men and a woman": the people are five.
  groupForWhole,
  // "Kyrgios, the 22nd seed" where the source's 22nd seed is Lopez.
  rankOfAnother,
  // "Comicas second, Magical Memory third" for the source's "Magical Memory in second, with Comicas third".
  placeOfAnother,
  // "6-1 6-4" for the source's "6-4 6-1": each set is stated, the match is not.
  setOrder,
  // A year the source gives another event than the one told beside it ("knighted in 1983").
  yearOfOtherEvent,
  // "Ricky Hatton in 2010" where the source's 2010 is Victor Ortiz's and Hatton's is 2007.
  yearOfAnotherName,
  frontedYearClause,
  // "the late 16th Century" is not the source's "early 16th Century", however alike the digits.
  partOfPeriod,
  // "389,952 …, compared with 396,643 a month earlier" where the source's 396,643 is the later level.
  swappedLevels,
  // Two figures of one sentence with each other's values, each framed better by the other's source figure.
  swappedPair,
  // The same slip read by the few words beside each figure ("Macs contributed $4.9 billion and iPads $5.2 billion").
  crossedPair,
  // "42.6C, or about 104F": a conversion of the draft's own figure that is wrong, before a source's 40C supports the 104F.
  wrongOwnConversion,
  // "by more than 800 votes, 8,745 to 7,952": a margin told with its own tallies is their difference.
  marginOfOwnTally,
  // "Florida had about 167,000" where the source lists "288 549 in Florida, 166 599 in Georgia":
  // the digits are another name's, and the source gives this name another figure.
  figureOfAnotherName,
  // Then the plain case: a source states the same quantity compatibly.
  strongSupport,
  // "the first two Tests" states the second Test; before conflicts, where "the first Test" would
  // read as another count of the same series.
  ordinalInFirstFew,
  // "five … and two more" is seven: the five is a part, not another value of the toll.
  moreAddsOn,
  // Likewise "made it 4-2 before … got one back" ends 4-3: the 4-2 is not the final score.
  oneBack,
  // A gap between two sides is a difference of tallies, never one of the tallies themselves.
  pointsGap,
  // Likewise "seven fewer than", "a net eight", "a majority of 24": a gap between two stated
  // figures, which neither of them contradicts.
  statedDifference,
  // "82 seconds behind": the gap between two finishing times the source gives, often apart.
  raceMargin,
  // "two districts" for "the districts of Jumla and Kalikot": members named one by one.
  namedMembers,
  // "the first anniversary" is "the one-year anniversary": the same years, told either way.
  anniversaryYears,
  // "one day before the anniversary" is "on the eve of the anniversary".
  eveAsDayBefore,
  // "two months" for "eight weeks": the same length in a coarser unit, before it reads as a conflict.
  coarserTimeUnit,
  // "in four sets" for "3-6 6-3 7-6 (7-2) 6-3": a scoreline's sets, before "two sets to one" reads as a conflict.
  setsOfScoreline,
  // "the tiebreak 7-5" for "7-6(5)": a tie-break told by the loser's points, before the set's 7-6 reads as a conflict.
  tieBreakScore,
  // "won only four games" for "6-1, 6-3, 6-0": one side's games summed over the sets.
  gamesOfScoreline,
  // "the six goals" of a match the source scores 4-2.
  goalsOfScore,
  // Before conflicts: a changed scale or unit is pointed at the word, not the whole figure.
  scaleOrUnitChange,
  // Before anotherInSeries: a source naming the draft's own member states it ("the second set").
  sameMemberOfSeries,
  // "the first Test" is another match than "the second Test", not another value of it.
  anotherInSeries,
  // "four men and a woman" is five: a group of a list is a part of the total, not another value.
  partsOfList,
  // "13 baseline winners" for "his 13th baseline winner": a running tally told as a rank, before
  // another count of the passage reads as a conflict.
  ordinalAsTally,
  // "24lb …, 4lb more than Ben" after "Ben weighed in at 20lb": the gap between the draft's own
  // figures. Before conflicts: a figure told as a gap is no level a source's level could contradict.
  ownDifference,
  // "for 27 laps" from "from lap 13" to "on lap 40": a span between two numbered members of a series.
  spanOfSeries,
  // "11-8 over 19 matches": the sides of a record added up.
  meetingsOfRecord,
  // "8-10lb, roughly 4kg each", "at least 2 feet (60cm)": the draft converting its own figure.
  // Before conflicts: a conversion is checked through the figure it converts, not against
  // another length a source gives ("Indian Lake recording 31 inches").
  ownConversion,
  // "25 million, up from 21 million, … a rise of nearly 20%": the draft's own change in percent.
  // Before conflicts, as the draft's own differences are: a change the draft works out from
  // levels it gives is checked through those levels, not against another figure a source frames alike.
  ownPercentChange,
  // "120 staff and 80 players …, some 200 people in all": the draft's own parts summed. Before
  // conflicts too: a total the draft says it added up is its own arithmetic, whatever other
  // figure a source frames like it ("meaning 45 were heads of state" is no "50 delegations").
  totalOfOwnParts,
  // "beat Warrington 12-6, a six-point margin": the gap of a score the draft has just given.
  marginOfOwnScore,
  // "ran out 92-64 winners … GB conceded more than 90 points": a bound on a side of that score.
  boundOfOwnScore,
  // "The eight members split 4-4": the voters a tally the draft gives adds up to.
  votersOfTally,
  // "ended in the last eight" for "their run to the quarter-finals": a round named by the sides left in it.
  roundOfLast,
  // "the rest of the first half" for "the rest of the opening period": a half named otherwise.
  halfOfPlay,
  // "in the three months to September" for "in the quarter to September", "six months to 31 July"
  // for "the half year ended 31 July": a reporting period named otherwise.
  monthsOfPeriod,
  // "beat Vintage Folly into second" for "beat runner-up Vintage Folly": second place named otherwise.
  runnerUp,
  // "won the Masters for a fifth time" for "a fifth Masters title": the times won, told as titles.
  nthTimeAsTitle,
  // "a 34th-minute opener" for "in the net on 34 minutes", "12 minutes into the second half" for
  // "after 57 minutes": one minute of play, told two ways. Before conflicts: a match has many minutes.
  matchMinute,
  // "close to 80 kilometres" for "close to 50 miles": a hedge copied onto a converted amount.
  hedgedConversion,
  // "Only 41 of the 57 trains ran" for "Sixteen of the 57 trains were cancelled": the other part
  // of a whole. Before conflicts: the source's part is another part, not another value of this one.
  restOfPartitive,
  // "the other 25" after "28 got over; three made it home", "only eight of the raids, leaving 14":
  // a whole less a part. Before conflicts: the part is another quantity, not another value of the rest.
  otherRemainder,
  // "39 of the 118 passengers had been rescued" for "39 people were rescued, leaving 76 of the … 118 passengers".
  partOfStatedWhole,
  // "Three men have been arrested" for "… A third man was arrested": a group counted by its latest member.
  nthOfEvent,
  // "Philip Anthony … 1,569 votes" for "Philip Anthony received 1,569 and David Sprawls received 848 votes".
  namedValue,
  // "by 329 votes to 300" for the source's "329-300": a score told side by side, before the
  // majority of 29 votes reads as a conflict with either side.
  sidesOfScore,
  // "bringing this season's total to 19": a running total both texts bring to the draft's figure,
  // before the latest addition ("Three pediatric deaths") reads as a conflict with it.
  totalBroughtTo,
  // A source states the same quantity otherwise.
  frameConflict,
  // A year is checked with the figure it anchors, before a year named elsewhere can support it.
  yearOfFigure,
  // Before betterFramedRival: "some 375 sq km" in both texts is the same statement (sameHedgedAmount).
  sameHedgedAmount,
  // A weak match of the draft's digits, where another figure frames the quantity clearly
  // better with another value, is the wrong figure of the sentence.
  betterFramedRival,
  // Only after every conflict has had its say may a weakly framed figure support.
  weakSupport,
  // "up to 427 feet" for "an estimated 187 to 427 feet": the same end of a range, however framed.
  endOfRange,
  // "the first … in 20 years" for "the first … since 20 years ago".
  firstInYears,
  // "A 2013 comeback in Muay Thai" for "In 2013 Bowe made a comeback as a Muay Thai fighter": a
  // year in a source sentence telling the same event in the same words.
  sameEventYear,
  // The very amount in the same unit, where no figure frames the quantity otherwise: after every
  // conflict and support rule, before the digits are called a near miss.
  statedAmount,
  // "gaining 9 points to reach 70.9%" for "increasing by 9pp to 70.9%": percentage points, named short.
  pointsOfPercentage,
  // "more than £5 billion" for "£5.14billion": a precise amount rounded behind a hedge.
  roundedToHedge,
  unitOnlyMiss,
  // Figures no single source states, composed from what sources do state.
  previousEvent,
  // "fell by 20%" from "dropped from £50m to £40m": the size of a change from its two levels.
  percentChange,
  // "climbed by almost £100m to £642m" from "increased to £642m, up from £543m": the same in its own unit.
  changeOfSourceLevels,
  // "nearly half" from "Seventeen of the 35 goals": a part over its whole.
  partitiveShare,
  // "£300 a year" from "£25 a month": one rate told over another period.
  ratePerPeriod,
  // "£170,000 every 12 months" for "£170,000 a year": the length after "every" is the rate's period.
  periodOfRate,
  // "two hours later" from "at 9pm" and "at 11pm": the gap between two times the source states.
  elapsedBetween,
  // "for 12 years" from "aired between 1978 and 1990": the length of a span of years.
  spanOfYears,
  // "ran from 1978" for the source's "between 1978 and 1990": one end of a span of years.
  endOfYearSpan,
  // "Five years on," for the source's "five years ago": the time since the event just told.
  timeOnAsAgo,
  // "had stood for 25 years" for "a 25-year-old record": the age of a thing is how long it has stood.
  ageOfThing,
  // "over five and a half years, between 1 July 2006 and 31 December 2011": the length of a span of dates.
  spanOfDates,
  // "three decades ago" from "over the last 30 years": a span up to now starts that long ago.
  startOfRecentSpan,
  // "2,500 every day, roughly 17,500 a week", "186 in 53 hours, about 3.5 an hour": the draft's own rate.
  ownRate,
  // "$360 for eight treatments, or $45 a visit", "six goals in 15 games, 0.4 per game": the draft's own figure per item.
  ownPerItem,
  // "some £500m …, almost 30 times the cost of the Palace side" after "cost just £17m": the draft's own multiple.
  ownMultiple,
  // "start in 2016 and last three years, … due in 2019": a year the draft counts on to.
  ownYearSpan,
  // "58 years ago, in 1964": the time back to the year the draft names, from the story's year.
  agoOfOwnYear,
  // "56 cases, 37 of them fatal, a death rate of about two-thirds": the draft's own part over its whole.
  ownShare,
  // "opening with $174.8m … 19% of the gross, about $33m": what the draft's own share of its whole comes to.
  amountOfOwnShare,
  // "jumped 20 percent to $62.9 billion, up from roughly $52 billion": the draft's own level before.
  levelBeforeChange,
  // "$89 billion to $93 billion, a midpoint of $91 billion": the middle of the draft's own range.
  midpointOfRange,
  // "now weighs 12.5st, a loss of 7.5st" after "weighed 20st": the draft's own arithmetic.
  changeOfOwnLevels,
  derivedSum,
  // "a combined following of more than 95 million" from "more than 70 million … while Rooney's has more than 25 million".
  totalOfSourceParts,
  // "21 hours a day, leaving … just three hours": the rest of the period.
  restOfPeriod,
  sumOfParts,
  enumeratedCount,
  // "five things …: jobs, homes, business, childcare and retirement": the draft's own list, named in a source.
  countOfOwnList,
  // "$138 million, $34 million and $20 million; those three payments": a count of the figures just given.
  countOfOwnFigures,
  // "three subjects" for "English, maths and science": a set the source lists without naming it.
  countOfSourceList,
  // "won five of their six" for "a fifth win from six": the latest of a tally is its count.
  runningTally,
  // "a six-under-par 66" from "a three-over-par 75" elsewhere: par 72.
  toParOfRound,
  // "won by six wickets", "a target of 166", "12 balls to spare" from the innings "165-5" and "171-4 with two overs to spare".
  cricketResult,
  bothAsTwo,
  // "denies one count of …" for the source's "denies a charge of …": an article states one.
  oneAsArticle,
  // "for the first time since 1978" for the source's "their first tournament since 1978".
  firstSince,
  // "his fifth Masters title" for "won the Masters for the fifth time": one win, counted either way.
  nthWin,
  // Needs to know nothing supports the figure, so it runs after every support rule.
  soleTollConflict,
  // The same amount with its currency left out is the same figure; checked before the digits
  // are called a near miss.
  currencyDropped,
  // "51% of cases, 29 killings" for "51% of homicides (29 cases)": the share's own count.
  countOfShare,
  // "net debt of £740m … net cash of £19m, a turnaround of £759m": the draft's own sum or
  // difference of two amounts sources state, with no cue the rules above know. Last of the
  // support rules: only a figure no source states, or states otherwise, is read as worked out.
  ownArithmetic,
  // "stopping the clock at 57.13" for "to finish in 57.13": digits this precise, stated exactly,
  // are the same statement worded otherwise, unless a unit, hedge, rate or name says not.
  samePreciseFigure,
  sameDigitsElsewhere,
  // Always last: it always applies.
  noSource,
];
