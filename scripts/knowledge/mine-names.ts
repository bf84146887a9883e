/**
 * npx tsx scripts/knowledge/mine-names.ts [--corpus DIR] [--min N] [--top N] [--what persons|organizations|names|all]
 *
 * Mines candidate actor names the knowledge base does not know from the real corpora
 * (../shared/corpus: ant-2018.jsonl.gz, 30,005 Arabic articles; en-allsides.jsonl.gz, 5,677 English
 * ones), ranked by the number of articles that name them, as a TSV to curate by hand into
 * knowledge/people.ts and knowledge/organizations.ts (docs/knowledge.md):
 * - persons: the people the extractor itself introduces from the text by an office or rank
 *   (their ids are not in the gazetteer), with the office the text gives them;
 * - organizations: word sequences that start with a word naming a body («حركة», «جماعة», «تنظيم»…;
 *   "Movement", "Front", "Party"… inside a capitalised English name) and that no actor the extractor
 *   resolves covers;
 * - names (Arabic): a common given name and the word after it («فيكتور أوربان»), where no actor the
 *   extractor resolves covers them: people the news names without an office.
 * Columns: kind, lang, articles, mentions, name, office (persons), example article id.
 * Nothing here is fitted to an article: the counts are over every article of the corpora.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Words that start the name of a body in Arabic news, without proclitics. */
export const AR_ORG_HEADS = [
  'حركة',
  'جماعة',
  'تنظيم',
  'منظمة',
  'جبهة',
  'حزب',
  'هيئة',
  'وكالة',
  'مجلس',
  'قوات',
  'ميليشيا',
  'مليشيا',
  'ميليشيات',
  'مليشيات',
  'لواء',
  'كتائب',
  'جيش',
  'الحركة',
  'الجماعة',
  'المنظمة',
  'الجبهة',
  'الحزب',
  'الهيئة',
  'الوكالة',
  'المجلس',
  'القوات',
];
/** Words that name a body inside a capitalised English name ("Syrian Democratic Forces", "Army of Islam"). */
export const EN_ORG_HEADS = [
  'Movement',
  'Group',
  'Organization',
  'Organisation',
  'Front',
  'Party',
  'Authority',
  'Agency',
  'Council',
  'Forces',
  'Force',
  'Militia',
  'Brigade',
  'Brigades',
  'Army',
  'Committee',
  'Commission',
  'Court',
  'Ministry',
  'Department',
  'Service',
  'Corps',
  'Guard',
  'Union',
  'League',
];
/** Words a name does not end on: Arabic particles and relatives, English function words. */
const AR_NOT_LAST = new Set([
  'في',
  'من',
  'على',
  'إلى',
  'الى',
  'عن',
  'مع',
  'التي',
  'الذي',
  'الذين',
  'و',
  'أو',
  'بين',
  'ضد',
  'بن',
  'أبو',
  'أبي',
  'عبد',
  'آل',
  'ذات',
  'لا',
  'قد',
  'أن',
  'إن',
]);
/** Arabic words that end a name: verbs and particles a name never holds. */
const AR_BREAK = new Set([
  'التي',
  'الذي',
  'الذين',
  'اللذين',
  'أن',
  'إن',
  'قد',
  'لم',
  'لن',
  'كما',
  'حيث',
  'بعد',
  'قبل',
  'منذ',
  'خلال',
  'عبر',
  'أمس',
  'اليوم',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'وهو',
  'وهي',
  'هو',
  'هي',
  'إلا',
]);
const EN_LINKS = new Set(['of', 'for', 'the', 'and', 'al', 'el', 'in', 'on']);
const AR_PROCLITICS = /^(?:و|ف)?(?:ب|ل|ك)?(?=[\u0621-\u064a]{3})/;
const MAX_WORDS = 5;

/** A word of a text with its span; `gap` is what separates it from the word before. */
export interface Word {
  text: string;
  start: number;
  end: number;
  gap: string;
}

/** The words of a text, Arabic or Latin, with the text between them. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\u0621-\u064a]+|[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*/g)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, gap: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}

/** A word without its proclitics (وحركة → حركة, لقوات → قوات, بالجيش → الجيش) when what is left is a head. */
export function arabicHead(word: string): string | undefined {
  if (AR_ORG_HEADS.includes(word)) return word;
  const clitic = AR_PROCLITICS.exec(word)?.[0] ?? '';
  let bare = word.slice(clitic.length);
  // ل before ال drops its alif: «للجيش» is ل + الجيش («لوكالة» is ل + وكالة).
  if (clitic.endsWith('ل') && bare.startsWith('ل') && !bare.startsWith('ال')) bare = `ا${bare}`;
  return AR_ORG_HEADS.includes(bare) ? bare : undefined;
}

