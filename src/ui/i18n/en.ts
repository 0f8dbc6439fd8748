export default {
  app: { title: 'Claim comparison', tagline: 'Where the coverage disagrees' },
  nav: { overview: 'Overview', sources: 'Sources', language: 'Language', skip: 'Skip to content' },
  sources: {
    heading: 'Sources',
    intro: 'The articles in the workspace. Open one to read it with its figures highlighted.',
    title: 'Title', outlet: 'Outlet', via: 'Via', lang: 'Language', date: 'Date', words: 'Words', kind: 'Kind',
    unknown: 'not named', inferred: 'inferred', undated: 'undated',
  },
  source: { back: 'All sources', notFound: 'No source with id “{id}”.', inferred: 'Date inferred: {how}', text: 'Article text' },
  langs: { ar: 'Arabic', en: 'English', fr: 'French' },
  kinds: { news: 'News report', analysis: 'Analysis', translation: 'Translation' },
}
