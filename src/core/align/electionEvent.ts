import type { Concept } from './measures'

// A vote is an event a report dates like any other: the day of the election or of the referendum
// ("Monday's referendum", "the 2019 election", "le référendum du 25 juillet 2022", "la
// présidentielle du 7 septembre", "في الاستفتاء الذي نُظّم أمس", "الانتخابات الرئاسية التي جرت
// السبت"), and the day someone was elected ("he was elected in December 2019", "élu en 2019",
// "انتُخب عام 2019"). Without it a topic of "Election day" falls back to the day a disaster struck,
// and a date beside the word of the vote reads no event at all.
// A round of it is the vote too ("a runoff scheduled for July 5", "le second tour, tenu vendredi",
// "الجولة الثانية"): narrowRound.ts tells the rounds apart.
// (Counts of a vote, votes, voters and turnout, are measures.ts's and civic.ts's: this one dates.)
// (Not "vote", "poll", "ballot", "التصويت" alone: a parliament votes a bill, a poll is a survey, a
// ballot carries options; the words of an election say one.)

export const ELECTION_EVENTS: Concept[] = [
  {
    id: 'election', family: 'date', event: true, label: { en: 'date of the vote', ar: 'موعد الاقتراع' },
    words: {
      en: ['election', 'elections', 'referendum', 'presidential election', 'legislative elections', 'parliamentary elections', 'elected', 're-elected', 'runoff', 'run-off', 'first round', 'second round'],
      fr: ['élection', 'élections', 'présidentielle', 'législatives', 'référendum', 'scrutin', 'élu', 'élue', 'réélu', 'réélue', 'premier tour', 'second tour', 'ballottage'],
      ar: ['الانتخابات', 'انتخابات', 'الانتخاب', 'انتخاب', 'الاستفتاء', 'استفتاء', 'الاقتراع', 'اقتراع', 'الرئاسيات', 'انتخب', 'انتخبت', 'الجولة الأولى', 'الجولة الثانية', 'جولة الإعادة', 'جولة إعادة', 'الدورة الثانية'],
    },
  },
]
