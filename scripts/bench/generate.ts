/**
 * A synthetic corpus for benchmarks, composed from the gazetteer and sentence templates in both
 * languages, with filler sentences like real news. Deterministic (seeded), streamed to .jsonl.gz.
 *   tsx scripts/bench/generate.ts <count> <out.jsonl.gz>
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { defaultGazetteer } from '@entente/extract';

const TEMPLATES_AR = [
  'فرضت {A} عقوبات جديدة على {B} بسبب برنامجها العسكري.',
  'وتخضع {B} لعقوبات من {A} منذ سنوات.',
  'والتقى وزير الخارجية {A} بنظيره في {B} لبحث العلاقات الثنائية.',
  'ووقعت {A} و{B} اتفاقية دفاع مشترك في العاصمة.',
  'وأرسلت {A} نحو ألف جندي إلى {B} الشهر الماضي.',
  'واتهمت {A} {B} بالتدخل في شؤونها الداخلية.',
  'ونفت {A} هذه الاتهامات جملة وتفصيلا.',
  'و{A} و{B} حليفتان منذ عقود.',
  'وزار رئيس {A} {B} في زيارة رسمية تستمر يومين.',
  'وأعربت {A} عن قلقها إزاء التصعيد في {B}.',
];
const TEMPLATES_EN = [
  '{A} imposed sanctions on {B} on Monday.',
  'Officials from {A} met their counterparts in {B}.',
  '{A} accused {B} of meddling in its affairs.',
  '{A} denied the reports.',
  '{A} sent troops to {B} last month.',
];
const FILLER_AR = [
  'وقال مسؤولون إن المحادثات ستستمر خلال الأسابيع المقبلة.',
  'وارتفعت أسعار النفط في الأسواق العالمية بنسبة طفيفة.',
  'وأشار التقرير إلى أن الوضع الاقتصادي يشهد تحسنا ملحوظا.',
  'ومن المقرر أن يعقد اجتماع آخر في وقت لاحق من الشهر الجاري.',
  'وشهدت العاصمة احتجاجات محدودة للمطالبة بإصلاحات.',
];
const FILLER_EN = ['Talks are expected to continue next week.', 'Oil prices rose slightly on world markets.', 'The report said the economy was improving.'];

/** mulberry32: a small seeded generator, so every run composes the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateCorpus(count: number, out: string): Promise<void> {
  const next = random(2018);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  // States and bodies of the news, not the dependencies CLDR also names.
  const countries = [...defaultGazetteer().actors.values()].filter(
    (a) => a.kind === 'organization' || (a.kind === 'country' && !/Island|Territor|Antarctic|Outlying|SAR|Bonaire|Sint |Saint /.test(a.name_en)),
  );
  const gzip = createGzip();
  const file = createWriteStream(out);
  gzip.pipe(file);
  for (let i = 0; i < count; i++) {
    const english = next() < 0.15;
    const sentences: string[] = [];
    for (let s = 0; s < 12; s++) {
      if (next() < 0.35) {
        const a = pick(countries);
        let b = pick(countries);
        while (b === a) b = pick(countries);
        const template = pick(english ? TEMPLATES_EN : TEMPLATES_AR);
        sentences.push(template.replace('{A}', english ? a.name_en : a.name_ar).replace('{B}', english ? b.name_en : b.name_ar));
      } else sentences.push(pick(english ? FILLER_EN : FILLER_AR));
    }
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const record = { id: `gen-${i}`, title: sentences[0]!.slice(0, 60), date: `2024-${month}-${day}`, lang: english ? 'en' : 'ar', text: sentences.join(' ') };
    if (!gzip.write(`${JSON.stringify(record)}\n`)) await once(gzip, 'drain');
  }
  gzip.end();
  await once(file, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, out] = process.argv.slice(2);
  if (!count || !out) {
    console.error('usage: tsx scripts/bench/generate.ts <count> <out.jsonl.gz>');
    process.exit(2);
  }
  await generateCorpus(Number(count), out);
}
