import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Quantity } from '../../core/model'
import { countNoun, NOUNS, sayQuantity, showQuantity, uiLang, type NounKey } from '../../core/quantity'
import { sourceName, sourceWord, type SourceMeta } from '../../core/corpus/words'


/** The core's one way of saying quantities, counts and source names, in the UI language. */
export function useSay() {
  const { locale } = useI18n()
  const lang = computed(() => uiLang(locale.value))
  return {
    lang,
    /** A quantity, compact: "≈ 1,000", "US$50m", "11–24 نوفمبر 2025". */
    show: (q: Quantity) => showQuantity(q, lang.value),
    /** A quantity in words, for sentences. */
    say: (q: Quantity) => sayQuantity(q, lang.value),
    /** A number with its noun, agreeing: "3 مصادر", "مصدران", "1 source". */
    count: (n: number, noun: NounKey) => countNoun(n, NOUNS[noun], lang.value),
    /** A source's outlet (in the UI language when the corpus gives it), else "Source 003". */
    name: (s: (SourceMeta & { id: string }) | undefined, id = s?.id ?? '') => sourceName(s ?? { id, outlet: null }, lang.value),
    /** A source's title, via line or date reasoning in the UI language, with the language it is in. */
    word: (s: SourceMeta, field: 'title' | 'outlet' | 'via' | 'how') => sourceWord(s, field, lang.value),
  }
}
