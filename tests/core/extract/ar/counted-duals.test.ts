import { describe, expect, it } from 'vitest'
import { expectCase, extract } from '../helpers'

// Duals of the nouns a toll counts (deaths, injured, carriages), masculine construct duals
// ("قطاري ركاب", "سدّي المدينة", "سدّا الوادي"): each is a count of two.
describe('a dual or a "واحد" after a counted noun is a count', () => {
  it.each([
    { text: 'سجّلت وزارة الصحة وفاتين جديدتين خلال الليل', span: 'وفاتين' },
    { text: 'أعلن المستشفى وفاتان بين المسنين', span: 'وفاتان' },
    { text: 'رُصدت إصابتان بالحمى في المخيم', span: 'إصابتان' },
    { text: 'نُقل مصابَين إلى المستشفى الميداني', span: 'مصابَين' },
    { text: 'خرجت عربتان عن السكة قرب المحطة', span: 'عربتان' },
    { text: 'كان بين الضحايا سائحين من ألمانيا', span: 'سائحين' },
    { text: 'وقع التصادم بين قطاري شحن عند المنعطف', span: 'قطاري' },
    { text: 'حذّر مهندسون من تصدّع سدّي البلدة قبل العاصفة', span: 'سدّي' },
    { text: 'ثم انهار سدّا الوادي فغمرت المياه الأحياء', span: 'سدّا' },
    { text: 'أغلقت السلطات معبري الحدود الشمالية', span: 'معبري' },
  ])('$text → $span', ({ text, span }) => expectCase({ text, span, kind: 'count', lo: 2 }))
})

describe('"واحد" after a counted noun counts that noun', () => {
  it.each([
    { text: 'سقط في الانهيار قتيل واحد', span: 'واحد', counted: 'قتيل' },
    { text: 'لم تنج إلا امرأة واحدة', span: 'واحدة', counted: 'امرأة' },
  ])('$text → $span ($counted)', ({ text, span, counted }) => expectCase({ text, span, kind: 'count', lo: 1, counted }))
})

// An indefinite accusative looks like a nominative construct dual ("سدّاً"), an adjective in ي like
// a genitive one ("صاروخي", "مركزي"), and "واحد من" after a verb or a pronoun is "one of".
describe('look-alikes of construct duals and of "واحد" stay no count', () => {
  it.each([
    ['بنت الشركة سدّا ضخما على النهر', 'سدّا'],
    ['أقام الأهالي سدّا من أكياس الرمل', 'سدّا'],
    ['شيّدوا سدّا يحمي القرية', 'سدّا'],
    ['شنّت القوات هجوما صاروخيا على المطار', 'صاروخي'],
    ['تدخّل البنك المركزي لدعم العملة', 'المركزي'],
    ['وهو واحد من أكبر السدود في البلاد', 'واحد'],
    ['قُتل واحد من الحراس', 'واحد'],
  ])('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    expect(extract(text).filter((c) => c.span.start < at + word.length && c.span.end > at).map((c) => c.text)).toEqual([])
  })
})