/** A candidate name: where it stands in the text and its words. */
export interface Candidate {
  name: string;
  start: number;
  end: number;
}

const breaks = (gap: string) => /[^\s\u0640]/.test(gap);

/**
 * Arabic candidates: each head word with the two to five words that follow it, up to a punctuation
 * mark or a word that ends a name; a clitic on the head is dropped from the name.
 */
export function arabicCandidates(text: string): Candidate[] {
  const ws = words(text);
  const out: Candidate[] = [];
  for (let i = 0; i < ws.length; i++) {
    const head = arabicHead(ws[i]!.text);
    if (!head) continue;
    const start = ws[i]!.end - head.length;
    const parts = [head];
    for (let j = i + 1; j < ws.length && parts.length < MAX_WORDS; j++) {
      const w = ws[j]!;
      if (breaks(w.gap) || AR_BREAK.has(w.text) || !/[\u0621-\u064a]/.test(w.text)) break;
      parts.push(w.text);
      if (!AR_NOT_LAST.has(w.text)) out.push({ name: parts.join(' '), start, end: w.end });
    }
  }
  return out;
}

const capitalised = (w: string) => /^[A-Z\u00c0-\u00de]/.test(w);

/**
 * English candidates: each run of capitalised words (joined by of, for, the, and, al-) that holds a
 * head word, without the sentence-initial "The".
 */
