import { countNoun, NOUNS, someOf, sayAmount, sayQuantity, sayDay, sayDays } from '../quantity'
import type { Claim } from '../model'
import { bothQuoted, oneArticle, type ExplainContext } from './explain'
import type { Conversion, Reason, Revised } from './reason'
import { PLACED_WEAKLY, type WeakWhy } from './weak'
import { speakerAr, speakerPhrase } from './speakerName'

// الجملة العربية لكل سبب: تسمّي الأرقام التي بُني عليها الحكم وتقول على ماذا يقوم.

export function explainAr(r: Reason, x: ExplainContext): string {
  // أرقام المقال الواحد تُميَّز بمن ينقل عنه كلاً منها ("AFP، نقلاً عن الرئاسة").
  const quoting = oneArticle(r, x)
  // المتحدث باسمه العربي؛ ومن لا يُكتب اسمه بالعربية يُذكر متحدثاً، ويُميَّز الثاني منهم بـ"آخر" (speakerName.ts).
  const unnamed: string[] = []
  const speaker = (who: string) => {
    const ar = speakerAr(who)
    if (ar) return ar
    const k = speakerPhrase(who)
    if (!unnamed.includes(k)) unnamed.push(k)
    return unnamed.indexOf(k) === 0 ? 'أحد المتحدثين' : 'متحدث آخر'
  }
  const say = (id: string) => { const c = x.claim(id); return `${x.source(c, 'ar')}${quoting && c.attribution?.who ? `، نقلاً عن ${speaker(c.attribution.who)}` : ''}: ${sayQuantity(c.quantity, 'ar')}${converted(c, r)}${endRead(id, r)}` }
  // مصدر أصلي عدّل رقمه بنفسه، يُذكر بعد الخلاف الذي هو طرف فيه (ownRevision.ts).
  const revised = (r.code === 'no-overlap' || r.code === 'fell') && r.revised ? ` ${revisionAr(r.revised, x)}` : ''
  const aside = x.setAside.length ? ` ${someOf(x.setAside.map((c) => part(c, x)), NOUNS.figure, 'ar', { mid: true })} ${x.setAside.length > 1 ? 'تخص أجزاء فقط ولا تُقارن' : 'يخص جزءاً فقط ولا يُقارن'}.` : ''
  switch (r.code) {
    case 'none': return 'لا يذكر أي مصدر هذا الرقم بعد.'
    case 'parts-only': return `كل الأرقام تخص جزءاً فقط: ${someOf(r.parts.map((id) => part(x.claim(id), x)), NOUNS.figure, 'ar')}؛ لا يذكر أي منها الكل.`
    case 'one-origin': {
      const c = x.claim(r.figures[0])
      const named = c.attribution?.who ? speakerAr(c.attribution.who) : null
      const who = named ? ` (كلها عن ${named})` : ''
      const lead = r.outlets.length > 1 ? `تنقله ${countNoun(r.outlets.length, NOUNS.outlet, 'ar')}${who}، لكنها ترجع إلى مصدر أصلي واحد` : `وحده ${x.source(c, 'ar')} يذكره: ${someOf(uniq(r.figures.map((id) => sayQuantity(x.claim(id).quantity, 'ar'))), NOUNS.figure, 'ar')}`
      const self = r.selfConflict ? ` وأرقامه نفسها لا تتفق: ${sayQuantity(x.claim(r.selfConflict[0]).quantity, 'ar')} مقابل ${sayQuantity(x.claim(r.selfConflict[1]).quantity, 'ar')}.` : ''
      return `${lead}؛ ولا يؤكده مصدر مستقل.${self}${aside}`
    }
    case 'duration-vs-range': {
      const d = x.claim(r.duration)
      const g = x.claim(r.range)
      return `${x.source(d, 'ar')} يذكر مدة ${sayQuantity(d.quantity, 'ar')}، لكن ${x.source(g, 'ar')} يذكر ${sayQuantity(g.quantity, 'ar')}، أي ${countNoun(r.rangeDays, NOUNS.day, 'ar')}: لا يمكن أن يصح الأمران.`
    }
    case 'ranges-differ': {
      const which = r.ends === 'both' ? 'في البداية والنهاية معاً' : r.ends === 'start' ? 'في تاريخ البداية' : 'في تاريخ النهاية'
      return `${say(r.a)}، بينما ${say(r.b)}: فترتان كاملتان للحدث نفسه تختلفان ${which}.${aside}`
    }
    case 'no-overlap': {
      const self = r.sameSource ? (bothQuoted(r.a, r.b, x) ? ' (متحدثان في المقال نفسه)' : ' (كلاهما في المقال نفسه)') : ''
      // The origin in the report's own words: the body's key is English, never shown in Arabic.
      const who = x.claim(r.a).attribution?.who
      const named = who ? speakerAr(who) : null
      if (r.relayed !== undefined) return `${say(r.a)}، بينما ${say(r.b)}: روايتان لتصريح ${named ?? 'مصدر واحد'} لا يمكن أن تصحا معاً.${revised}${aside}`
      if (r.standing) return `${say(r.a)} في ${sayDay(r.standing[0], 'day', 'ar')}، بينما ${say(r.b)} في ${sayDay(r.standing[1], 'day', 'ar')}${self}: هذا الرقم لا يتغير مع الوقت، فالأحدث ليس تحديثاً للأقدم، ولا يمكن أن يصح الرقمان معاً.${revised}${aside}`
      if (r.moment) return `${say(r.a)}، بينما ${say(r.b)}${self}: كلاهما يصف ${'day' in r.moment ? sayDay(r.moment.day, 'day', 'ar') : 'المناسبة نفسها'}، ولا يمكن أن يصح الرقمان معاً.${revised}${aside}`
      return `${say(r.a)}، بينما ${say(r.b)}${self}: لا يمكن أن يصح الرقمان للوقت نفسه.${revised}${aside}`
    }
    case 'fell': return `${say(r.later)} في ${sayDay(r.to, 'day', 'ar')} حلّ محلّ ${say(r.earlier)} في ${sayDay(r.from, 'day', 'ar')}، لكن العدد التراكمي لا يمكن أن ينخفض: لا يمكن أن يصح الرقمان.${revised}${aside}`
    case 'incomparable': return `${say(r.a)} و${say(r.b)} بوحدتين لا يمكن التحويل بينهما، فينبغي أن يقارن بينهما محرر.`
    case 'ambiguous-unit': return `${say(r.a)} و${say(r.b)} لا يمكن المقارنة بينهما بعد: قد تكون الأميال برية أو بحرية، فينبغي أن يحدد محرر المقصود منها.`
    case 'forecast': return `${say(r.forecast)} توقّع، أما ${say(r.outcome)} فمعطًى مؤكد: لا ينقض أحدهما الآخر، فينبغي أن يضعهما محرر جنباً إلى جنب.${aside}`
    case 'loose-week': return `${say(r.week)} و${say(r.other)} لا يتداخلان، لكن الأسبوع الذي يُحسب من يوم النشر يبدأ في بعض البلدان بيوم آخر، أو يُقصد به الأيام السبعة الأخيرة: قد يكون الفرق في الصياغة، فينبغي أن يراجعهما محرر.`
    case 'scheduled': return `${say(r.planned)}، وهو موعد أُعلن في ${sayDay(r.written, 'day', 'ar')} قبل حلوله، بينما ${say(r.held)}، وقد رُوي بعد وقوع الحدث: ربما تغيّر الموعد أو أخطأ أحد التقريرين، فينبغي أن يراجعهما محرر.${aside}`
    case 'recurring': return `${say(r.a)} و${say(r.b)} لا يتداخلان؛ قد يتعلقان بحدثين مختلفين، فينبغي أن يراجعهما محرر قبل المقارنة.`
    case 'series': {
      const pts = r.points.map((p) => `${sayQuantity(x.claim(p.claim).quantity, 'ar')} في ${sayDays(p.from, p.to, 'ar')} (${x.source(x.claim(p.claim), 'ar')})`)
      return `الرقم يتغير مع الوقت ولا خلاف عليه: ${someOf(pts, NOUNS.figure, 'ar')}.${aside}`
    }
    case 'bound': return `الرقمان متوافقان: ${say(r.bound)} يعطي حداً فقط، و${say(r.value)} ${r.atEdge ? 'هو هذا الحد نفسه' : 'يقع ضمنه'}.${aside}`
    case 'within': return `المصادر متفقة وأحدها أدق: ${say(r.fine)} يقع ضمن ${say(r.coarse)}.${aside}`
    case 'since': {
      const d = x.claim(r.since)
      // The verb before its subject keeps the number's noun in the nominative ("مضى عليه أسبوعان").
      return `المصادر متفقة: ${say(r.day)}؛ و${x.source(d, 'ar')} يذكر في ${sayDay(r.written, 'day', 'ar')} أنه مضى عليه ${sayQuantity(d.quantity, 'ar')}، وهذا يوافق ذلك اليوم.${aside}`
    }
    case 'since-apart': {
      const d = x.claim(r.since)
      // (As in 'since': the verb before its subject keeps the number's noun in the nominative.)
      return `${say(r.day)}، لكن ${x.source(d, 'ar')} يذكر في ${sayDay(r.written, 'day', 'ar')} أنه مضى عليه ${sayQuantity(d.quantity, 'ar')}، وهذا يشير إلى وقت آخر: لا يمكن أن يصح الأمران.${aside}`
    }
    case 'same': return `${someOf(uniq(r.figures.map(say)), NOUNS.figure, 'ar')}: ${countNoun(r.origins, NOUNS.agreeingOrigin, 'ar')}${x.outlets > r.origins ? ` (${countNoun(x.outlets, NOUNS.outlet, 'ar')})` : ''}.${aside}`
  }
}

