// Newsroom drafts of real copy: tests/fixtures/newsroom-drafts-real.jsonl holds a reporter's
// rewrite of 16 CNN / Daily Mail articles of the factbox dev set, written before the engine was
// looked at, with correct paraphrases and planted errors, every figure labelled as a careful
// editor would (flag 1: wrong or in no source; 0: it should stand). The articles stay outside the
// repository: each record names its article by `sourceRef`, so this test runs only when
// CROSSCHECK_EVAL_DATA names the folder holding factbox-dev.jsonl and xsumfaith-dev.jsonl, and is
// skipped otherwise.
// Every labelled figure must come out flagged or not as labelled, except those below.
//
// Label in doubt, asserted neither way (labelled correct, flagged today): "nearly half a million
// followers" for 450,000 / 451,000, under the house "nearly" convention (NEARLY_FLOOR 0.92).
//
// Known misses, by kind (figure, then what the engine does):
// - Derived figures the engine cannot compose: "got half marks" (a 5/10 rating), "some 34 years"
//   (worked since she was 16, now 50), "All four members of the family" (a father, his teenage
//   sons and their mother). Flagged.
// - A fact-file figure whose draft sentence names no year: "There he scored 31 goals in 85
//   games" (the file's "Valladolid (2009-13): 85 apps"); the year is in the sentence before.
//   Contradicted by "29 games".
// - The wrong figure of a passage taken with a shared word: "needs two more frames on Monday"
//   (the source's "Monday's closing session" loses to "two frames on Sunday"), "Leading 5-3
//   overnight" (a 5-3 lead from the opening session loses to Carter's "11-5 overnight"). Flagged.
// - Missed errors, a figure of another person, item or event that the same digits support:
//   "Ali Carter, 39" (O'Sullivan is the 39-year-old; Carter is "the 35-year-old" of the next
//   sentence), "a Manet painted in 1884" (1884 is a Degas sketch's year), "Goldfaden's spray
//   costs £40 for 100ml" (100ml is another product's size), Mustela "earned 8 out of 10"
//   (Actinica's mark), methyl bromide poisoned nursery workers in Connecticut "in 2011" and
//   Californian warehouse workers "in 1990" (the two years swapped). Supported.
//
// tests/fixtures/newsroom-drafts-real2.jsonl: 14 more drafts of other factbox-dev articles, written
// later by a helper who had not read the engine, measured once untouched (P 0.686 R 0.906 F1 0.780)
// and then fixed by general rules (P 0.873 R 0.906 F1 0.889). Its known misses, by kind:
// - Arithmetic the engine does not compose: "seven years ago" (2008, with 2015 implied by a 1915
//   centenary), "more than half a century" (1940s to 2003), "some $2,000" (20 x $100 in the
//   draft), "$45 each" ($360 / 8). Flagged.
// - A rate set against another person's: Hatfield's "about 20" times against the "two" of "two or
//   three times a week". Flagged. An unread figure: "went out in 41" ("front nine in 41"). Flagged.
// - Missed errors, the same digits for another noun or subject: "reports to police three times a
//   week" (by "father of three"), "six times a week" (by "mother-of-six"), "The Big One weighed
//   22lb" (another lamb's 22lb 5oz), "up to £4,000" (the cabinets' price), "swore at a judge
//   twice" (a count of two people). Supported.
// Label in doubt: "His last film role … came in 2003" (the year is right; "last" is the writer's).
//
// tests/fixtures/newsroom-drafts-real3.jsonl: 16 more drafts of other factbox-dev articles, written
// blind, measured once untouched (P 0.704 R 0.980 F1 0.820) and then fixed by general rules. Its
// known misses, by kind:
// - A count of a set the source gives one by one, not as a list in one sentence: "four prominent
//   critics" (Atwood, Mantel, Toksvig and Smith, over several sentences), "All five previews"
//   (five match previews, each "PREDICTION: Home win"). Flagged.
// - Missed error, a figure of another fixture: Sale kick off against Quins "at 3pm" (2pm; 3pm is
//   another kick-off). Supported.
// Label in doubt: "It makes one exception" (the source names one exception without saying it is
// the only one).
//
// tests/fixtures/newsroom-drafts-real4.jsonl: 16 drafts of BBC articles of xsumfaith-dev (sourceRef
// "xsum-<document>", resolved from CROSSCHECK_EVAL_DATA/xsumfaith-dev.jsonl), written blind and
// measured once untouched (P 0.725 R 0.857 F1 0.786), then fixed by general rules. Known misses:
// - Arithmetic the engine does not compose: "beat Stan Wawrinka in four sets" (told set by set),
//   "in five sets" (a five-set score line), "by 330 runs" (two innings each), "level the series at
//   1-1". Flagged.
// - Figures the source states otherwise worded: "half the number recorded a decade earlier" ("half
//   the figure of nine years ago"), "Almost a third of the accused" (31%), "revised up from 59"
//   (the source's 59 is pinned to 2014-15, the draft's to "the previous year"), "5,000 metres" (the
//   5K), "Another train with 250 children" (the 669 children of eight trains frame it better).
//   Flagged.
// - Missed errors: another event's date told with words the source puts by neither date ("took
//   over the club on 22 May"; the source has "taken over last week"); another noun's figure ("an
//   unbeaten 48", 48 balls). Supported. Unread
//   figures, no claim: "a decade earlier" (nine years), "a decade later" (eight), "twice as strong"
//   (more than three times).
// Label in doubt: "will fall to 1.7% by 2020" (the article's "by the end of the decade"; its year is
// not in the text).
//
// tests/fixtures/newsroom-drafts-real5.jsonl: 16 more BBC drafts of other xsumfaith-dev articles,
// written blind, measured once untouched (P 0.589 R 0.898 F1 0.711), then fixed by general rules
// (P 0.787 R 1.000 F1 0.881; 0.894 once "the two honours" and "Two of the three measures" were read
// as references back, see definiteReferences). Its known misses are all correct figures flagged, by kind:
// - Counts the engine does not compose: people named across sentences or only in part ("her two
//   children", "Two Swansea University
//   scientists", "The two honours, the other going to …", "at least four institutions in all"),
//   "Scotland's sixth" with its noun left out, Laidlaw "converting all four".
// - Arithmetic: a score built from the goals told one by one ("a 2-0 lead at the
//   interval", "pulled one back", "made it 31-11"), "the 15th" (the hole after the 14th), "two
//   years above" (14 less 12), "meaning they currently have 11" (12 less one), "all three points"
//   (a win's points, told in a quote).
// - Synonyms and dates: "Two of the three measures" (the source's "three issues"), "a poor campaign
//   last year" (the draft's date is not given; the source says 2014).
//
// tests/fixtures/newsroom-drafts-real6.jsonl: 16 more drafts (12 BBC of xsumfaith-dev, 4 CNN/DM of
// factbox-dev), written blind and measured once untouched after real5's fixes (P 0.557 R 0.860
// F1 0.676), then fixed by general rules (P 0.700 R 0.982 F1 0.818; 0.830 with definiteReferences). Its known misses, by kind:
// - Counts and arithmetic the engine does not compose, correct figures flagged: "Two UN agencies …:
//   the ITU, which …, and the ICAO, which …" (items with relative clauses), "the second of the
//   three" hostages freed, "three very different outcomes" (three verbs before it), "Two sharp
//   replies", "a dozen years ago" (81 less 69), "a target of 166" and "12 balls to spare" (165 + 1,
//   two overs), "by six wickets" (ten less four), "a rise of nearly 20%" (21m to 25m), "struck the
//   woodwork three times", "about five months after he left", "A fifth charge", "his second
//   Wembley appearance", "a superb
//   second" (an elided goal), "only one part", "its first tests", "the five one-day internationals".
// - Wording: "A one-minute song" (the source gives the song's length in seconds elsewhere), "sentenced
//   five months later" (read against a five-year sentence), "pulled out … on Thursday" (the fall was
//   on Wednesday, the withdrawal implied next day), "Last year" (no date for the draft).
// - Missed error, a figure of another person: "Darren Bent …, his 11th goal" (Ince's).
//
// tests/fixtures/newsroom-drafts-real7.jsonl: 16 more BBC drafts of xsumfaith-dev, written blind and
// measured once untouched after real6's fixes (P 0.693 R 0.912 F1 0.788), then fixed by general
// rules (P 0.818 R 0.947 F1 0.878). Its known misses, by kind:
// - Counts and arithmetic the engine does not compose, correct figures flagged: "four in all" (a
//   man and three more suspects), "51 games … across both spells" (32 + 19 in two sentences),
//   "his five co-workers" (six men less him),
//   "just one captor", "three summer releases, with clips from A, B and C", "the two regions of
//   Donetsk and Luhansk", "four awards in all", "at least four" shootings, "their first game".
// - Wording: "a draw, worth one point".
// - A date phrase whose weekday is wrong and whose date is right: the phrase is contradicted, and
//   its correct "7 February" with it.
// - Missed errors: "halfway through the trip" (two thirds), "The 38-year-old" (the arrested man's age given to
//   the victim), "for 10 minutes" (another pause's length).
//
// tests/fixtures/newsroom-drafts-real8.jsonl: 16 more BBC drafts of xsumfaith-dev, written blind and
// measured once untouched after real7's fixes (P 0.642 R 0.884 F1 0.744; the value-overlap peer
// 0.603 / 0.551 / 0.576), then fixed by general rules (P 0.714 R 0.942 F1 0.813). Its known misses:
// - Counts and arithmetic the engine does not compose, correct figures flagged: "three hacker
//   groups" and "the third group" (the source's "All three"), "two-day visit … on 20-21 November",
//   "three videos", "seven corners … three of them" (counted from a match feed), "26-20" (a score
//   built from the scores before it), "2,500 cross every day, roughly 17,500 a week" (the source's
//   "become refugees"; a rate times seven), "a strike rate of about 70" (100 runs off 144 balls),
//   "about 3.5 an hour" (186 in 53 hours), "a service every 30 minutes" (two trains an hour), "four
//   unanswered tries" (four scorers named), "the three Laidlaw books", "one site", "one batting bonus
//   point", "one update", "twice" moved, "four familiar faces", "two defenders", "three possible
//   sites", "three batsmen", "the first of them", "last year" (the draft's date is not given),
//   "Tunisia, champions in 2004" (read against another year), "52 minutes" (a lead held, read
//   against the 57th minute).
// - Missed errors: a swapped pair of ages, "the 29-year-old American" (another man's age), "more than a
//   decade", "beat twice" (met twice), "in January"
//   (another event's month).
//
// tests/fixtures/newsroom-drafts-real9.jsonl: 16 more BBC drafts of xsumfaith-dev, written blind and
// measured once untouched after real8's fixes (P 0.750 R 0.941 F1 0.835; the value-overlap peer
// 0.618 / 0.412 / 0.494), then fixed by general rules (P 0.806 R 0.980 F1 0.885). Its known misses:
// - A date phrase whose weekday is wrong and whose date is right ("Thursday, 18 September"): the
//   phrase is contradicted, and its correct date with it.
// - Counts the engine does not compose, correct figures flagged: "the second of two rapes" (the
//   source's "raped for the second time"), "one aged 29" and "one aged 19" (the source's "the other
//   32", "one 19": a part of a group, read against the group's "two"), "Three young men" (read
//   against another story's three schoolgirls), "two characters" (two named), "three charges"
//   (three named), "two thirds of people", "first place in Group D".
// - Wording: "has reached 278" (the source's "counted 278").
//
// tests/fixtures/newsroom-drafts-real10.jsonl: 15 more BBC drafts of xsumfaith-dev (the last of its
// articles no set had used), written blind and measured once untouched after real9's fixes (P 0.714
// R 0.870 F1 0.784; the value-overlap peer 0.729 / 0.507 / 0.598), then fixed by general rules
// (P 0.829 R 0.913 F1 0.869). Its known misses:
// - Correct figures the engine does not compose: "failed to win just five times" (from the
//   draft's 25th win in 30), "the 80th minute" (the source's "10 minutes
//   from time"), "the third" (a goal, its noun left out), "six points adrift … cut the gap to
//   three" (the next figure's words read with the first), "six more of Europe's leading clubs"
//   (named apart), "ten Guldbollen awards" (the source's "10 Guldbollen (Golden Ball)"), "the
//   company's first multifuel
//   plant" (the source's "Multifuel 1"), "a third of Tory MPs" (the source's "a third of those"),
//   "the only two things he enjoyed" (listed after "were"), "21 January 1945, six days before
//   Soviet troops liberated Auschwitz" (read against the liberation's date).
// - Missed errors: "up to 14 characters" for a 14-character key (the convention reads "up to N" as
//   stated by N itself), "last month" (the source's "earlier this month", read against another
//   event's "last month"), "dozens of construction jobs" (read against the permanent jobs' 35), "51
//   in 50 matches" swapped, "Michael Dawson, 29" (another man's age, by description), "the
//   following day" (no figure read).
//
// tests/fixtures/newsroom-drafts-real11.jsonl: 16 drafts of short BBC articles of xsumfaith-dev (the
// last it had), written blind and measured once untouched after real10's fixes (P 0.696 R 0.848
// F1 0.765; the value-overlap peer 0.524 / 0.478 / 0.500), then fixed by general rules (P 0.750
// R 0.848 F1 0.796).
// tests/fixtures/newsroom-drafts-real12.jsonl: 12 drafts of the wire articles of summedits-numeric
// (Reuters, AP and the like: another kind of copy), written blind and measured once untouched
// (P 0.614 R 0.785 F1 0.689; peer 0.595 / 0.385 / 0.467), then fixed (P 0.712 R 0.800 F1 0.754).
// Their known misses:
// - Correct figures worked out across sentences or from times and dates: "11 hours" (from 03:00
//   to 14:00), "almost half a day", "27 years apart in age" (ages in another sentence), "five and
//   a half years" between two dates, "£20m more than Tevez's fee" (the fee a sentence before), "a
//   combined seven games" (bans told in two sentences), "A$2m" (a total doubled), "nearly two
//   months" in custody, "nine years" since a year, "roughly 340 litres in all" ("a similar volume"), "more than 95%", "more than
//   half", "under a third" (of a total in another sentence).
// - Wording and reading: "1914-18", "the first to fall", "four named beneficiaries" (three named here), "three commercial
//   Covid vaccines" (the source's "vaccine products"), "four programmes",
//   "the country's first fatal case", "a 30% fall" (the source's "30% decrease" of another noun),
//   "last month" (no publication date given), "2014", "2015", "200 million since 2012".
// - Missed errors: swapped falls of crude and Brent (the names too far from their figures), "halve", "more than a
//   decade older", "four-match" (another player's ban), "January 2021" (the source's "January last
//   year", with no publication date to resolve it),
//   "$19.3bn of cash" (revenue), "more than 50 deaths" (457 in all), "dozens of vehicles", "worth
//   $1.8bn" (the source's "nearly"), "last month" (another event's), "December", "A coroner decided
//   in 1988" (the source's 1988 dates the death the finding was about, a reading its sentence allows).
// tests/fixtures/newsroom-drafts-real13.jsonl: 12 drafts of the last short BBC articles of
// xsumfaith-dev no set had used, written blind by a helper that saw only the articles, and measured
// once untouched after this session's fixes (P 0.741 R 1.000 F1 0.851; the value-overlap peer
// 0.550 / 0.550 / 0.550), then fixed by general rules (P 0.833 R 1.000 F1 0.909). Its known misses,
// all correct figures flagged: "back level at 2-2" (a running score from the goals told in turn),
// "a mother for the first time" (the source's "first child with
// partner …", which is not first child overall: a label in doubt), "the fourth player to commit
// his future" (three team-mates named after it).
// tests/fixtures/newsroom-drafts-real14.jsonl: 14 drafts written blind by a helper that saw only the
// articles, from six wire stories of summedits-numeric and eight CNN / Daily Mail articles of
// factbox-dev (other drafts of these articles are in earlier sets; these drafts are new), with 41
// planted errors among 228 labelled figures. Measured once untouched (P 0.625 R 0.976 F1 0.762),
// then fixed by general rules (P 0.837 R 1.000 F1 0.911). Its known misses, all correct figures
// flagged: "hundreds of litres" (170 litres of yellow and "a similar amount" of blue), "she died 13 days later" (another victim's "an hour"), "the
// champions fourth" (the source's "a precarious fourth in the league"), "the first minute" ("60
// seconds into the game"), "a dominant Sunday" (the day before "Monday's" session), running scores
// of one snooker match ("his 5-3 overnight lead" beside "a 12-4 lead"; "leads Ali Carter 11-5"
// beside "Robertson led 11-3"), "the second brush with the rules" (a first-round fine avoided).
// tests/fixtures/newsroom-drafts-real15.jsonl: 12 drafts of BBC articles of xsumfaith-dev (other drafts
// of them are in earlier sets), written blind by a helper, 36 planted errors among 181 labelled
// figures. Measured once untouched after real14's fixes (P 0.667 R 1.000 F1 0.800; the value-overlap
// peer 0.742), then fixed by general rules (P 0.766 R 1.000 F1 0.867). Its known misses, all
// correct figures flagged: "a record 13th straight finals" ("their thirteenth straight Nations
// Cup"), "closing out the fourth" (an elided set), "Sunday's edition" (no date in the source), "in
// 1998" (told after a 2009 event), "£1,150" (a figure the helper derived), "took the second set"
// ("level at one set all"), "five straight games" ("five games in a row" beside "three consecutive
// games"), "four unanswered second-half tries" (four scorers named), "a first half", "26-20" (a
// running score from the points told in turn).
// tests/fixtures/newsroom-drafts-real16.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper, 29 planted errors among 175
// labelled figures. Measured once untouched after real15's fixes (P 0.587 R 0.931 F1 0.720; the
// value-overlap peer 0.623), then fixed by general rules (P 0.711 R 0.931 F1 0.806). Its known
// misses: correct figures flagged — cricket and athletics arithmetic ("by 330 runs" from four
// innings, "chasing down 166" for a total of 165, the series "level at 1-1", "just over 15
// minutes" from a time and the seconds it took off, "almost two months" between two dates), a race
// time "3:55" for "3.55 minute", "the first Twenty20", "180" (runs told
// beside other innings), the 5,000m record beside another of 1500m; and missed
// errors — "the first quarter of an hour" (the source's "first 10 minutes"), "around 20 runs
// short" (15).
// tests/fixtures/newsroom-drafts-real17.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper, 42 planted errors among 188
// labelled figures. Measured once untouched after real16's fixes (P 0.727 R 0.952 F1 0.825; the
// value-overlap peer 0.667), then fixed by general rules (P 0.816 R 0.952 F1 0.879). Its known
// misses: correct figures flagged — a golf total "on 157" from two rounds, "his second round",
// "more than a third of her former weight" after "a drop of seven and a half stone" (the share of
// the draft's first weight, not its last), "all five matches" (the fixtures the draft lists), "more
// than 50 games … across two spells" (two figures of two sentences added up), "his first home
// appearance" (the source's "home debut"), "one minute of normal time remaining" (the 89th); and
// missed errors — "13 over" at another tournament.
// tests/fixtures/newsroom-drafts-real18.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real17's fixes, 43
// planted errors among 192 labelled figures. Measured once untouched (P 0.651 R 0.953 F1 0.774; the
// value-overlap peer 0.564), then fixed by general rules (P 0.774 R 0.953 F1 0.854). Its known
// misses: correct figures flagged — "a year later" (a rematch the source dates by years), "four pairs of hands in
// all" and "three times in all" (a person and three helpers; a capsize and "two more times"), "two
// shots at the 16th", a
// rugby match's tries and penalties counted by name ("crossing twice", "two penalties", "three
// quick first-half tries"), "almost three a day" from "some 1,000 … every year"; and missed errors — "nearly nine weeks" for 66 days, a second
// "800m" race.
// tests/fixtures/newsroom-drafts-real19.jsonl: 12 drafts of two CNN / Daily Mail and ten BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real18's fixes, 40
// planted errors among 172 labelled figures. Measured once untouched (P 0.684 R 0.975 F1 0.804; the
// value-overlap peer 0.658), then fixed by general rules. Its known misses: correct figures
// flagged — "11 consecutive points finishes" beside the source's "twice finishing second",
// "almost half of the total" (a share of the draft's own figures),
// "16 points from a possible 18", "three changes", "one of three men seized" (a list the source
// names), "more than two years before" between two dates, "12 MSF staff" for "at least 12", "one
// home game", "two routes in all" (the draft's own list joined by "or"), "three
// titles in a row"; and a missed error — "a 35-yard drive" for "more than 35 yards".
// tests/fixtures/newsroom-drafts-real20.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real19's fixes, 44
// planted errors among 212 labelled figures. Measured once untouched (P 0.710 R 1.000 F1 0.830; the
// value-overlap peer 0.615), then fixed by general rules (P 0.846 R 1.000 F1 0.917). Its known
// misses, all correct figures flagged: "13
// league goals in 95 appearances" beside the source's "17 goals", "around £60,000 a year over a
// decade" from "more than £600,000 since 2005", "four (…)" counting the names in its bracket, "over
// two seasons", a Wimbledon match dated by its night, "a record 13th consecutive appearance" for
// "their thirteenth straight Nations Cup", "nearly three a day" from "some 1,000 … every year".
// tests/fixtures/newsroom-drafts-real21.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real20's fixes, 44
// planted errors among 198 labelled figures. Measured once untouched (P 0.621 R 0.932 F1 0.745; the
// value-overlap peer 0.682), then fixed by general rules (P 0.683 R 0.932 F1 0.788). Half its
// stories are sport told frame by frame and try by try, which the engine does not add up: its
// known misses are mostly running scores ("5-3 ahead", "11-5", "31-11", "26-20", "six tries to
// two", "crossing twice", "seven of the day's eight frames", "one frame away"), with "more than 300
// years old" (the 17th century), "his second brush", "29 killings, or 51%" and "nearly nine in
// ten", "roughly £1,500 to £1,900" (a currency conversion the engine has no rate for), a referee's
// age told before "Hall of Fame referee Joe Cortez"; and missed errors — "docked two frames" beside
// the source's "two frames" of another player, and two more.
// tests/fixtures/newsroom-drafts-real22.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real21's fixes, 38
// planted errors among 175 labelled figures. Measured once untouched (P 0.720 R 0.947 F1 0.818; the
// value-overlap peer 0.667), then fixed by general rules (P 0.818 R 0.947 F1 0.878). Its known
// misses: correct figures flagged — "two runner-up finishes" ("twice finishing second"), "two of his last 11 races … without" (11 less nine), "three substitutions", "one of the three" (a list the source names), "more than two years before" between
// two dates, "their first match of the new campaign"; and missed errors — a profile's age "16" for
// "under 16", "until 2013" for a minister's term.
// tests/fixtures/newsroom-drafts-real23.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real22's fixes, 42
// planted errors among 190 labelled figures. Measured once untouched (P 0.667 R 0.905 F1 0.768; the
// value-overlap peer 0.600), then fixed by general rules (P 0.745 R 0.905 F1 0.817). Its known
// misses: correct figures flagged — "11 over" at another tournament, a 1942 breakout beside the
// source's August 1941, "all five fixtures, four of them on Saturday" (the draft's own list),
// "some 34 years" (a career from an age), "five times that number", "19 people in all" and
// "outnumbering … by five" (sums of "at least 12" and seven), "only two dropped" (18 less 16),
// "four players booked", "just two frames", "23 frames" over two matches, "a two-time winner";
// and missed errors — a 6pm start, a kick-off time, "up to $1m" for
// $650,000, and one more.
// tests/fixtures/newsroom-drafts-real24.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real23's fixes, 25
// planted errors among 115 labelled figures. Measured once untouched (P 0.610 R 1.000 F1 0.758; the
// value-overlap peer 0.652), then fixed by general rules (P 0.781 R 1.000 F1 0.877). Its known
// misses, all correct figures flagged: "the second member of the family to die there" (a brother
// died there before), "his second Wembley appearance" (the semi-final, then the final), "seven years after that campaign pledge" (2008 to the story's
// 2015), "the first to spot the blaze", "All three got out" (a mother, a daughter and the boy),
// "from 149 to 148" (one released, told as the number left).
// tests/fixtures/newsroom-drafts-real25.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real24's fixes, 25
// planted errors among 112 labelled figures. Measured once untouched (P 0.595 R 1.000 F1 0.746; the
// value-overlap peer 0.618), then fixed by general rules (P 0.658 R 1.000 F1 0.794). Its known
// misses, all correct figures flagged: counts of things the source lists one by one or the draft
// names after the count ("three remarks; the second …, and the third …", "three of their players –
// Ripley, Billy McKay and Ryan Flynn –", "three substitutions, bringing on …", "seven corners after
// the equaliser" from the live commentary, "penalised twice", "four robots – three quadcopters and a
// ground robot", "the other three" of a family of four), "two discoveries he expects", "his second
// try" (the source's "twice"), "the first trials", and "A nine-year-old footballer from east London"
// (the source's nine-year-old Frankie, read against his mother's age told beside "east London").
// tests/fixtures/newsroom-drafts-real26.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real25's fixes, 27
// planted errors among 124 labelled figures. Measured once untouched (P 0.649 R 0.889 F1 0.750; the
// value-overlap peer 0.613), then fixed by general rules (P 0.833 R 0.926 F1 0.877). Its known
// misses: correct figures flagged — a product review's scores and prices ("Top, with 9/10", the
// rating standing after its product's verdict; "factor 50"; "20 times the price of the Wilko
// lotion" from a price two sentences back), "four prominent women" and "All three" (people named
// one by one); and missed errors — "£2 for 100ml" (another product's size) and Calypso's "SPF 30"
// (its own is SPF 40; other products' SPF 30 supports it).
// tests/fixtures/newsroom-drafts-real27.jsonl: 12 drafts of four CNN / Daily Mail and eight BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real26's fixes, 19
// planted errors among 85 labelled figures. Measured once untouched (P 0.643 R 0.947 F1 0.766; the
// value-overlap peer 0.615), then fixed by general rules (P 0.731 R 1.000 F1 0.844). Its known
// misses, all correct figures flagged: "two hospitals - the Royal Hospital … and Yorkhill" (named
// one by one), "three other kinds of setting, namely …", "around 1970" (the
// source's "late 1960s/early 1970s"), "wanted to avoid one" (a pronoun for "a fight"), "made it
// 2-0" (a running score), "one question remains".
// tests/fixtures/newsroom-drafts-real28.jsonl: 12 drafts of four CNN / Daily Mail and eight BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real27's fixes, 21
// planted errors among 92 labelled figures. Measured once untouched (P 0.690 R 0.952 F1 0.800; the
// value-overlap peer 0.870, which this set's plain restatements favour), then fixed by general
// rules (P 0.840 R 1.000 F1 0.913; 0.955 once a paragraph is read after the two before it, which
// brought "The two responses" and "three years her senior" within reach). Its known misses, all
// correct figures flagged: "about four months after the tip-off" (December 2014 to 1 April 2015)
// and "his second try" (the source's "twice").
// tests/fixtures/newsroom-drafts-real29.jsonl: 12 drafts of six CNN / Daily Mail and six BBC articles
// (other drafts of them are in earlier sets), written blind by a helper after real28's fixes, 32
// planted errors among 138 labelled figures. Measured once untouched (P 0.762 R 1.000 F1 0.865; the
// value-overlap peer 0.656), then fixed by general rules (P 0.821 R 1.000 F1 0.901). Its known
// misses, all correct figures flagged: "two of Jupiter's moons" (named one by one), "their first
// session" (the source's "first treatment"), "A single session costs $100" (the source's "$100 a
// pop" read against the $360 a month beside it), "less than half the standard price" ($45 of $100),
// "the middle three months of pregnancy", "That was seven years ago" (2008 to the centenary of
// 1915), "at least four other gun incidents" (added up across sentences).
// tests/fixtures/newsroom-drafts-real30.jsonl: 12 drafts of four CNN / Daily Mail and eight BBC articles
// that no set of the same session had drafted (so no fix of that session was drawn from them),
// written blind by a helper after real29's fixes, 49 planted errors among 225 labelled figures.
// Measured once untouched (P 0.615 R 0.980 F1 0.756; the value-overlap peer 0.727), then fixed
// by general rules (P 0.658 R 0.980 F1 0.787). Half of it is sport told frame by frame, innings by
// innings and try by try; its known misses are mostly that arithmetic: frames won of a session
// and the score they lead to ("Resuming 5-3 ahead, he won seven of Sunday's eight frames", "taking
// him to 13", "23 frames and lost 8"), a Test won "by 330 runs" and "level at 1-1", overs and
// innings ("in just 63 overs first time round", "their second innings"), a chase ("171-4"),
// "Wales' 12th Grand Slam"; and the draft's own figures a passage apart ("24lb, 4lb more than
// Ben", "4.5lb bigger" than a record, "more than £20,000 per victim", "more than twice Palace's
// entire line-up"), "the second time he has brushed with officialdom", "almost two months longer",
// "up to three monitors"; and one missed error, a lamb's "22lb 7oz" for 22lb 5oz.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

