import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Quantity } from '../../core/model'
import { countNoun, listOf, NOUNS, QUOTE_MARKS, sayQuantity, showQuantity, uiLang, type NounKey } from '../../core/quantity'
import { sourceName, sourceWord, type Said, type SourceMeta } from '../../core/corpus/words'


/** The core's one way of saying quantities, counts and source names, in the UI language. */
export function useSay() {
  const { locale } = useI18n()
  const lang = computed(() => uiLang(locale.value))
  return {
    lang,
    /** The UI language's opening and closing quotation marks ("…" in English, «…» in Arabic). */
    marks: computed(() => QUOTE_MARKS[lang.value]),
    /** A quantity, compact: "≈ 1,000", "US$50m", "11–24 نوفمبر 2025". */
    show: (q: Quantity) => showQuantity(q, lang.value),
    /** A quantity in words, for sentences. */
    say: (q: Quantity) => sayQuantity(q, lang.value),
    /** Values side by side, joined as the UI language joins them (never a Latin comma in Arabic). */
    values: (items: string[]) => listOf(items, lang.value, 'unit'),
    /** A number with its noun, agreeing: "3 مصادر", "مصدران", "1 source". */
    count: (n: number, noun: NounKey) => countNoun(n, NOUNS[noun], lang.value),
    /**
     * How many articles state a topic's figures and how many independent sources they come to:
     * "2 independent sources", or "3 articles, 2 independent sources" when relays or copies fold.
     */
    sources: (articles: number, independent: number) => {
      const sources = countNoun(independent, NOUNS.independentSource, lang.value)
      return articles === independent ? sources : `${countNoun(articles, NOUNS.article, lang.value)}${lang.value === 'ar' ? '، ' : ', '}${sources}`
    },
    /** A source's outlet (in the UI language when the corpus gives it), else "Source 003". */
    name: (s: (SourceMeta & { id: string }) | undefined, id = s?.id ?? '') => sourceName(s ?? { id, outlet: null }, lang.value),
    /** A source's title, outlet, via line or date reasoning: its text in the UI language when the corpus gives it. */
    word: (s: SourceMeta, field: 'title' | 'outlet' | 'via' | 'how') => sourceWord(s, field, lang.value)?.text ?? '',
    /** lang and dir for that text: its own language when it is shown untranslated, else the page's. */
    langOf: (s: SourceMeta, field: 'title' | 'outlet' | 'via' | 'how') => langAttrs(sourceWord(s, field, lang.value)),
  }
}

/** The attributes that mark a text's language and direction (dir="auto" when its language is not known). */
export function langAttrs(said: Said | null): { lang?: string; dir: 'rtl' | 'ltr' | 'auto' } {
  if (!said?.lang) return { dir: 'auto' }
  return { lang: said.lang, dir: said.lang === 'ar' ? 'rtl' : 'ltr' }
}
