import type { Concept } from './measures'

// A fair, a show or an exhibition is an event a report dates like a summit: its opening, its
// closing, its run ("the book fair runs from 22 January to 5 February", "le salon se tiendra du
// 3 au 7 juin", "يُقام المعرض من 11 إلى 14 نوفمبر"); and it counts those who show there and those
// who come ("1,200 exhibitors", "350 exposants", "عارضا 400", "a million visitors", "زائر").
// Without it "Dates of the show" falls back to the day a disaster struck, and a candidate of the
// fair's days is named for no event.
// (Not "fair" alone, an adjective as often: "free and fair elections", "a fair trial"; not "show"
// alone: figures show, a poll shows; not "salon" in Arabic transliteration, nor
// "edition"/"الدورة", which is also an election's round.)

export const FAIR_CONCEPTS: Concept[] = [
  {
    id: 'fair', family: 'date', event: true, label: { en: 'dates of the fair', ar: 'موعد المعرض' },
    words: {
      en: ['the fair', 'this fair', 'trade fair', 'book fair', 'arms fair', 'defence fair', 'defense fair', 'job fair', "world's fair", 'exhibition', 'expo', 'trade show', 'air show', 'airshow', 'motor show', 'defence show', 'defense show', 'fairground'],
      fr: ['salon', 'foire', 'exposition', 'biennale', 'salon international'],
      ar: ['معرض', 'المعرض', 'معارض', 'المعارض', 'للمعرض', 'بالمعرض', 'فعاليات المعرض'],
    },
  },
  {
    // (Who shows, not who comes: visitors are a crowd, measures.ts's audience.)
    id: 'exhibitors', group: true, family: 'people', label: { en: 'exhibitors', ar: 'العارضون' },
    words: {
      en: ['exhibitors', 'exhibiting companies', 'exhibitor'],
      fr: ['exposants', 'exposant', 'entreprises exposantes', 'sociétés exposantes'],
      ar: ['عارض', 'عارضا', 'العارضين', 'عارضين', 'العارضون', 'شركة عارضة', 'الشركات العارضة', 'جهة عارضة'],
    },
  },
]