interface Draft { id: string; sourceRef: string; draft: string; numbers: { start: number; end: number; text: string; flag: number }[] }

const read = (name: string): Draft[] => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Draft);
const FIRST = read('newsroom-drafts-real.jsonl');
const SECOND = read('newsroom-drafts-real2.jsonl');
const THIRD = read('newsroom-drafts-real3.jsonl');
const FOURTH = read('newsroom-drafts-real4.jsonl');
const FIFTH = read('newsroom-drafts-real5.jsonl');
const SIXTH = read('newsroom-drafts-real6.jsonl');
const SEVENTH = read('newsroom-drafts-real7.jsonl');
const EIGHTH = read('newsroom-drafts-real8.jsonl');
const NINTH = read('newsroom-drafts-real9.jsonl');
const TENTH = read('newsroom-drafts-real10.jsonl');
const ELEVENTH = read('newsroom-drafts-real11.jsonl');
const TWELFTH = read('newsroom-drafts-real12.jsonl');
const THIRTEENTH = read('newsroom-drafts-real13.jsonl');
const FOURTEENTH = read('newsroom-drafts-real14.jsonl');
const FIFTEENTH = read('newsroom-drafts-real15.jsonl');
const SIXTEENTH = read('newsroom-drafts-real16.jsonl');
const SEVENTEENTH = read('newsroom-drafts-real17.jsonl');
const EIGHTEENTH = read('newsroom-drafts-real18.jsonl');
const NINETEENTH = read('newsroom-drafts-real19.jsonl');
const TWENTIETH = read('newsroom-drafts-real20.jsonl');
const TWENTYFIRST = read('newsroom-drafts-real21.jsonl');
const TWENTYSECOND = read('newsroom-drafts-real22.jsonl');
const TWENTYTHIRD = read('newsroom-drafts-real23.jsonl');
const TWENTYFOURTH = read('newsroom-drafts-real24.jsonl');
const TWENTYFIFTH = read('newsroom-drafts-real25.jsonl');
const TWENTYSIXTH = read('newsroom-drafts-real26.jsonl');
const TWENTYSEVENTH = read('newsroom-drafts-real27.jsonl');
const TWENTYEIGHTH = read('newsroom-drafts-real28.jsonl');
const TWENTYNINTH = read('newsroom-drafts-real29.jsonl');
const THIRTIETH = read('newsroom-drafts-real30.jsonl');
const DRAFTS = [...FIRST, ...SECOND, ...THIRD, ...FOURTH, ...FIFTH, ...SIXTH, ...SEVENTH, ...EIGHTH, ...NINTH, ...TENTH, ...ELEVENTH, ...TWELFTH, ...THIRTEENTH, ...FOURTEENTH, ...FIFTEENTH, ...SIXTEENTH, ...SEVENTEENTH, ...EIGHTEENTH, ...NINETEENTH, ...TWENTIETH, ...TWENTYFIRST, ...TWENTYSECOND, ...TWENTYTHIRD, ...TWENTYFOURTH, ...TWENTYFIFTH, ...TWENTYSIXTH, ...TWENTYSEVENTH, ...TWENTYEIGHTH, ...TWENTYNINTH, ...THIRTIETH];