export function englishCandidates(text: string): Candidate[] {
  const ws = words(text);
  const out: Candidate[] = [];
  let i = 0;
  while (i < ws.length) {
    if (!capitalised(ws[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < ws.length && !breaks(ws[j]!.gap) && (capitalised(ws[j]!.text) || (EN_LINKS.has(ws[j]!.text) && ws[j + 1] && capitalised(ws[j + 1]!.text)))) j++;
    let run = ws.slice(i, j);
    if (run[0]!.text === 'The') run = run.slice(1);
    if (run.length >= 2 && run.length <= 7 && run.some((w) => EN_ORG_HEADS.includes(w.text)) && !EN_LINKS.has(run.at(-1)!.text))
      out.push({ name: run.map((w) => w.text).join(' '), start: run[0]!.start, end: run.at(-1)!.end });
    i = j;
  }
  return out;
}

/** Counts of one candidate name: articles that name it, times named, an article to look at. */
export interface Tally {
  articles: number;
  mentions: number;
  example: string;
  note?: string;
}

/** Adds one article's candidate names to the tallies (each article counted once per name). */
export function tallyArticle(tallies: Map<string, Tally>, names: { name: string; note?: string }[], article: string): void {
  const seen = new Set<string>();
  for (const { name, note } of names) {
    const tally = tallies.get(name) ?? { articles: 0, mentions: 0, example: article };
    if (!tallies.has(name)) tallies.set(name, tally);
    tally.mentions++;
    if (note && !tally.note) tally.note = note;
    if (!seen.has(name)) {
      seen.add(name);
      tally.articles++;
    }
  }
}

/**
 * Drops names that are only a truncation of a longer one (most of their articles name the longer one
 * too: «قوات سوريا» under «قوات سوريا الديمقراطية») and ranks the rest by articles, then mentions.
 */
export function rank(tallies: Map<string, Tally>, min: number): [string, Tally][] {
  const kept = [...tallies].filter(([, t]) => t.articles >= min);
  const names = new Set(kept.map(([n]) => n));
  const longer = new Map<string, number>();
  for (const [name, t] of kept) {
    const parts = name.split(' ');
    for (let k = 2; k < parts.length; k++) {
      const prefix = parts.slice(0, k).join(' ');
      if (names.has(prefix)) longer.set(prefix, Math.max(longer.get(prefix) ?? 0, t.articles));
    }
  }
  return kept.filter(([name, t]) => (longer.get(name) ?? 0) < 0.8 * t.articles).sort(([a, x], [b, y]) => y.articles - x.articles || y.mentions - x.mentions || a.localeCompare(b));
}

/** One TSV line; tabs and newlines in a field become spaces. */
export const tsvLine = (fields: (string | number)[]) => fields.map((f) => String(f).replace(/[\t\n]+/g, ' ')).join('\t');

/** Given names that open most full names in Arabic news, Arabic and foreign, without proclitics. */
export const AR_GIVEN_NAMES = (
  'محمد أحمد علي حسن حسين خالد عبدالله سعد سعيد صالح عمر عمرو يوسف إبراهيم مصطفى محمود فيصل سلطان ناصر طارق وليد هشام ' +
  'عادل جمال كمال سامي سمير نبيل فؤاد رياض زياد ماجد حمد تميم منصور عثمان مهدي جواد رضا قاسم إسماعيل يحيى جون جيمس مايك ' +
  'مايكل ديفيد روبرت ريتشارد ستيفن ستيف بيتر بول جورج توماس توم مارك كريس تشارلز وليام ويليام إيمانويل جان فرانسوا ميشيل ' +
  'ميشال بيير ألكسندر سيرغي فلاديمير دميتري أندريه يوري إيغور نيكولاي أنطونيو ماريو لويس خوان كارلوس بيدرو ماريا سارة ' +
  'إليزابيث جيريمي أنجيلا تيريزا فيكتور'
).split(' ');
const GIVEN = new Set(AR_GIVEN_NAMES);

/** Arabic candidates of a person named without an office: a given name (proclitics dropped) and the word after it. */
export function givenNameCandidates(text: string): Candidate[] {
  const ws = words(text);
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const word = ws[i]!.text;
    const given = GIVEN.has(word) ? word : word.replace(AR_PROCLITICS, '');
    const next = ws[i + 1]!;
    if (!GIVEN.has(given) || breaks(next.gap) || next.text.length < 3 || AR_BREAK.has(next.text) || !/^[\u0621-\u064a]+$/.test(next.text)) continue;
    out.push({ name: `${given} ${next.text}`, start: ws[i]!.end - given.length, end: next.end });
  }
  return out;
}

const CORPORA = { ar: 'ant-2018.jsonl.gz', en: 'en-allsides.jsonl.gz' } as const;

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: join(root, '..', 'shared', 'corpus') },
      min: { type: 'string', default: '3' },
      top: { type: 'string', default: '300' },
      what: { type: 'string', default: 'all' },
    },
  });
  const missing = Object.values(CORPORA)
    .map((file) => join(values.corpus!, file))
    .filter((path) => !existsSync(path));
  if (missing.length > 0) {
    console.error(`mine-names: corpus not found: ${missing.join(', ')}\n(the corpora live outside the repository, in ../shared/corpus; give --corpus DIR)`);
    process.exit(2);
  }
  const { defaultGazetteer, extractArticle, readArticles } = await import('../../packages/extract/src/index.ts');
  const known = defaultGazetteer().actors;
  const min = Number(values.min);
  const top = Number(values.top);
  const wantPersons = values.what === 'all' || values.what === 'persons';
  const wantOrgs = values.what === 'all' || values.what === 'organizations';
  const wantNames = values.what === 'all' || values.what === 'names';
  console.log(tsvLine(['kind', 'lang', 'articles', 'mentions', 'name', 'office', 'example']));
  for (const [lang, file] of Object.entries(CORPORA) as [keyof typeof CORPORA, string][]) {
    const persons = new Map<string, Tally>();
    const orgs = new Map<string, Tally>();
    const named = new Map<string, Tally>();
    let count = 0;
    for await (const result of readArticles([join(values.corpus!, file)])) {
      if ('error' in result) continue;
      count++;
      const { article } = result;
      const id = article.file.split('#').pop()!;
      const extracted = extractArticle(article);
      if (wantPersons) {
        const offices = new Map(extracted.relations.filter((r) => r.type === 'HOLDS_OFFICE' && r.target).map((r) => [r.source, `${r.title ?? ''} ${r.target}`.trim()]));
        const names = extracted.actors
          .filter((a) => a.kind === 'person' && !known.has(a.id))
          .flatMap((a) => a.mentions.slice(0, 1).map((m) => ({ name: m.text, note: offices.get(a.id) })));
        tallyArticle(persons, names, id);
      }
      // What an extracted mention of a known actor covers is known: only candidates no such mention overlaps stay.
      const covered = extracted.actors.filter((a) => known.has(a.id)).flatMap((a) => a.mentions);
      if (wantNames && lang === 'ar')
        tallyArticle(
          named,
          givenNameCandidates(article.text).filter((c) => !covered.some((m) => m.start < c.end && c.start < m.end)),
          id,
        );
      if (wantOrgs) {
        // Mentions are spans of the text (the title is read apart): candidates are taken from the text.
        const found = (lang === 'ar' ? arabicCandidates(article.text) : englishCandidates(article.text)).filter((c) => {
          const end = Math.min(c.end, c.start + 24);
          return !covered.some((m) => m.start < end && c.start < m.end);
        });
        tallyArticle(orgs, found, id);
      }
    }
    console.error(`mine-names: ${lang}: ${count} articles, ${persons.size} introduced persons, ${orgs.size} organisation candidates, ${named.size} name candidates`);
    for (const [name, t] of rank(persons, min).slice(0, top)) console.log(tsvLine(['person', lang, t.articles, t.mentions, name, t.note ?? '', t.example]));
    for (const [name, t] of rank(orgs, min).slice(0, top)) console.log(tsvLine(['organization', lang, t.articles, t.mentions, name, '', t.example]));
    for (const [name, t] of rank(named, min).slice(0, top)) console.log(tsvLine(['name', lang, t.articles, t.mentions, name, '', t.example]));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
