// A place name found only in Latin script, written in Arabic letters so that an Arabic screen
// names it without a Latin letter ("Mayotte" مايوت, "Taroudant" تارودانت, "El Fasher" الفاشر).
// A reading aid, not a standard: Arabic newsrooms spell such names by ear, and a name the
// coverage itself spells in Arabic is always preferred to this.

// Letters Latin writes with two or three, longest first; English and French both ("sh", "ch", "ou").
const GROUPS: [string, string][] = [
  ['sch', 'ش'], ['tch', 'تش'], ['sh', 'ش'], ['ch', 'ش'], ['kh', 'خ'], ['gh', 'غ'], ['th', 'ث'], ['dh', 'ذ'], ['ph', 'ف'],
  ['ck', 'ك'], ['qu', 'ك'], ['ou', 'و'], ['oo', 'و'], ['ee', 'ي'], ['ai', 'اي'], ['ay', 'اي'], ['ei', 'ي'], ['au', 'او'],
]
const LETTERS: Record<string, string> = {
  a: 'ا', b: 'ب', d: 'د', f: 'ف', h: 'ه', i: 'ي', j: 'ج', k: 'ك', l: 'ل', m: 'م', n: 'ن', o: 'و', p: 'ب', q: 'ق', r: 'ر',
  s: 'س', t: 'ت', u: 'و', v: 'ف', w: 'و', x: 'كس', y: 'ي', z: 'ز',
}
// A word's first vowel carries a hamza on its alef.
const INITIAL: Record<string, string> = { a: 'أ', e: 'إ', i: 'إ', o: 'أو', u: 'أو' }
const ARTICLE = /^(?:al|el)$/

function word(w: string): string {
  // Accents folded, doubled letters said once ("Mayotte", "Marrakkech").
  const s = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1')
  let out = ''
  for (let i = 0; i < s.length;) {
    const g = GROUPS.find(([l]) => s.startsWith(l, i))
    if (g) { out += g[1]; i += g[0].length; continue }
    const ch = s[i]
    const next = s[i + 1] ?? ''
    if (i === 0 && INITIAL[ch]) out += INITIAL[ch]
    // A soft c and g before e, i, y ("Valencia", "Agadir" keeps its hard g).
    else if (ch === 'c') out += /[eiy]/.test(next) ? 'س' : 'ك'
    else if (ch === 'g') out += /[eiy]/.test(next) ? 'ج' : 'غ'
    // An e inside a word or at its end is seldom written ("Derna", "Mayotte", "Valencia").
    else if (ch === 'e') out += ''
    else out += LETTERS[ch] ?? ''
    i++
  }
  return out
}

/** A Latin-script name in Arabic letters, word by word; "Al"/"El" joins the next word as its article. */
export function transliterate(name: string): string {
  const words = name.split(/[\s-]+/).filter(Boolean)
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    if (ARTICLE.test(words[i].toLowerCase()) && i + 1 < words.length) { out.push(`ال${word(words[++i])}`); continue }
    out.push(word(words[i]))
  }
  return out.join(' ')
}