const dataDir = process.env.CROSSCHECK_EVAL_DATA;
const articlesFile = dataDir ? join(dataDir, 'factbox-dev.jsonl') : undefined;
const bbcFile = dataDir ? join(dataDir, 'xsumfaith-dev.jsonl') : undefined;
const summeditsFile = dataDir ? join(dataDir, 'summedits-numeric.jsonl') : undefined;
const records = (file: string): { id: string; source: string }[] => readFileSync(file, 'utf8').split('\n')
  .filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id: string; source: string });
/** factbox-dev articles by id, and the BBC articles of xsumfaith-dev by document ("xsum-12402158"). */
const ARTICLES = articlesFile && bbcFile && existsSync(articlesFile) && existsSync(bbcFile)
  ? new Map([
    ...records(bbcFile).map((r) => [/^xsum-\d+/.exec(r.id)?.[0] ?? r.id, r.source] as const).reverse(),
    ...records(articlesFile).map((r) => [r.id, r.source] as const),
    ...(summeditsFile && existsSync(summeditsFile) ? records(summeditsFile).map((r) => [r.id, r.source] as const) : []),
  ])
  : undefined;

/** The label in doubt above, as `id:start` of the labelled figure. */
const DOUBTFUL = new Set(['real-2cbe1cf51723:197', 'real2-5588d9eecfe6:607', 'real3-13-kansas:354', 'real4-11:518']);

