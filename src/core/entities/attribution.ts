import type { Attribution, Span } from '../model'
import { foldKey } from '../text/normalize'

// Who the text says stated a figure: the nearest cue phrase before the figure in its sentence,
// and the words after the cue that name the speaker, up to a word that starts what was said.

const CUES = ['وفقا ل', 'وفقا لـ', 'وفقًا ل', 'طبقا ل', 'بحسب', 'حسب', 'نقلا عن', 'نقلت', 'قال', 'قالت', 'أفاد', 'أفادت', 'أكد', 'أكدت', 'ذكر', 'ذكرت', 'أعلن', 'أعلنت', 'تشير', 'يشير', 'أشارت', 'أشار', 'أظهرت', 'أظهر', 'يقول', 'تقول', 'أوردت', 'أوضحت', 'كشفت', 'كشف', 'رجحت', 'قدرت', 'يقدر', 'تقدر', 'تضيف', 'وتضيف', 'يعتقد', 'تعتقد']
const STOP = new Set(['الي', 'ان', 'بان', 'انه', 'انها', 'انهما', 'انهم', 'مزاعم', 'مع', 'من', 'فان', 'فانه', 'ما', 'على', 'في', 'عن', 'حول', 'بشان', 'لم', 'لا', 'كما', 'حيث', 'التي', 'الذي'].map(foldKey))
const MAX_WORDS = 8

// Cues by their first word, each split once.
const CUE_BY_FIRST = new Map<string, { key: string; parts: string[] }[]>()
for (const c of CUES) {
  const key = foldKey(c).replace(/\s+/g, ' ')
  const parts = key.split(' ')
  for (const first of [parts[0], 'و' + parts[0]]) CUE_BY_FIRST.set(first, [...(CUE_BY_FIRST.get(first) ?? []), { key, parts }])
}

interface Word { w: string; start: number; end: number }

function wordsOf(text: string, span: Span): Word[] {
  const out: Word[] = []
  const re = /[\p{L}\p{N}\p{M}ـ]+|[،,؛;:."“”«»()]/gu
  re.lastIndex = span.start
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) out.push({ w: foldKey(m[0]), start: m.index, end: m.index + m[0].length })
  return out
}

/** The attribution of each figure (by its start) in one sentence; the sentence is read once. */
export function attributeAll(text: string, sentence: Span, starts: number[]): (Attribution | null)[] {
  const words = wordsOf(text, sentence)
  return starts.map((at) => attributeIn(text, words, at))
}

/** The attribution of a figure at `at` inside `sentence`, or null when the sentence names nobody. */
export function attribute(text: string, sentence: Span, at: number): Attribution | null {
  return attributeIn(text, wordsOf(text, sentence), at)
}

function attributeIn(text: string, words: Word[], at: number): Attribution | null {
  let best: Attribution | null = null
  for (let i = 0; i < words.length && words[i].start < at; i++) {
    const cue = cueAt(words, i)
    if (!cue) continue
    let j = i + cue.n
    const who: Word[] = []
    while (j < words.length && who.length < MAX_WORDS) {
      const w = words[j]
      if (w.start >= at || /^[،,؛;:.()]$/.test(w.w) || STOP.has(w.w)) {
        // "عن مصادر محلية" belongs to the speaker: "هيومن رايتس ووتش عن مصادر محلية".
        if (w.w === 'عن' && who.length && words[j + 1]?.w.startsWith('مصادر')) { who.push(w); j++; continue }
        break
      }
      // An object with a pronoun ("انسحابها") starts what was said, not who said it.
      if (who.length >= 2 && /(ها|هم|هما)$/.test(w.w)) break
      if (!/^["“”«»]$/.test(w.w)) who.push(w)
      j++
    }
    if (who.length === 0) continue
    const label = text.slice(who[0].start, who[who.length - 1].end).replace(/["“”«»]/g, '').replace(/\s+/g, ' ')
    best = { who: stripPrefix(label, cue.key), cue: text.slice(words[i].start, words[i + cue.n - 1].end), span: { start: words[i].start, end: who[who.length - 1].end } }
  }
  return best
}

function cueAt(words: Word[], i: number): { n: number; key: string } | null {
  for (const { key, parts } of CUE_BY_FIRST.get(words[i].w) ?? []) {
    let ok = true
    for (let k = 1; k < parts.length && ok; k++) {
      const w = words[i + k]?.w ?? ''
      const want = parts[k]
      // The last part of "وفقا ل" is a prefix glued to the next word ("لتقديرات").
      ok = k === parts.length - 1 && want.length === 1 ? w.startsWith(want) : w === want
    }
    if (ok) return { n: parts.length > 1 && parts[parts.length - 1].length === 1 ? parts.length - 1 : parts.length, key }
  }
  return null
}

// "وفقاً لتقديرات" leaves "لتقديرات": the ل belongs to the cue.
function stripPrefix(label: string, key: string): string {
  const l = label.replace(/^ـ\s*/, '').replace(/^لـ\s*/, '')
  return key.endsWith(' ل') && /^ل[^ـ]/.test(l) ? l.slice(1) : l
}