const uniq = (xs: string[]) => [...new Set(xs)]

// "وقد أعطى الهلال الأحمر نفسه 40 في 3 مايو ثم 52 في 5 مايو: أي أنه عدّل رقمه بنفسه."
function revisionAr(v: Revised, x: ExplainContext): string {
  const a = x.claim(v.from)
  const b = x.claim(v.to)
  const credited = a.attribution?.who ?? b.attribution?.who
  // (A speaker with no Arabic name is not copied in Latin letters: speakerName.ts.)
  const named = credited ? speakerAr(credited) : null
  // (Worded through "الجهة", feminine, so the verb agrees whatever the body's own name: وزارة, مكتب.)
  const who = named ? `الجهة نفسها (${named})` : 'إحدى الجهات'
  return `وقد أعطت ${who} ${sayQuantity(a.quantity, 'ar')} في ${sayDay(v.days[0], 'day', 'ar')} ثم ${sayQuantity(b.quantity, 'ar')} في ${sayDay(v.days[1], 'day', 'ar')}: أي أنها عدّلت رقمها بنفسها.`
}

// الجزء الذي يخصه الرقم: الرقم الأكبر الذي يذكره تقريره جزءاً منه ("20 مليون يورو (من أصل أكثر من 200 مليون يورو)").
function part(c: Claim, x: ExplainContext): string {
  const whole = x.wholeOf?.(c.id)
  return whole ? `${sayQuantity(c.quantity, 'ar')} (من أصل ${sayQuantity(whole.quantity, 'ar')})` : sayQuantity(c.quantity, 'ar')
}