/** The known misses above. */
const KNOWN_MISSES = new Set([
  'real-7cad16f3cc90:509', 'real-b955f7a918fe:820', 'real-9eb7dd37e50b:192',
  'real-41988ddd9258:551',
  'real-599041852b35:229', 'real-599041852b35:273', 'real-599041852b35:275',
  'real-599041852b35:516', 'real-7447c4b76699:528', 'real-7cad16f3cc90:306', 'real-7cad16f3cc90:351',
  'real-9eb7dd37e50b:715', 'real-9eb7dd37e50b:801',
  'real2-d061579cf4bb:199', 'real2-5588d9eecfe6:613', 'real2-691bac0b53a9:266', 'real2-691bac0b53a9:325',
  'real2-691bac0b53a9:207', 
  'real2-843f85685d2c:440', 'real2-b1f23bd96148:412',   'real3-11-kensit:595', 'real3-12-saints:736',
  'real3-12-saints:492',
  'real4-5:25', 'real4-5:104',
  'real4-6:123', 'real4-14:213',
  'real4-9:455', 'real4-5:266',
  'real4-6:150', 'real4-10:236', 'real4-12:431',
  'real5-1:1116', 'real5-7:0', 'real5-7:289', 'real5-8:908',
  'real5-9:924', 'real5-10:1044', 'real5-11:348', 'real5-11:631', 'real5-12:346', 
  'real5-15:705', 'real5-16:402', 'real5-16:905',
  'real6-3:317', 'real6-3:331', 'real6-4:242', 'real6-5:2', 'real6-6:353', 'real6-6:528',
  'real6-7:982',
  'real6-8:1033', 'real6-9:713', 'real6-9:1061', 'real6-12:68', 'real6-13:434',
  'real6-16:838',
  'real7-7:386', 'real7-9:350', 'real7-9:606', 'real7-10:815',
  'real7-12:640', 'real7-13:596', 'real7-14:288', 'real7-15:916', 'real7-16:750', 'real7-16:1155',
  'real8-1:1018', 'real8-2:62', 'real8-2:1105', 'real8-3:617', 
  'real8-4:513', 'real8-6:517', 'real8-6:663', 'real8-6:698', 'real8-8:205',
  'real8-9:162', 'real8-9:786', 'real8-10:18', 'real8-10:576', 'real8-10:954',
  'real8-11:280', 'real8-11:574', 'real8-11:635', 'real8-13:64',
  'real8-13:1110', 'real8-15:200', 'real8-16:143', 'real8-16:1133',
  'real9-8:72', 'real9-8:82', 'real9-9:364',
  'real9-10:614', 'real9-12:0',   
  'real10-2:706', 'real10-3:356', 'real10-5:570', 'real10-5:753',
  'real10-7:368', 'real10-7:772', 'real10-8:496', 'real10-8:822', 'real10-10:277',
  'real10-11:556', 'real10-12:532', 'real10-13:245', 'real10-15:534',
  'real11-2:371', 'real11-3:273', 'real11-6:741', 'real11-7:299', 'real11-10:354',
  'real11-11:281', 'real11-13:684', 'real11-15:201',
  'real12-1:524', 'real12-1:993', 'real12-2:407', 'real12-2:502', 'real12-2:729', 'real12-2:768',   'real12-3:407', 'real12-3:447', 'real12-3:731',
  'real12-3:869', 'real12-4:94', 'real12-5:1157',
  'real12-8:403', 'real12-10:956', 'real12-11:1026',
  'real12-12:299', 'real12-12:700',
  'real13-4:347', 'real13-9:37', 'real13-12:83',
  'real14-1:17', 'real14-9:818', 'real14-11:216', 'real14-11:542', 'real14-13:300', 'real14-13:437',
  'real14-13:717',
  'real15-6:1149', 'real15-8:367', 'real15-8:784', 'real15-9:554', 'real15-11:332',
  'real15-12:671',
  'real16-1:89', 'real16-7:111', 'real16-7:222', 'real16-7:626', 'real16-8:65',
  'real16-10:28', 'real16-10:137', 'real16-10:757', 'real16-11:47', 'real16-11:107', 'real16-11:607', 'real16-11:635',
  'real17-4:236', 'real17-4:309', 'real17-5:409', 'real17-6:1172', 'real17-7:676',
  'real17-7:715', 'real17-10:605', 
  'real18-1:585', 'real18-4:47', 'real18-4:173', 'real18-5:158', 'real18-5:517', 'real18-7:315', 
  'real18-10:633', 'real18-11:455', 'real18-11:989', 'real18-12:978', 
  'real19-1:408', 'real19-4:537', 'real19-4:652', 'real19-4:1150', 'real19-5:213', 'real19-8:103', 'real19-9:410', 'real19-11:787', 'real19-12:308',
  'real20-4:885', 'real20-5:1066', 'real20-6:790', 'real20-7:677', 'real20-10:71', 'real20-11:1123', 'real20-12:1039',
  'real21-1:21', 'real21-1:468', 'real21-1:491', 'real21-1:761', 'real21-1:896', 'real21-1:915', 'real21-4:844', 'real21-7:456', 'real21-7:1282', 'real21-9:16', 'real21-9:737', 'real21-10:197', 'real21-10:215', 'real21-10:362', 'real21-10:431', 'real21-11:834', 'real21-12:408',
  'real22-3:423', 'real22-6:377', 'real22-7:672', 'real22-8:494', 'real22-8:684', 'real22-10:1078',
  'real30-1:21', 'real30-1:316', 'real30-1:689', 'real30-1:1012', 'real30-1:1030', 'real30-1:1048', 'real30-2:516', 'real30-2:1014', 'real30-2:1327',
  'real30-3:363', 'real30-4:210', 'real30-4:796', 'real30-6:360', 'real30-7:29', 'real30-7:117', 'real30-7:401', 'real30-7:410', 'real30-7:453',
  'real30-10:905', 'real30-11:35', 'real30-11:788',
  'real29-1:1070', 'real29-3:792', 'real29-3:951', 'real29-3:1070', 'real29-4:428', 'real29-5:543', 'real29-8:1199',
  'real28-2:645', 'real28-3:1136', 
  'real27-2:1172', 'real27-5:1419', 'real27-7:871', 'real27-8:223', 'real27-12:1593',
  'real26-4:1422', 'real26-5:321', 'real26-5:379', 'real26-5:1054', 'real26-5:1353', 'real26-12:295',
  'real25-1:1427', 'real25-2:384', 'real25-2:403', 'real25-2:461', 'real25-3:2', 'real25-3:1097', 'real25-5:1113', 'real25-6:437',
  'real25-11:893', 'real25-11:1286', 'real25-11:1324',
  'real24-1:616', 'real24-3:485', 'real24-5:867', 'real24-7:310', 'real24-7:461', 'real24-11:359', 'real24-12:1252',
  'real23-1:686', 'real23-3:33', 'real23-4:771', 'real23-4:1051', 'real23-4:1224', 'real23-4:1239', 'real23-6:1025', 'real23-7:942', 'real23-7:1152', 'real23-8:217', 'real23-8:286', 'real23-9:589', 'real23-9:1012', 'real23-10:284', 'real23-10:412', 'real23-11:181',
]);

