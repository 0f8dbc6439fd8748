import 'fake-indexeddb/auto' // before Dexie: liveQuery only runs where a global indexedDB exists
import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { ClaimCompareDb } from '../../src/ui/db/schema'
import { useWorkspaceStore } from '../../src/ui/stores/workspace'
import { useAnalysisStore } from '../../src/ui/stores/analysis'
import { makeAnalysisClient } from '../../src/ui/workers/client'

// A dropped file's draft: its title is its first line, its publication day the one its dateline states.
const LIBRARY_AR = 'المكتبة البلدية تفتح أبوابها بعد الترميم\nالجمعة ١١ أغسطس ٢٠٢٣\nأعادت البلدية فتح المكتبة المركزية أمام القراء بعد أشغال دامت ستة أشهر، وقالت إن عدد الكتب بلغ ٤٠ ألف كتاب.'
const BRIDGE_EN = 'River bridge reopens to traffic\nThe council said on 2 May 2024 that the bridge, closed since the floods, would carry buses again within a week.'
const FUTURE_FR = 'Le pont rouvre à la circulation\nPublié le 12/08/2099 à 14h05\nLe conseil a annoncé que le pont, fermé depuis les crues, rouvrirait aux bus dans une semaine.'

let n = 0
function setup() {
  setActivePinia(createPinia())
  const db = new ClaimCompareDb(`prefill${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange })
  const client = makeAnalysisClient(false, { db: () => db })
  void useAnalysisStore().start(client)
  const workspace = useWorkspaceStore()
  workspace.start(db, { worker: client })
  return workspace
}

describe('a dropped text file becomes a draft', () => {
  it('titled by its first line, dated by its dateline, and marked as read from the text', async () => {
    const workspace = setup()
    const key = await workspace.addText(LIBRARY_AR, { fileName: 'ar_library_01.txt' })
    const draft = workspace.drafts.find((d) => d.key === key)!
    expect(draft.status).toBe('ready')
    expect(draft.form).toMatchObject({ title: 'المكتبة البلدية تفتح أبوابها بعد الترميم', published: '2023-08-11', lang: 'ar' })
    expect(draft.publishedFrom).toMatchObject({ day: '2023-08-11', text: 'الجمعة ١١ أغسطس ٢٠٢٣' })
  })

  it('keeps the day editable: a day the user picks is no longer marked as read', async () => {
    const workspace = setup()
    const key = await workspace.addText(LIBRARY_AR, { fileName: 'ar_library_01.txt' })
    workspace.setForm(key, { outlet: 'Town Gazette' })
    expect(workspace.drafts[0].publishedFrom?.day).toBe('2023-08-11')
    workspace.setForm(key, { published: '2023-08-12' })
    expect(workspace.drafts[0]).toMatchObject({ form: { published: '2023-08-12' }, publishedFrom: null })
  })

  it('leaves the day empty when only the body mentions one, or the dateline is in the future', async () => {
    const workspace = setup()
    const bridge = await workspace.addText(BRIDGE_EN, { fileName: 'en_bridge.txt' })
    const future = await workspace.addText(FUTURE_FR, { fileName: 'fr_pont.txt' })
    for (const key of [bridge, future]) {
      const d = workspace.drafts.find((x) => x.key === key)!
      expect(d.status).toBe('ready')
      expect(d.form.published).toBe('')
      expect(d.publishedFrom).toBeNull()
    }
    expect(workspace.drafts.find((x) => x.key === bridge)!.form.title).toBe('River bridge reopens to traffic')
  })

  it('falls back to the file name when no line of the text has a word', async () => {
    const workspace = setup()
    const key = await workspace.addText('1200 1300 1400 1500\n1600 1700 1800 1900 2000 2100', { fileName: 'figures_2024-table.txt' })
    expect(workspace.drafts.find((d) => d.key === key)!.form.title).toBe('figures 2024 table')
  })
})