// "من 18 يونيو إلى 1 يوليو 2024، أي بدءاً من 18 يونيو 2024،": فترة تُقرأ عند الطرف الذي يتعلق به الموضوع.
function endRead(id: string, r: Reason): string {
  const at = 'readAt' in r ? r.readAt : undefined
  const day = at?.days[id]
  return at && day ? `، ${at.end === 'start' ? 'أي بدءاً من' : 'أي حتى'} ${sayDay(day, 'day', 'ar')}،` : ''
}

// "50 مليون يورو (نحو 54 مليون دولار بسعر صرف ذلك الشهر)".
function converted(c: Claim, r: Reason): string {
  const conv: Conversion[] = 'conversions' in r ? r.conversions : []
  const k = conv.find((x) => x.claim === c.id)
  return k ? ` (نحو ${sayAmount(k.amount, k.to, 'ar')} بسعر صرف ${sayDay(`${k.month}-01`, 'month', 'ar')})` : ''
}

// ما لم يجده التوزيع بجوار الرقم المستبعد لضعف الدليل على موضعه (weak.ts).
const WEAK_AR: Record<WeakWhy, string> = {
  'measure-in-sentence': 'لا يُذكر ما يعدّه إلا في موضع آخر من جملته',
  'entity-in-article': 'لا يُذكر ما يتعلق به الموضوع إلا في موضع آخر من مقاله',
  restated: 'لم يوضع هنا إلا لأن تقريراً آخر يذكر القيمة نفسها',
  'vague-alone': 'عدد مبهم لا يذكره إلا تقرير واحد، بجوار أرقام تذكرها تقارير عدة',
  outlier: 'يبعد أكثر من عشرة أضعاف عن الأرقام التي يقوم عليها الموضوع، فالأرجح أنه رقم لشيء آخر',
  'outlier-date': 'يبعد سنوات عن التواريخ التي يقوم عليها الموضوع، فالأرجح أنه تاريخ لشيء آخر',
  'earlier-count': 'حصيلة سابقة يذكّر بها تقريره إلى جانب الرقم الأعلى الذي يذكره الآن',
}

/** الجملة التي تسمّي الأرقام المستبعدة لضعف الدليل على موضعها؛ فارغة إن لم يكن منها شيء. */
export function weakAr(x: ExplainContext): string {
  const weak = x.weak ?? []
  if (!weak.length) return ''
  // ما استُبعد لسبب واحد يُذكر معاً، ويُذكر السبب مرة واحدة.
  const items = [...new Set(weak.map((w) => w.why))].map((why) => `${someOf(uniq(weak.filter((w) => w.why === why).map((w) => { const c = x.claim(w.claim); return `${x.source(c, 'ar')}: ${sayQuantity(c.quantity, 'ar')}` })), NOUNS.figure, 'ar')} (${WEAK_AR[why]})`)
  // The verb stays singular before the list, as Arabic places it before its subject.
  const placed = weak.every((w) => PLACED_WEAKLY.has(w.why)) ? ' ما وُضع هنا على دليل ضعيف' : ''
  return ` واستُبعد من الحكم${placed}: ${items.join('؛ ')}.`
}