const FLAGS = new Set(['contradicted', 'unsupported', 'disputed']);

describe('newsroom drafts of real copy (fixture)', () => {
  it('has 16 + 14 + 16 + 16 + 16 + 16 + 16 + 16 + 16 + 15 + 16 + 12 + 12 + 14 + 12 + 12 + 12 + 12 + 12 + 12 + 12 + 12 + 12 + 12 + 12 + 12 + 12 + 12 + 12 + 12 drafts whose labels sit on their figures and name their article, with no article text', () => {
    expect(FIRST).toHaveLength(16);
    expect(SECOND).toHaveLength(14);
    expect(THIRD).toHaveLength(16);
    expect(FOURTH).toHaveLength(16);
    expect(FIFTH).toHaveLength(16);
    expect(SIXTH).toHaveLength(16);
    expect(SEVENTH).toHaveLength(16);
    expect(EIGHTH).toHaveLength(16);
    expect(NINTH).toHaveLength(16);
    expect(TENTH).toHaveLength(15);
    expect(ELEVENTH).toHaveLength(16);
    expect(TWELFTH).toHaveLength(12);
    expect(THIRTEENTH).toHaveLength(12);
    expect(FOURTEENTH).toHaveLength(14);
    expect(FIFTEENTH).toHaveLength(12);
    expect(SIXTEENTH).toHaveLength(12);
    expect(SEVENTEENTH).toHaveLength(12);
    expect(EIGHTEENTH).toHaveLength(12);
    expect(NINETEENTH).toHaveLength(12);
    expect(TWENTIETH).toHaveLength(12);
    expect(TWENTYFIRST).toHaveLength(12);
    expect(TWENTYSECOND).toHaveLength(12);
    expect(TWENTYTHIRD).toHaveLength(12);
    expect(TWENTYFOURTH).toHaveLength(12);
    expect(TWENTYFIFTH).toHaveLength(12);
    expect(TWENTYSIXTH).toHaveLength(12);
    expect(TWENTYSEVENTH).toHaveLength(12);
    expect(TWENTYEIGHTH).toHaveLength(12);
    expect(TWENTYNINTH).toHaveLength(12);
    expect(THIRTIETH).toHaveLength(12);
    expect(new Set(DRAFTS.map((d) => d.id)).size).toBe(DRAFTS.length);
    for (const d of DRAFTS) {
      expect(d.sourceRef).toMatch(/^(?:xsum-\d+|cnndm-[0-9a-f]{12}|summedits-[0-9a-f]{24}_og)$/);
      expect(d).not.toHaveProperty('source');
      for (const n of d.numbers) expect(d.draft.slice(n.start, n.end), `${d.id}:${n.start}`).toBe(n.text);
    }
  });
});

