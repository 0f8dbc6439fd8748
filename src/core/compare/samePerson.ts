import { entityKey, wordKeys } from '../entities/fold'
import { foldKey } from '../text/normalize'

// One person named in two reports, each in its own way: "Oussama Rabie" in one, "رئيس هيئة قناة
// السويس، الفريق أسامة ربيع" in another; "Idriss Abdallah Hassan" and "إدريس عبدالله حسن". The
// speaker phrases differ (a title, a script), so their keys differ, but the name is the same: the
// figures are one person's, one origin, however many outlets quote it.
//
// A name is read in Latin letters as its capitalised words (a common noun, "security sources", is
// no name: two reports' unnamed sources are not one person). The name, of two words at least, must
// appear whole, word after word, in an Arabic speaker phrase: written in Latin letters in both,
// capitalised words may as well name an office ("Hormozgan Province", "South Eastern Railway"),
// which many speakers share.

const LATIN_WORD = /[\p{Script=Latin}'’-]+/gu
const NAME_WORD = /^\p{Lu}/u
// A word that is a name's particle, not a name ("bin", "al-", "de"), stays out of the match.
const PARTICLE = /^(?:al|el|ad|as|at|ash|an|bin|ben|ibn|abu|abou|de|du|la|le|van|von|da|di)$/iu
const MIN_WORDS = 2
const ARABIC = /\p{Script=Arabic}/u

/** The capitalised words of a speaker phrase written in Latin letters, in order, without particles; empty when it holds no name of two words. */
function nameOf(who: string): string[] {
  const words = (who.match(LATIN_WORD) ?? []).flatMap((w) => w.split(/[-'’]/u)).filter((w) => w && !PARTICLE.test(w))
  // The longest run of capitalised words: a name, not the words around it ("the director of Sigma Conseil").
  let best: string[] = []
  let run: string[] = []
  for (const w of words) {
    if (NAME_WORD.test(w)) run.push(w)
    else run = []
    if (run.length > best.length) best = [...run]
  }
  return best.length >= MIN_WORDS ? best : []
}

// Latin ends some Arabic names with an h that Arabic writes with ه or ة, which the skeleton drops
// ("Abdallah" عبدالله): a key read without that last h meets the Arabic one.
const keysOf = (w: string): string[] => { const ks = wordKeys(w); return [...ks, ...ks.filter((k) => k.length > 2 && k.endsWith('h')).map((k) => k.slice(0, -1))] }
const sameWord = (a: string, b: string) => { const kb = keysOf(b); return keysOf(a).some((k) => k.length >= 2 && kb.includes(k)) }

// Two phrases in Latin letters name one person under two titles ("The hospital's director,
// Volodymyr Zhovnir", "director general Volodymyr Zhovnir") when each ends with the same name set
// after its title or a comma: a name after a preposition ("the governor of Hormozgan Province")
// names the office's place, which many speakers share.
const BEFORE_PLACE = /(?:^|\s)(?:of|in|at|for|from|to|on|by|de|du|des|d['’]|la|le|les|à|au|aux|en|pour|par)(?:\s+(?:the|l['’]))?\s*$/iu
function endingName(who: string): string[] | null {
  const words = who.trim().replace(/[\s.,;:)»”"]+$/u, '').split(/\s+/u)
  // The capitalised words that end the phrase (particles among them), read back to the first word that is not one.
  let k = words.length
  while (k > 0 && /^[\p{Script=Latin}'’-]+$/u.test(words[k - 1]) && (NAME_WORD.test(words[k - 1]) || PARTICLE.test(words[k - 1]))) k--
  const name = words.slice(k).flatMap((w) => w.split(/[-'’]/u)).filter((w) => w && !PARTICLE.test(w))
  if (name.length < MIN_WORDS || !name.every((w) => NAME_WORD.test(w))) return null
  return BEFORE_PLACE.test(words.slice(0, k).join(' ')) ? null : name.map((w) => w.toLowerCase())
}

/** Whether two speaker phrases name one person: the name one gives appears whole in the other. */
export function samePerson(a: string, b: string): boolean {
  // (A capitalised title before the name, "President Jane Roe" beside "le président Jane Roe", is
  // read as part of it: the shorter name ends the longer one.)
  if (!ARABIC.test(a) && !ARABIC.test(b)) {
    const x = endingName(a)
    const y = endingName(b)
    if (!x || !y) return false
    const k = Math.min(x.length, y.length)
    return x.slice(-k).join(' ') === y.slice(-k).join(' ')
  }
  for (const [x, y] of [[a, b], [b, a]]) {
    if (ARABIC.test(y) && !ARABIC.test(x) && bareNameIn(x, y)) return true
    const name = ARABIC.test(y) && !ARABIC.test(x) ? nameOf(x) : []
    if (!name.length) continue
    const other = (foldKey(y).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !PARTICLE.test(w))
    for (let i = 0; i + name.length <= other.length; i++) if (name.every((w, k) => sameWord(w, other[i + k]))) return true
  }
  return false
}

// A body or an outlet named by its name alone ("El País", "CaixaBank", "AccuWeather") is one word
// or two in Arabic letters ("إلباييس", "كايشا بنك"): the whole name's skeleton, long enough not to
// be any word's, is that of one Arabic word or of two side by side. (A person's surname alone
// still tells too little: a bare name needs MIN_BARE letters of skeleton, or the shape of a
// body's name, an article or a capital inside the word.)
const MIN_BARE = 5
const bodyShaped = (name: string) => /^(?:el|al|le|la)\s/iu.test(name) || /\p{Ll}\p{Lu}/u.test(name)
function bareNameIn(latin: string, arabic: string): boolean {
  const words = latin.trim().replace(/^the\s+/iu, '').split(/\s+/u)
  if (words.length > 3 || !words.every((w) => /^[\p{Script=Latin}'’-]+$/u.test(w) && (NAME_WORD.test(w) || PARTICLE.test(w)))) return false
  const key = entityKey(words.join(' '))
  if (key.length < (bodyShaped(words.join(' ')) ? MIN_BARE - 1 : MIN_BARE)) return false
  const other = foldKey(arabic).match(/[\p{L}\p{N}]+/gu) ?? []
  return other.some((w, i) => wordKeys(w).includes(key) || (i + 1 < other.length && entityKey(`${w} ${other[i + 1]}`) === key))
}
