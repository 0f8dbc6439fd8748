// npm run corpus -- check [--data <dir>]: validates a corpus directory, one line per source.
import { DEFAULT_DATA, loadCorpusDir, parseArgs, run } from './args'
import { wordCount } from '../core/corpus/load'

run(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2))
  const command = positional[0] ?? 'check'
  if (command !== 'check') throw new Error(`unknown command "${command}" (try: check)`)
  const dir = typeof flags.data === 'string' ? flags.data : DEFAULT_DATA
  const sources = loadCorpusDir(dir)
  for (const s of sources) {
    const when = s.published ?? (s.window ? `${s.window.from}..${s.window.to}` : 'undated')
    console.log([s.id, s.lang, s.kind, when, `${wordCount(s.text)} words`, s.outlet ?? '-', s.via ? `via ${s.via}` : '', s.title].filter(Boolean).join('\t'))
  }
  console.log(`${sources.length} sources OK in ${dir}`)
})