describe.skipIf(!ARTICLES)('newsroom drafts of real copy (needs CROSSCHECK_EVAL_DATA)', () => {
  const source = (d: Draft): string => {
    const text = ARTICLES?.get(d.sourceRef);
    if (text === undefined) throw new Error(`${d.sourceRef} is not in ${articlesFile} or ${bbcFile}`);
    return text;
  };

  it.each(DRAFTS.map((d) => [d.id, d] as const))('%s: every labelled figure is flagged as labelled, bar the known misses', (_id, d) => {
    const claims = checkDraft(d.draft, [{ id: 'source', text: source(d) }]);
    const disagree: string[] = [];
    for (const n of d.numbers) {
      if (KNOWN_MISSES.has(`${d.id}:${n.start}`) || DOUBTFUL.has(`${d.id}:${n.start}`)) continue;
      const flagged = claims.some((c) => FLAGS.has(c.verdict) && c.start < n.end && n.start < c.end);
      if (flagged !== (n.flag === 1)) {
        const why = claims.filter((c) => c.start < n.end && n.start < c.end).map((c) => `${c.verdict}: ${c.explanation}`).join(' | ') || 'no claim';
        disagree.push(`${d.id}:${n.start} '${n.text}' labelled ${n.flag ? 'wrong' : 'right'}, engine ${flagged ? 'flags' : 'passes'} it (${why})`);
      }
    }
    expect(disagree).toEqual([]);
  });

  it('the known misses are still misses (a fixed one belongs in the checked set)', () => {
    const fixed: string[] = [];
    for (const d of DRAFTS) {
      const claims = checkDraft(d.draft, [{ id: 'source', text: source(d) }]);
      for (const n of d.numbers) {
        if (!KNOWN_MISSES.has(`${d.id}:${n.start}`)) continue;
        const flagged = claims.some((c) => FLAGS.has(c.verdict) && c.start < n.end && n.start < c.end);
        if (flagged === (n.flag === 1)) fixed.push(`${d.id}:${n.start} '${n.text}'`);
      }
    }
    expect(fixed).toEqual([]);
  });
});
