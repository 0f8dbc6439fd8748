// npm run corpus -- check [--data <dir>]: validates a corpus directory, one line per source.
import { dataDir, loadCorpusDir, parseArgs, run } from './args'
import { wordCount } from '../core/text/words'

run(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { values: { data: 'dir' } })
  const command = positional[0] ?? 'check'
  if (command !== 'check') throw new Error(`unknown command "${command}" (try: check)`)
  if (positional.length > 1) throw new Error(`unexpected argument "${positional[1]}" (usage: npm run corpus -- check [--data <dir>])`)
  const dir = dataDir(flags)
  const sources = loadCorpusDir(dir)
  for (const s of sources) {
    const when = s.published ?? (s.window ? `${s.window.from}..${s.window.to}` : 'undated')
    console.log([s.id, s.lang, s.kind, when, `${wordCount(s.text)} words`, s.outlet ?? '-', s.via ? `via ${s.via}` : '', s.title].filter(Boolean).join('\t'))
  }
  console.log(`${sources.length} sources OK in ${dir}`)
})
