/**
 * Relation rules as data: trigger lexicons and the token patterns that find each relation's
 * arguments. The engine (relations.ts) knows nothing of any relation type.
 *
 * Pattern language, one element per space-separated word:
 *   S / T          the source / target slot: one actor, or several coordinated by و/and/،
 *   N              a target written as a nationality adjective (قاربا فرنسيا: France)
 *   n              a nationality adjective the phrase passes through, naming no one («حليفها اللبناني حزب الله»)
 *   T<             the target is the actor named just before the match («مواطنيها»: its citizens)
 *   S<<            the source is the person the discourse is about (an unsaid subject)
 *   :name          a word of lexicon `name` (proclitics allowed)
 *   word           that literal word (normalised; proclitics allowed)
 *   …              up to five words that are not actors (an actor in a phrase of its own excepted)
 *   ……             up to twelve words, actors included
 *   -ing           any word with that ending (a gerund: "denied working with the Russians")
 * Every pattern names at least one lexicon, its trigger: a sentence holding no lexicon word is not matched.
 */
import type { ActorKind, EventRelationType } from '@entente/ontology';
import { englishVerbs } from './en/compromise.ts';
import { verbForms } from './ar/verbs.ts';

const english = (...words: string[]) => words.map((w) => w.toLowerCase());
/** Pronoun suffixes of a verb's object (اتهمها: accused her). */
const OBJECT_SUFFIXES = ['هما', 'هم', 'ها', 'ه'];
/** A verb's forms without an object pronoun on them: with one, the object is said, and a name after it is something else. */
const withoutObject = (forms: string[]) => {
  const all = new Set(forms);
  return forms.filter((form) => !OBJECT_SUFFIXES.some((suffix) => form.endsWith(suffix) && all.has(form.slice(0, -suffix.length))));
};

export const LEXICONS: Record<string, string[]> = {
  // Extending sanctions is imposing them for longer (مدد الاتحاد الأوروبي العقوبات على روسيا).
  impose: [...verbForms('فرض'), ...verbForms('تبنى'), ...verbForms('اقر'), ...verbForms('اعتمد'), ...verbForms('وسع'), ...verbForms('مدد'), 'فرض', 'اقرار', 'تبني', 'تمديد'],
  // جمدت الولايات المتحدة أصول …: an asset freeze is a sanction by ANNOTATION.md.
  freeze: [...verbForms('جمد'), 'تجميد'],
  assets: ['اصول', 'ارصده', 'اموال', 'ممتلكات'],
  sanctions: ['عقوبات', 'عقوبه', 'العقوبات', 'العقوبه'],
  subjectTo: [...verbForms('خضع'), 'خاضعه', 'خاضع'],
  // «عقوبات أمريكية تطال 19 روسيا»: sanctions that reach someone.
  target: [...verbForms('استهدف'), 'على', 'ضد', 'تطال', 'يطال', 'طالت'],
  sign: [...verbForms('وقع'), ...verbForms('ابرم'), ...verbForms('صادق'), 'الموقعه', 'الموقع', 'الموقعة'],
  pact: ['اتفاقيه', 'اتفاقية', 'معاهده', 'اتفاق', 'الاتفاقيه', 'المعاهده', 'الاتفاق'],
  // A strategic partnership is no defence pact (ANNOTATION.md): only defence, mutual defence, security.
  defence: ['الدفاع', 'دفاع', 'دفاعيه', 'الدفاعيه', 'الامنيه'],
  // «تنص على المساعدة العسكرية المتبادلة»: a treaty of mutual military assistance is a defence pact, whatever its name.
  militaryAdjective: ['العسكريه', 'عسكريه'],
  mutual: ['المتبادله', 'متبادله'],
  between: ['بين'],
  allies: ['حليفتان', 'حليفان', 'حليف', 'حلفاء', 'حليفه', 'حليفا', 'حليفي'],
  // "and his allies": the ally of the one named just before («الأسد وحليفيه الروسي والإيراني»).
  alliesOfHim: ['حليفيه', 'حلفائه', 'حليفها', 'حليفيها', 'حلفائها', 'حلفاؤه', 'حلفاؤها'],
  meet: [...verbForms('التقى'), ...verbForms('اجتمع'), ...verbForms('بحث'), ...verbForms('استقبل'), ...verbForms('ناقش'), 'لقاء', 'اجتماع', 'محادثات', 'مباحثات', 'مشاورات', 'استقبال', 'قمه', 'قمته'],
  // وصل الرئيس … إلى: arriving somewhere is visiting it.
  arrive: [...verbForms('وصل'), 'وصول'],
  // زاره (visited him) is also وزارة (ministry) after the conjunction: left out.
  visit: [...verbForms('زار').filter((form) => form !== 'زاره'), 'زياره'],
  // "his visit", "his tour": the visitor is the person the article is about.
  visitOfHim: ['زيارته', 'زيارتها', 'جولته', 'جولتها', 'زيارتيه'],
  // What says a meeting named by its noun took place: following it, during it, holding it.
  meetingHeld: ['عقب', 'اعقاب', 'بعد', 'خلال', 'تلاه', 'تلاها', 'اثر', ...verbForms('عقد').filter((form) => form.startsWith('عقد')), 'جرت', 'جري', 'انعقدت', 'انعقد', 'اختتمت', 'اختتام', 'ختام'],
  // "his talks with", "her meeting with": the one who met is the person the article is about.
  meetOfHim: ['محادثاته', 'محادثاتها', 'مباحثاته', 'مباحثاتها', 'لقائه', 'لقائها', 'اجتماعه', 'اجتماعها', 'مقابلته'],
  with: ['مع'],
  to: ['الى', 'الي'],
  detain: [...verbForms('احتجز'), ...verbForms('اعتقل'), ...verbForms('اوقف'), 'احتجاز', 'اعتقال'],
  nationals: ['مواطني', 'مواطنين', 'رعايا'],
  // The agent of a passive: على أيدي / على يد / من قبل (the second word of each).
  byHands: ['ايدي', 'يد', 'قبل'],
  // "its nationals": the country is the one named just before (see T< in the pattern language).
  nationalsOfIt: ['مواطنيها', 'مواطنيه', 'رعاياها', 'رعاياه', 'مواطنيهما'],
  // Alleging is accusing («يزعم شريف أن الجيش…»); the verbal noun in construct opens a nominal
  // accusation («اتهام وزير الخارجية البريطاني … الرئيس الروسي»).
  // «تتهمها روسيا بالارتباط بتنظيم القاعدة»: the accused is «ها», al-Qaeda what she is accused of.
  accuse: [...withoutObject(verbForms('اتهم')), ...withoutObject(verbForms('زعم')), 'اتهام'],
  deny: [...verbForms('نفى'), 'تنفي', 'ينفي', 'نفي'],
  // Condemnation, protest, regret, warning and stated concern all criticise (ANNOTATION.md).
  criticize: [
    ...verbForms('ندد'), ...verbForms('دان'), ...verbForms('ادان'), ...verbForms('انتقد'), ...verbForms('استنكر'), ...verbForms('شجب'), ...verbForms('احتج'), ...verbForms('حذر'),
    'قلق', 'قلقها', 'قلقه', 'ادانه', 'التنديد', 'انتقاد', 'استنكار', 'احتجاج', 'اسف', 'اسفها', 'اسفه', 'استياء', 'استيائها', 'استيائه',
  ],
  condemnVerb: [...verbForms('ندد'), ...verbForms('ادان'), ...verbForms('انتقد'), ...verbForms('هاجم'), ...verbForms('استنكر'), ...verbForms('شجب')],
  about: ['ازاء', 'حيال', 'بشان', 'من'],
  // «وجه ترامب تحذيرا إلى روسيا», «وجهت انتقادات حادة لتركيا»: directing a rebuke or a charge at someone.
  direct: verbForms('وجه'),
  rebuke: ['انتقادات', 'انتقادا', 'انتقاد', 'تحذيرا', 'تحذيرات', 'تحذير', 'لوما', 'اللوم', 'تهديدا'],
  charges: ['اتهامات', 'اتهاما', 'الاتهامات', 'الاتهام'],
  // «وصف عباس القرار بأنه "صفعة"», «ما وصفه بـ"الانتهاكات"»: a description says what the speaker thinks
  // of an act. Only a damning one criticises (a description may praise: «وصف الزيارة بأنها ناجحة»), and
  // a claim called false is denied.
  describe: verbForms('وصف'),
  describedAs: ['بانه', 'بانها', 'بانهم', 'بانهما', 'ب'],
  damning: [
    'مهين', 'مهينه', 'نكبه', 'وحشي', 'وحشيه', 'همجي', 'همجيه', 'مهزله', 'انتهاك', 'انتهاكا', 'انتهاكات', 'اعتداء', 'عدوان', 'عدواني',
    'عدوانيه', 'جريمه', 'جرائم', 'ارهابي', 'ارهابيه', 'ارهابيا', 'استفزاز', 'استفزازي', 'استفزازيه', 'عنصري', 'عنصريه', 'خبيث', 'كارثه',
    'كارثي', 'كارثيه', 'صفعه', 'مرفوض', 'مرفوضه', 'مشين', 'مشينه', 'مخزي', 'مخزيه', 'فضيحه', 'ظالم', 'ظالمه', 'مخادع', 'مخادعه', 'تهديد',
    'خطير', 'خطيره', 'فاشي', 'فاشيه', 'النازيين', 'نازي', 'نازيه', 'مجرم', 'مجرمه', 'قاتل', 'ديكتاتور', 'طاغيه',
  ],
  claims: ['اتهامات', 'اتهام', 'ادعاءات', 'مزاعم', 'تقارير', 'تقرير', 'انباء', 'شائعات', 'روايه'],
  calledFalse: ['كاذب', 'كاذبه', 'كاذبا', 'زائف', 'زائفه', 'سخيف', 'سخيفه', 'هراء', 'ملفق', 'ملفقه', 'مفبرك', 'مفبركه', 'باطل', 'باطله', 'عاريه', 'مختلق', 'مختلقه', 'اكاذيب', 'افتراء', 'افتراءات'],
  // «طالبت المجموعة روسيا بالكف عن …», «حضت قطر على التوقف عن …»: urging someone to stop what they do
  // criticises it (a warning, ANNOTATION.md). A call for a ceasefire (وقف) criticises no one side.
  urge: [...verbForms('طالب'), ...verbForms('حث'), ...verbForms('حض'), ...verbForms('ناشد'), 'دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون', 'ندعو'],
  ceaseFrom: ['الكف', 'بالكف', 'التوقف', 'بالتوقف', 'للكف', 'للتوقف'],
  // «حمّل ترامب الأسد المسؤولية»: holding someone responsible accuses them.
  holdResponsible: verbForms('حمل'),
  responsibility: ['المسؤوليه', 'مسؤوليه', 'بالمسؤوليه'],
  // Nouns of an act whose owner follows them (قرار الولايات المتحدة): criticising the act criticises its owner.
  act: [
    'قرار', 'قرارات', 'تصريحات', 'سياسه', 'سياسات', 'تدخل', 'تدخلات', 'ممارسات', 'انتهاكات', 'اعتداءات', 'موقف', 'خطوه', 'انسحاب',
    'تهديدات', 'تجارب', 'اجراءات', 'سلوك', 'اعلان', 'اعتراف', 'جهود', 'مساعي', 'مبادره',
    // Verbal nouns whose actor after them is the one acting («تقديم السعودية 100 مليون», «رفض إيران»).
    'تقديم', 'رفض', 'قيام', 'محاوله', 'استمرار', 'تصرفات',
  ],
  // Pressure stepped up on someone threatens them (ONTOLOGY.md: «سنكثف الضغوط على النظام الإيراني»);
  // a call or a way to press someone (ناشدت … الضغط على، سبل الضغط على) is not.
  pressure: ['الضغط', 'الضغوط', 'ضغوط', 'ضغوطها', 'ضغوطه', 'ضغطها', 'ضغطه'],
  intensify: [
    ...verbForms('صعد'), ...verbForms('كثف'), ...verbForms('عزز'), ...verbForms('مارس'), ...verbForms('زاد'),
    'تكثيف', 'زياده', 'تعزيز', 'ممارسه', 'تصعيد', 'مزيد', 'المزيد', 'اقصي',
  ],
  threatenVerb: [...verbForms('هدد'), ...verbForms('توعد')],
  on: ['على', 'علي'],
  receive: [...verbForms('حصل'), ...verbForms('تلقى'), ...verbForms('تسلم')],
  supply: [...verbForms('زود'), ...verbForms('امد'), ...verbForms('ارسل'), 'امداد', 'تزويد', 'تسليم'],
  send: [...verbForms('ارسل'), ...verbForms('نشر'), ...verbForms('دفع'), 'ارسال', 'نشر', 'انتشار'],
  counterpart: ['نظيره', 'نظيرته', 'نظيرها', 'نظيريه', 'نظرائه'],
  militaryAid: ['مساعده', 'مساعدات', 'اسلحه', 'صواريخ', 'ذخائر', 'دعما'],
  // تدرب الولايات المتحدة قوات …: training forces is military aid.
  trainVerb: verbForms('درب'),
  military: ['عسكريه', 'عسكري', 'العسكريه', 'بصواريخ', 'باسلحه'],
  from: ['من'],
  troops: ['جندي', 'جنود', 'قوات', 'جنديا', 'عسكريين'],
  attack: [...verbForms('هاجم'), ...verbForms('قصف'), ...verbForms('غزا'), ...verbForms('شن'), 'الحرب', 'حرب', 'غزو', 'هجوم', 'هجمات', 'ضربات', 'غارات', 'غاره', 'الغارات', 'قصف', 'ضربه', 'الهجوم'],
  strikeVerb: [...verbForms('قصف'), ...verbForms('غزا'), ...verbForms('اجتاح')],
  // After its subject («إسرائيل تقصف غزة»), the verb alone: قصف is also the noun («القصف يتجدد»), and
  // اجتاح is as often a wave of something sweeping a place.
  strikeVerbAfterSubject: verbForms('قصف').filter((form) => form !== 'قصف'),
  // خاض الجيش معارك ضد …, يقاتل … ضد: fighting against someone attacks them.
  fight: [...verbForms('خاض'), ...verbForms('قاتل'), 'معارك', 'قتال', 'مواجهات', 'اشتباكات'],
  against: ['ضد'],
  // «مقتل 20 من ميليشيات الحوثي في غارات …»: the dead are of the side attacked.
  killed: ['قتل', 'مقتل', 'مصرع', 'قتلي'],
  in: ['في', 'على', 'ضد'],
  into: ['في', 'الى', 'داخل'],
  support: ['دعمها', 'دعمه', 'تاييدها', 'تاييده', ...verbForms('ايد')],
  // تدعم السعودية الحكومة اليمنية / إيران، التي تساند الحوثيين
  // The bare stems are also the verbal nouns (دعم تركيا: support FOR Turkey), which read the other way,
  // and so is the dual past with its alef (دعما: «تتلقى … دعما أمريكيا», support received).
  supportVerb: [...verbForms('دعم'), ...verbForms('ساند'), ...verbForms('ايد')].filter(
    (form) => !['دعم', 'ساند', 'ايد', 'دعما', 'ساندا', 'ايدا'].includes(form) && !/(ها|ه|هم|هما)$/.test(form),
  ),
  // With an object pronoun the verb's object is the antecedent of a relative clause: «قوات سوريا
  // الديمقراطية، التي تدعمها الولايات المتحدة» is the US supporting the SDF.
  supportVerbIt: [...verbForms('دعم'), ...verbForms('ساند'), ...verbForms('ايد')].filter((form) => /(ها|ه|هم|هما)$/.test(form)),
  for: ['ل', 'الى'],
  // A sentence with one of these words is about sport, where countries "meet" in a match and teams
  // "attack": no relation is read from it.
  sport: [
    'منتخب', 'المنتخب', 'منتخبات', 'مباراه', 'المباراه', 'مباريات', 'مباراته', 'مباراتها', 'مبارياته', 'مرتده', 'النهائيات', 'الوديه', 'المونديال', 'مونديال', 'الدوري', 'ملعب', 'الملعب', 'لاعب', 'اللاعب', 'لاعبي',
    'لاعبين', 'مدرب', 'المدرب', 'النادي', 'الشوط', 'ركله', 'بطوله', 'البطوله', 'التاهل', 'تصفيات', 'الفيفا', 'فيفا', 'يويفا', 'اولمبي', 'الاولمبيه',
    'match', 'tournament', 'league', 'stadium', 'coach', 'striker', 'midfielder', 'fifa', 'olympic', 'olympics',
  ],
  // English
  // Sanctions are imposed (a verb, then the noun) or sanctioned; the noun alone ("spoke of new
  // sanctions on Iran", "talks about sanctions on Russia") says nobody imposed anything, and
  // imposing tariffs is no sanction (ANNOTATION.md).
  // The verb only: the plural noun ("new Western sanctions mark the first time Washington …") is en_sanctions,
  // read with its preposition (en.sanctions.5), not over a gap to whatever actor follows.
  en_sanction: englishVerbs('sanction', 'blacklist').filter((form) => form !== 'sanctions'),
  en_impose: englishVerbs('impose', 'slap', 'levy', 'authorize', 'authorise', 'adopt', 'extend', 'expand', 'tighten', 'announce', 'approve'),
  en_sanctions: english('sanctions', 'sanction', 'embargo', 'embargoes'),
  en_freeze: englishVerbs('freeze'),
  en_assets: english('assets', 'funds', 'accounts'),
  en_on: english('on', 'against'),
  en_ally: english('ally', 'allies', 'allied'),
  en_with: english('with', 'of', 'to'),
  en_pact: english('pact', 'treaty', 'agreement'),
  en_defence: english('defence', 'defense', 'security', 'military', 'mutual'),
  en_sign: english('signed', 'signs', 'sign', 'ratified', 'between'),
  // Not "host" or "hosts", nouns as often as verbs ("Fareed Zakaria, host of CNN's …").
  en_met: [...englishVerbs('meet'), ...english('hosted', 'hosting', 'talks')],
  en_visit: englishVerbs('visit', 'tour'),
  // "upon arrival in France": the noun says the visit as the verb does.
  en_arrive: [...englishVerbs('arrive'), ...english('arrival')],
  en_inOrAt: english('in', 'at'),
  en_visitNoun: english('visit', 'visits', 'trip', 'trips'),
  en_to: english('to'),
  en_visitMade: english('during', 'embarked', 'paid', 'pays', 'made', 'returned', 'returning', 'concluded', 'wrapped', 'ended', 'completed'),
  // Nouns of criticism and taking aim: "Trump's criticism of Sessions", "took swipes at Trump".
  en_criticism: english('criticism', 'criticisms', 'condemnation', 'denunciation', 'rebuke'),
  en_swipe: english('swipe', 'swipes', 'aim', 'jab', 'jabs', 'potshots', 'shots'),
  en_of: english('of'),
  // Taking ground by force: "captured a major air base in Syria", "overran outposts held by rebels".
  en_seize: englishVerbs('capture', 'seize', 'overrun', 'overwhelm'),
  en_in: english('in'),
  en_accuse: englishVerbs('accuse', 'blame'),
  // What an accusation charges someone with: "accused Moscow of", "blamed Obama for".
  en_ofFor: english('of', 'for'),
  // "blames the attack on Israel": the blame laid on someone.
  en_blame: englishVerbs('blame'),
  en_and: english('and'),
  // "held Russia responsible": blaming; holding a person responsible detains no one.
  en_responsible: english('responsible', 'accountable'),
  // "lashed out at", "hit out at": attacking with words.
  en_lashOut: englishVerbs('lash', 'hit'),
  en_out: english('out'),
  en_at: english('at', 'against'),
  en_condemn: englishVerbs(
    'condemn', 'criticize', 'criticise', 'denounce', 'slam', 'rebuke', 'lambast', 'censure', 'protest', 'warn', 'blast', 'decry',
    'chastise', 'scold', 'berate', 'castigate', 'excoriate', 'deride', 'ridicule', 'assail', 'chide', 'reprimand', 'admonish', 'fault', 'disparage', 'pillory',
  ),
  // Condemning without warning: "warned Americans not to travel" is advice, not a rebuke, and reads
  // only right after its subject (en.criticizes.1).
  en_criticize: englishVerbs(
    'condemn', 'criticize', 'criticise', 'denounce', 'slam', 'rebuke', 'lambast', 'censure', 'blast', 'decry', 'chastise', 'scold', 'berate',
    'castigate', 'excoriate', 'deride', 'ridicule', 'assail', 'chide', 'reprimand', 'fault', 'disparage', 'pillory',
  ),
  // "Lavrov called Pyongyang's action 'unacceptable'", "McCain called Hagel unqualified", "described
  // Obama's policy as a disaster": a damning word for someone or their act criticises them. Not words of
  // falsehood ("baseless", "lies"), which deny a claim, nor praise, which most descriptions are.
  en_call: englishVerbs('call', 'describe', 'label', 'brand', 'dub', 'term'),
  en_callOrCondemn: [...englishVerbs('call', 'describe', 'label', 'brand', 'dub', 'term', 'dismiss', 'reject', 'blast', 'denounce', 'slam', 'deride')],
  en_damning: english(
    'unacceptable', 'outrageous', 'unqualified', 'unfit', 'unsatisfactory', 'irresponsible', 'reckless', 'dangerous', 'disgraceful', 'disgrace',
    'shameful', 'disaster', 'disastrous', 'catastrophe', 'catastrophic', 'mistake', 'failure', 'liar', 'liars', 'illegal', 'illegitimate', 'aggressors',
    'aggressor', 'aggression', 'provocation', 'provocative', 'provocations', 'unhelpful', 'despicable', 'deplorable', 'appalling', 'abhorrent',
    'racist', 'incompetent', 'hypocritical', 'hypocrite', 'hypocrisy', 'violation', 'criminal', 'criminals', 'terrorist', 'terrorists', 'thug',
    'thugs', 'dictator', 'tyrant', 'butcher', 'insulting', 'offensive', 'pathetic', 'weak', 'naive', 'foolish', 'disturbing', 'troubling',
    'alarming', 'unprecedented', 'destabilizing', 'destabilising', 'hostile', 'menace', 'threat', 'unjust', 'unjustified', 'inexcusable',
    'unconscionable', 'reprehensible', 'barbaric', 'cowardly', 'evil', 'disgusting', 'horrific', 'heinous', 'atrocious', 'embarrassment',
  ),
  // Nominal events whose owner is written right before the noun, as a possessive or an adjective:
  // "Russian accusations against Ukraine", "Trump's threats against North Korea", "Iran's detention of
  // Jason Rezaian", "the U.S. invasion of Iraq", "Obama's warnings to Syria".
  en_accusation: english('accusation', 'accusations', 'allegation', 'allegations', 'charges'),
  en_against: english('against'),
  en_that: english('that'),
  // The plural: threats are things said; "the ISIS threat to the West" is a danger.
  en_threatNoun: english('threats'),
  en_againstTo: english('against', 'to'),
  en_warning: english('warning', 'warnings', 'ultimatum'),
  en_attackOf: english('invasion', 'bombing', 'bombardment', 'shelling'),
  en_detention: english('arrest', 'detention', 'imprisonment', 'jailing'),
  // "with Erdogan accusing Russia of deceit", "with Lavrov blasting Ukrainian authorities": the
  // gerund of an absolute clause, whose subject follows "with".
  en_accusing: [...englishVerbs('accuse', 'blame'), ...englishVerbs('condemn', 'criticize', 'criticise', 'denounce', 'slam', 'blast', 'rebuke', 'lambast', 'decry', 'fault')].filter((form) =>
    form.endsWith('ing'),
  ),
  en_what: english('what'),
  en_withAlone: english('with'),
  // "Nadler said Barr and Trump lied to the American people", "warned that the Russians are interfering":
  // a wrong stated of someone, in the clause said, accuses them.
  en_assert: english('said', 'says', 'warned', 'warns', 'claimed', 'claims', 'alleged', 'alleges', 'charged', 'charges', 'insisted', 'insists', 'argued', 'argues', 'believes', 'concluded'),
  en_misdeed: english(
    'lied', 'lying', 'misled', 'misleading', 'misrepresented', 'cheated', 'cheating', 'interfered', 'interfering', 'meddled', 'meddling', 'violated',
    'violating', 'colluded', 'colluding', 'obstructed', 'betrayed', 'sabotaged', 'sabotaging', 'behind',
  ),
  // "called Netanyahu's remarks 'entirely baseless'", "blasted the report as 'ludicrous nonsense'": a
  // claim called false is denied, and its maker, when named, is the target.
  en_claimish: english(
    'allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'charge', 'charges', 'report', 'reports', 'remarks', 'statement',
    'statements', 'comments', 'story', 'stories', 'assertion', 'assertions', 'rumors', 'rumours', 'suggestion',
  ),
  en_false: english('baseless', 'groundless', 'unfounded', 'false', 'untrue', 'fabricated', 'fabrication', 'lies', 'nonsense', 'ludicrous', 'absurd', 'ridiculous', 'hoax', 'fiction', 'slander', 'fake', 'propaganda'),
  // "Obama urged Russia to stop arming the separatists", "called on Israel to halt": urging someone to
  // stop what they do criticises it (a warning, ANNOTATION.md), as ar.criticizes.9 reads «طالب … بالكف عن».
  en_urge: english('urged', 'urges', 'urging', 'told', 'tells', 'telling', 'pressed', 'presses', 'pressing', 'demanded', 'demands', 'demanding'),
  en_callWord: english('called', 'calls', 'calling'),
  // Not "refrain", a negation word (MODE_WORDS), nor "rein in", whose object is another ("urged China to rein in North Korea").
  en_stop: english('stop', 'halt', 'end', 'cease', 'withdraw', 'abandon', 'desist', 'quit'),
  // A person who attacks or mocks a person does it with words: "Trump attacked Sessions", "Obama mocked Romney".
  en_verbalAttack: englishVerbs('attack', 'mock'),
  // Stated dismay, concern or fear (ANNOTATION.md): "Cameron said he was horrified by", "is deeply concerned about China's".
  en_dismayed: english(
    'horrified', 'appalled', 'outraged', 'disgusted', 'dismayed', 'troubled', 'disturbed', 'alarmed', 'disappointed', 'angered', 'incensed', 'infuriated',
    'frustrated', 'offended', 'sickened',
  ),
  // Not "concerned with" (caring for): "concerned with the Israeli needs".
  en_concerned: english('concerned', 'worried'),
  en_aboutBy: english('by', 'at', 'over', 'about', 'regarding'),
  en_concernNoun: english('concern', 'concerns', 'outrage', 'dismay', 'disappointment', 'alarm', 'anger', 'indignation', 'displeasure', 'frustration', 'disapproval'),
  en_overAt: english('by', 'at', 'over', 'about', 'with', 'regarding'),
  en_detain: englishVerbs('detain', 'arrest', 'jail', 'imprison'),
  // "holds three Britons", but "held talks with": holding detains only a person named right after it.
  en_hold: english('holds', 'held', 'holding'),
  en_meeting: english('talks', 'summit', 'meeting', 'meetings', 'negotiations'),
  en_between: english('between'),
  en_meetingHeld: english('after', 'during', 'following', 'held', 'at'),
  // A verb takes its target straight after it; a noun only through a preposition ("war on", "strikes
  // against"): "the Vietnam War U.S. …" is no attack on the United States.
  en_attackVerb: englishVerbs('attack', 'invade', 'strike', 'bomb', 'shell', 'raid'),
  en_attack: [...englishVerbs('attack', 'invade', 'strike', 'bomb', 'shell', 'raid'), ...english('invasion', 'airstrikes', 'war', 'offensive', 'assault')],
  // "Hamas fired rockets into Israel", "Iran fired on a U.S. drone": fire aimed at someone attacks them.
  en_fire: english('fired', 'fires', 'firing', 'fire'),
  en_projectile: english('rockets', 'rocket', 'missiles', 'missile', 'mortars', 'mortar', 'shells', 'artillery', 'shots'),
  en_atOnInto: english('at', 'on', 'into', 'toward', 'towards'),
  en_atOn: english('at', 'on'),
  en_deny: englishVerbs('deny', 'reject', 'dismiss', 'refute'),
  // What is denied is a claim: "rejected the accusations", "dismissed reports", "denied that …". Rejecting a
  // proposal or an offer, or denying someone a visa, denies no accusation (ONTOLOGY.md).
  en_claim: english(
    'allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'charge', 'charges', 'report', 'reports', 'contention', 'contentions',
    'assertion', 'assertions', 'suggestion', 'suggestions', 'notion', 'rumor', 'rumors', 'rumour', 'rumours', 'speculation', 'insinuation', 'insinuations',
  ),
  // "deny" itself takes the act denied, as a noun or a gerund (-ing in a pattern): "denied any wrongdoing",
  // "Chile denied supplying Peru".
  en_denyVerb: englishVerbs('deny'),
  en_denied: english('that', 'it', 'this', 'any', 'wrongdoing', 'involvement', 'responsibility', 'role', 'knowledge', 'links', 'ties'),
  en_threaten: englishVerbs('threaten'),
  en_supply: englishVerbs('supply', 'send', 'provide', 'deliver', 'sell'),
  // Not aircraft: "sent fighter jets to Libya to bomb" deploys them; nor rockets, which are sent "toward" an enemy.
  en_weapons: english('weapons', 'arms', 'missiles', 'ammunition', 'weaponry', 'munitions', 'rifles', 'firearms'),
  // "Russian arms shipments to Syria", "U.S. military aid to Egypt", "Iran has been Hamas' chief arms supplier".
  en_deliveries: english('shipments', 'shipment', 'sales', 'sale', 'deliveries', 'delivery', 'supplies', 'transfers'),
  en_militaryAid: english('aid', 'assistance'),
  en_military: english('military'),
  en_supplier: english('supplier', 'suppliers', 'provider', 'supply'),
  // "the rebels were armed by Qatar", "forces trained by the United States".
  en_armed: english('armed', 'trained', 'equipped'),
  en_troops: english('troops', 'soldiers', 'forces'),
  // Not "station" itself, which is mostly a noun ("a police station in …").
  en_stationed: [...englishVerbs('deploy'), ...english('stationed', 'stationing', 'based')],
  en_fight: englishVerbs('fight'),
  en_alongside: english('alongside'),
  en_train: englishVerbs('train', 'arm', 'equip'),
  en_into: english('to', 'into', 'in'),
  en_counterpart: english('counterpart'),
  // The passive: "was detained by", "were sanctioned by".
  en_be: english('was', 'were', 'is', 'are', 'been', 'being'),
  en_by: english('by'),
  en_sanctioned: english('sanctioned', 'blacklisted'),
  en_detained: english('detained', 'arrested', 'held', 'jailed', 'imprisoned'),
  en_attacked: english('attacked', 'struck', 'bombed', 'shelled', 'invaded', 'targeted'),
  en_criticised: english('condemned', 'criticised', 'criticized', 'denounced', 'accused', 'blamed'),
  // Voicing political support: "Trump defended McMaster", "France backs Lebanon".
  // Not "back" itself: "I have Israel's back", "back down".
  en_defend: englishVerbs('defend', 'back', 'endorse', 'champion').filter((form) => form !== 'back'),
  en_supportNoun: english('support', 'backing', 'solidarity'),
  en_forOrWith: english('for', 'with'),
  // Saying it: "expressed its support for", "reaffirmed solidarity with".
  en_express: englishVerbs('express', 'voice', 'reaffirm', 'reiterate', 'pledge', 'declare', 'offer', 'stress'),
};

export interface RelationRule {
  /** Stable name (language, type, number): carried by every relation the rule reads, so precision can be measured per rule. */
  id: string;
  type: EventRelationType;
  lang: 'ar' | 'en';
  pattern: string;
  confidence: number;
  /** Kinds of actor the source may be; any when absent. */
  sourceKinds?: ActorKind[];
  /** Kinds of actor the target may be; any when absent. */
  targetKinds?: ActorKind[];
  /** Tried only when no other rule found this type in the sentence (unsaid subjects). */
  fallback?: boolean;
  /**
   * Words that, governing the match, make it something else: a threat («هددت بفرض عقوبات» threatens,
   * it does not sanction), lifting (sanctions lifted are no sanction edge), a phone call (talking by
   * phone is not meeting), a figure of speech (a trade war is no war).
   */
  cancelledBy?: readonly ('threat' | 'lifting' | 'phoneCall' | 'figurative')[];
  /** The target is "his counterpart" of a state: the person holding the source's office there. */
  counterpart?: boolean;
  /**
   * The target must be the actor itself: not a place inside a state ("defends Benghazi email"), nor a
   * name qualifying the noun after it ("defended the Iran nuclear agreement", "Syria policy").
   */
  wholeTarget?: true;
  /**
   * The target is the verb's object: never an actor after a preposition written as a word, which names
   * a phrase of its own («المؤيد لخروج من الاتحاد الأوروبي», «في تغريدة على تويتر»).
   */
  directTarget?: true;
}

const SANCTION_CANCELLED = ['threat', 'lifting'] as const;
const MEETING_CANCELLED = ['phoneCall'] as const;
// "threatens a missile strike on Guam": a threatened attack is none (THREATENS rules read the threat).
const ATTACK_CANCELLED = ['figurative', 'threat'] as const;

// Officials and bodies meet; countries "meet" on the football pitch (تلتقي فرنسا مع كرواتيا), and
// are met only in "talks between Kenya and Uganda".
const MEETERS: ActorKind[] = ['person', 'organization'];
// States, bodies and blocs wage wars and keep alliances; a person who "attacks" (هاجم) someone
// does it with words, which is CRITICIZES.
const COLLECTIVE: ActorKind[] = ['country', 'organization', 'bloc'];
// One visits a country or a body's seat, and meets a person or a body.
const VISITED: ActorKind[] = ['country', 'organization'];
const MET: ActorKind[] = ['person', 'organization'];

export const RULES: RelationRule[] = [
  // فرض الاتحاد الأوروبي عقوبات على إيران / الاتحاد الأوروبي سيفرض عقوبات تستهدف إيرانيين
  { id: 'ar.sanctions.1', type: 'SANCTIONS', lang: 'ar', pattern: ':impose S … :sanctions … :target … T', confidence: 0.9, cancelledBy: SANCTION_CANCELLED },
  { id: 'ar.sanctions.2', type: 'SANCTIONS', lang: 'ar', pattern: 'S … :impose … :sanctions … :target … T', confidence: 0.8, cancelledBy: SANCTION_CANCELLED },
  // تخضع كوريا الشمالية لعقوبات من الأمم المتحدة (passive: the target comes first)
  { id: 'ar.sanctions.3', type: 'SANCTIONS', lang: 'ar', pattern: ':subjectTo T :sanctions :from S', confidence: 0.9, cancelledBy: SANCTION_CANCELLED },
  // عقوبات الأمم المتحدة على كوريا الشمالية / عقوبات أوروبية على إيران
  { id: 'ar.sanctions.4', type: 'SANCTIONS', lang: 'ar', pattern: ':sanctions S … :target T', confidence: 0.75, cancelledBy: SANCTION_CANCELLED },
  // اتفاقية الدفاع الموقعة بين كوريا الشمالية وروسيا
  { id: 'ar.defense_pact.1', type: 'DEFENSE_PACT', lang: 'ar', pattern: ':pact :defence … :between S', confidence: 0.9 },
  { id: 'ar.defense_pact.2', type: 'DEFENSE_PACT', lang: 'ar', pattern: ':sign S … :pact … :defence', confidence: 0.8 },
  { id: 'ar.defense_pact.3', type: 'DEFENSE_PACT', lang: 'ar', pattern: ':sign S … :pact …… :militaryAdjective :mutual', confidence: 0.75 },
  // والصين وروسيا حليفتان لبيونغ يانغ
  { id: 'ar.allied_with.1', type: 'ALLIED_WITH', lang: 'ar', pattern: 'S :allies T', confidence: 0.85 },
  // إن روسيا، وهي حليف رئيسي للرئيس السوري بشار الأسد
  { id: 'ar.allied_with.2', type: 'ALLIED_WITH', lang: 'ar', pattern: 'S … :allies … T', confidence: 0.7, sourceKinds: COLLECTIVE },
  // الرئيس الكيني وحلفاؤه الأوغنديون والتنزانيون
  // The allies are named by nisba adjectives (N): in «أنقرة وحلفاؤها حزب العمال» the allies are unnamed.
  // «طهران وحليفها اللبناني ميليشيا حزب الله»: the ally is the body named after its nationality (a state
  // there is one more ally: «وحليفيه الروسي والإيراني»).
  { id: 'ar.allied_with.4', type: 'ALLIED_WITH', lang: 'ar', pattern: 'S :alliesOfHim n … T', confidence: 0.75, targetKinds: ['organization'] },
  { id: 'ar.allied_with.3', type: 'ALLIED_WITH', lang: 'ar', pattern: 'S :alliesOfHim N', confidence: 0.75 },
  // والتقى وزير الدفاع الروسي … بنظيره الكوري الشمالي نو كوانغ تشول
  { id: 'ar.meets.1', type: 'MEETS', lang: 'ar', pattern: ':meet S …… :counterpart T', confidence: 0.8, sourceKinds: MEETERS, counterpart: true, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'ar.meets.2', type: 'MEETS', lang: 'ar', pattern: 'S :meet …… :counterpart T', confidence: 0.8, sourceKinds: MEETERS, counterpart: true, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // التقى بوتين بأردوغان / اجتمع بوتين مع أردوغان / استقبل العاهل السعودي … الثلاثاء، الرئيس المصري …
  { id: 'ar.meets.3', type: 'MEETS', lang: 'ar', pattern: ':meet S T', confidence: 0.7, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'ar.meets.4', type: 'MEETS', lang: 'ar', pattern: ':meet S … :with T', confidence: 0.7, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'ar.meets.5', type: 'MEETS', lang: 'ar', pattern: ':meet S … T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: ['person'], cancelledBy: MEETING_CANCELLED },
  // أن وزير الخارجية الأمريكي مايك بومبيو ناقش مع ولي العهد السعودي …
  { id: 'ar.meets.6', type: 'MEETS', lang: 'ar', pattern: 'S :meet … :with T', confidence: 0.65, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'ar.visits.1', type: 'VISITS', lang: 'ar', pattern: 'S … :visit … :to T', confidence: 0.7 },
  { id: 'ar.visits.2', type: 'VISITS', lang: 'ar', pattern: ':visit S … :to T', confidence: 0.7 },
  // استقبل نظيره الفرنسي إيمانويل ماكرون: the host is the person the article is about
  { id: 'ar.meets.7', type: 'MEETS', lang: 'ar', pattern: ':meet S<< :counterpart T', confidence: 0.65, sourceKinds: MEETERS, counterpart: true, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // زار بوتين دمشق / تزور المستشارة الألمانية أنغيلا ميركل واشنطن
  { id: 'ar.visits.3', type: 'VISITS', lang: 'ar', pattern: ':visit S T', confidence: 0.75, targetKinds: VISITED },
  // وكان نتنياهو زار موسكو: the subject first, and no unsaid one to guess (ar.visits.4).
  { id: 'ar.visits.7', type: 'VISITS', lang: 'ar', pattern: 'S :visit T', confidence: 0.7, sourceKinds: MEETERS, targetKinds: VISITED },
  // قبل أن يزور السعودية والأردن وإسرائيل / زيارته إلى بريطانيا
  { id: 'ar.visits.4', type: 'VISITS', lang: 'ar', pattern: ':visit S<< T', confidence: 0.55, targetKinds: VISITED, fallback: true },
  { id: 'ar.visits.5', type: 'VISITS', lang: 'ar', pattern: ':visitOfHim S<< :to T', confidence: 0.55, targetKinds: VISITED, fallback: true },
  // تحتجز إيران اثنين من مواطني فرنسا / تحتجز إيران اثنين من مواطنيها
  // اعتقل الصحفي على أيدي قوات الأمن التركية / من قبل: the agent follows the patient
  { id: 'ar.detains.4', type: 'DETAINS', lang: 'ar', pattern: ':detain T … :byHands S', confidence: 0.7 },
  { id: 'ar.attacks.8', type: 'ATTACKS', lang: 'ar', pattern: ':strikeVerb T … :byHands S', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.detains.1', type: 'DETAINS', lang: 'ar', pattern: ':detain S … :nationals T', confidence: 0.8 },
  { id: 'ar.detains.2', type: 'DETAINS', lang: 'ar', pattern: ':detain S … :nationalsOfIt T<', confidence: 0.75 },
  // اعتقل الجيش الإسرائيلي أربعة فلسطينيين / تحتجز ميليشيات الحوثي قاربا فرنسيا
  { id: 'ar.detains.3', type: 'DETAINS', lang: 'ar', pattern: ':detain S … N', confidence: 0.7 },
  { id: 'ar.accuses.1', type: 'ACCUSES', lang: 'ar', pattern: ':accuse S … T', confidence: 0.6, directTarget: true },
  { id: 'ar.accuses.2', type: 'ACCUSES', lang: 'ar', pattern: 'S :accuse … T', confidence: 0.6 },
  { id: 'ar.accuses.3', type: 'ACCUSES', lang: 'ar', pattern: ':direct S … :charges … :to T', confidence: 0.65 },
  { id: 'ar.accuses.4', type: 'ACCUSES', lang: 'ar', pattern: ':holdResponsible S T … :responsibility', confidence: 0.7 },
  { id: 'ar.accuses.5', type: 'ACCUSES', lang: 'ar', pattern: 'S :holdResponsible T … :responsibility', confidence: 0.65 },
  { id: 'ar.criticizes.1', type: 'CRITICIZES', lang: 'ar', pattern: 'S … :criticize :about … T', confidence: 0.6 },
  // انتقد ترامب تجارب إيران الصاروخية / هاجم نائب الوزير … مستشار الأمن القومي جون بولتون
  { id: 'ar.criticizes.2', type: 'CRITICIZES', lang: 'ar', pattern: ':condemnVerb S … T', confidence: 0.65, sourceKinds: ['person'], directTarget: true },
  { id: 'ar.criticizes.3', type: 'CRITICIZES', lang: 'ar', pattern: ':condemnVerb S T', confidence: 0.6 },
  // وكانت الأرجنتين قد انتقدت البيرو: subject first
  { id: 'ar.criticizes.4', type: 'CRITICIZES', lang: 'ar', pattern: 'S :condemnVerb T', confidence: 0.6 },
  // انتقدت تركيا قرار الولايات المتحدة / وأدانت مصر انتهاكات إسرائيل: the owner of the act is the target
  { id: 'ar.criticizes.5', type: 'CRITICIZES', lang: 'ar', pattern: ':condemnVerb S :act T', confidence: 0.65 },
  { id: 'ar.criticizes.6', type: 'CRITICIZES', lang: 'ar', pattern: 'S :condemnVerb :act T', confidence: 0.6 },
  { id: 'ar.criticizes.7', type: 'CRITICIZES', lang: 'ar', pattern: ':direct S … :rebuke … :to T', confidence: 0.65 },
  { id: 'ar.criticizes.8', type: 'CRITICIZES', lang: 'ar', pattern: ':direct S … :rebuke … T', confidence: 0.6 },
  { id: 'ar.criticizes.9', type: 'CRITICIZES', lang: 'ar', pattern: ':urge S T … :ceaseFrom', confidence: 0.6 },
  { id: 'ar.criticizes.11', type: 'CRITICIZES', lang: 'ar', pattern: ':describe S … T …… :describedAs … :damning', confidence: 0.6 },
  { id: 'ar.criticizes.10', type: 'CRITICIZES', lang: 'ar', pattern: 'S :urge T … :ceaseFrom', confidence: 0.55 },
  // The target of a denial is who made the claim, or else the other actor of what is denied
  // (ANNOTATION.md): نفت إيران اتهامات وجهها المغرب / نفت إيران احتجاز مواطنين فرنسيين.
  { id: 'ar.denies.3', type: 'DENIES', lang: 'ar', pattern: ':deny S … T', confidence: 0.65 },
  { id: 'ar.denies.4', type: 'DENIES', lang: 'ar', pattern: 'S :deny … T', confidence: 0.6 },
  { id: 'ar.denies.5', type: 'DENIES', lang: 'ar', pattern: ':describe S … :claims T … :describedAs … :calledFalse', confidence: 0.65 },
  { id: 'ar.denies.6', type: 'DENIES', lang: 'ar', pattern: ':describe S …… :claims … :describedAs … :calledFalse', confidence: 0.6, fallback: true },
  { id: 'ar.denies.1', type: 'DENIES', lang: 'ar', pattern: ':deny S', confidence: 0.7, fallback: true },
  { id: 'ar.denies.2', type: 'DENIES', lang: 'ar', pattern: 'S :deny', confidence: 0.65, fallback: true },
  // توعد الرئيس الأمريكي دونالد ترامب إيران / هددت كوريا الشمالية الولايات المتحدة
  // وصعد نتنياهو الضغط على الولايات المتحدة / وتعهدت الولايات المتحدة بتكثيف الضغوط على إيران
  { id: 'ar.threatens.1', type: 'THREATENS', lang: 'ar', pattern: ':intensify S … :pressure :on T', confidence: 0.6 },
  { id: 'ar.threatens.5', type: 'THREATENS', lang: 'ar', pattern: 'S … :intensify … :pressure :on T', confidence: 0.55 },
  { id: 'ar.threatens.2', type: 'THREATENS', lang: 'ar', pattern: ':threatenVerb S T', confidence: 0.7 },
  // هدد الرئيس الأمريكي دونالد ترامب بفرض "عقاب شديد" على المملكة العربية السعودية: a threat of something on T
  { id: 'ar.threatens.4', type: 'THREATENS', lang: 'ar', pattern: ':threatenVerb S … :on T', confidence: 0.65, fallback: true },
  { id: 'ar.threatens.3', type: 'THREATENS', lang: 'ar', pattern: 'S :threatenVerb T', confidence: 0.7 },
  // ستحصل روسيا على مساعدة عسكرية من كوريا الشمالية
  { id: 'ar.military_aid.1', type: 'MILITARY_AID', lang: 'ar', pattern: ':receive T :on :militaryAid :military :from S', confidence: 0.85 },
  { id: 'ar.military_aid.2', type: 'MILITARY_AID', lang: 'ar', pattern: ':supply S T … :militaryAid', confidence: 0.7 },
  // أرسلت كوريا الشمالية … جنود إلى روسيا / أن كوريا الشمالية أرسلت نحو 10 آلاف جندي … في روسيا / نشر جنود كوريين في روسيا
  { id: 'ar.deploys_troops_to.1', type: 'DEPLOYS_TROOPS_TO', lang: 'ar', pattern: ':send S … :troops … :into T', confidence: 0.75 },
  { id: 'ar.deploys_troops_to.2', type: 'DEPLOYS_TROOPS_TO', lang: 'ar', pattern: 'S :send … :troops … :into T', confidence: 0.75 },
  { id: 'ar.deploys_troops_to.3', type: 'DEPLOYS_TROOPS_TO', lang: 'ar', pattern: ':send :troops S … :into T', confidence: 0.7 },
  // نشرت فرنسا 50 جنديا في منبج / نشر الناتو نحو 6000 جندي في دول البلطيق وبولندا
  { id: 'ar.deploys_troops_to.4', type: 'DEPLOYS_TROOPS_TO', lang: 'ar', pattern: ':send S … :troops :into … T', confidence: 0.7 },
  { id: 'ar.deploys_troops_to.5', type: 'DEPLOYS_TROOPS_TO', lang: 'ar', pattern: 'S … :send :troops :into … T', confidence: 0.65 },
  // مقتل 20 من ميليشيات الحوثي في غارات شنتها مقاتلات التحالف العربي / قتل 26 عنصرا من الحوثيين في مواجهات مع المقاومة
  { id: 'ar.attacks.10', type: 'ATTACKS', lang: 'ar', pattern: ':killed … T … :in :attack … S', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.attacks.11', type: 'ATTACKS', lang: 'ar', pattern: ':killed … T … :in :fight … :with S', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // الهجمات التي شنها المتمردون الحوثيون في اليمن ضد السعودية: the target after ضد, not the place after في
  { id: 'ar.attacks.12', type: 'ATTACKS', lang: 'ar', pattern: ':attack … S … :against T', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // غارات إسرائيلية على قطاع غزة / الهجوم الصاروخي الإيراني على مواقع إسرائيلية
  { id: 'ar.attacks.2', type: 'ATTACKS', lang: 'ar', pattern: ':attack … S :in … T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // الحرب التي تشنها روسيا في أوكرانيا
  { id: 'ar.attacks.3', type: 'ATTACKS', lang: 'ar', pattern: ':attack التي … S :in … T', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // قصفت روسيا إدلب
  // وشنت مقاتلات التحالف العربي نحو 18 غارة جوية على مواقع الحوثيين: a launch verb, then the strike
  { id: 'ar.attacks.5', type: 'ATTACKS', lang: 'ar', pattern: ':attack … S … :attack … :in … T', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // قوات الجيش الوطني تخوض معارك عنيفة ضد ميليشيات الحوثي
  { id: 'ar.attacks.6', type: 'ATTACKS', lang: 'ar', pattern: 'S … :fight … :against T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.attacks.7', type: 'ATTACKS', lang: 'ar', pattern: ':fight S … :against T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // حرب إسرائيل الثانية على لبنان / هجوم داعش الأخير على …: the attacker in construct, the target after على
  { id: 'ar.attacks.9', type: 'ATTACKS', lang: 'ar', pattern: ':attack S … :on T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.attacks.4', type: 'ATTACKS', lang: 'ar', pattern: ':strikeVerb S … T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.attacks.13', type: 'ATTACKS', lang: 'ar', pattern: 'S :strikeVerbAfterSubject … T', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // العقوبات التي فرضتها الولايات المتحدة على طهران
  { id: 'ar.sanctions.5', type: 'SANCTIONS', lang: 'ar', pattern: ':sanctions … التي :impose S … :target … T', confidence: 0.85, cancelledBy: SANCTION_CANCELLED },
  { id: 'ar.sanctions.6', type: 'SANCTIONS', lang: 'ar', pattern: ':freeze S … :assets … T', confidence: 0.75, cancelledBy: SANCTION_CANCELLED },
  // وصل وزير الخارجية الأمريكي إلى بغداد
  { id: 'ar.visits.6', type: 'VISITS', lang: 'ar', pattern: ':arrive S … :to T', confidence: 0.7, sourceKinds: MEETERS, targetKinds: VISITED },
  // تدرب فرنسا قوات الجيش اللبناني
  { id: 'ar.military_aid.3', type: 'MILITARY_AID', lang: 'ar', pattern: ':trainVerb S T', confidence: 0.6, sourceKinds: COLLECTIVE },
  { id: 'ar.supports.2', type: 'SUPPORTS', lang: 'ar', pattern: ':supportVerb S T', confidence: 0.6 },
  { id: 'ar.supports.3', type: 'SUPPORTS', lang: 'ar', pattern: 'S :supportVerb T', confidence: 0.6 },
  // A relative clause with an object pronoun on its verb: its head is the one supported («القوات السورية - التي تدعمها روسيا»).
  // (One whose subject is its head, «إيران، التي تساند الحوثيين», is read by every verb-first rule.)
  { id: 'ar.supports.8', type: 'SUPPORTS', lang: 'ar', pattern: 'T التي :supportVerbIt S', confidence: 0.65 },
  { id: 'ar.supports.9', type: 'SUPPORTS', lang: 'ar', pattern: 'T الذي :supportVerbIt S', confidence: 0.65 },
  // اعتقلت السلطات الباكستانية رئيس الوزراء المعزول نواز شريف: a named person detained
  { id: 'ar.detains.5', type: 'DETAINS', lang: 'ar', pattern: ':detain S … T', confidence: 0.65, targetKinds: ['person'] },
  { id: 'ar.meets.8', type: 'MEETS', lang: 'ar', pattern: ':meetOfHim S<< :with T', confidence: 0.55, sourceKinds: MEETERS, targetKinds: MET, fallback: true, cancelledBy: MEETING_CANCELLED },
  // The subject before the verb: الرئيس الكيني سيلتقي بنظيره / رئيس الوزراء يجتمع مع وزير الخارجية
  { id: 'ar.meets.9', type: 'MEETS', lang: 'ar', pattern: 'S :meet T', confidence: 0.65, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // عقب قمة بين الرئيسين الكيني والأوغندي / خلال محادثات بين كينيا وأوغندا: a meeting between X and Y
  // is X MEETS Y, when the sentence says it was held. A meeting noun has no tense, and "the summit
  // between" is as often one planned, hoped for or a day away as one that took place.
  { id: 'ar.meets.10', type: 'MEETS', lang: 'ar', pattern: ':meetingHeld … :meet … :between S', confidence: 0.7, cancelledBy: MEETING_CANCELLED },
  // الرئيس التشيلي - قبل محادثاته مع رئيسة البيرو - …: his talks with, the one who met named before.
  { id: 'ar.meets.11', type: 'MEETS', lang: 'ar', pattern: 'S … :meetOfHim :with T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // الرئيس التشيلي … بعد لقائه بالرئيس البيروفي: "his meeting with" and the one met named right after.
  { id: 'ar.meets.12', type: 'MEETS', lang: 'ar', pattern: 'S … :meetOfHim T', confidence: 0.55, sourceKinds: MEETERS, targetKinds: ['person'], cancelledBy: MEETING_CANCELLED },
  { id: 'ar.meets.13', type: 'MEETS', lang: 'ar', pattern: ':meetOfHim S<< T', confidence: 0.55, sourceKinds: MEETERS, targetKinds: ['person'], fallback: true, cancelledBy: MEETING_CANCELLED },
  { id: 'ar.supports.1', type: 'SUPPORTS', lang: 'ar', pattern: 'S … :support :for T', confidence: 0.5 },
  // Supporting an act supports its owner: «أيدت كينيا قرار الاتحاد الأفريقي».
  { id: 'ar.supports.6', type: 'SUPPORTS', lang: 'ar', pattern: ':supportVerb S :act T', confidence: 0.6 },
  // English
  // The EU imposed new sanctions on Russia / Trump Authorizes Sanctions Against Turkey
  { id: 'en.sanctions.1', type: 'SANCTIONS', lang: 'en', pattern: 'S … :en_impose … :en_sanctions … :en_on T', confidence: 0.85, cancelledBy: SANCTION_CANCELLED },
  // The Treasury sanctioned two Iranian officials
  { id: 'en.sanctions.2', type: 'SANCTIONS', lang: 'en', pattern: 'S :en_sanction … T', confidence: 0.8, cancelledBy: SANCTION_CANCELLED },
  // U.S. sanctions on Iran: the imposer written before the noun
  { id: 'en.sanctions.5', type: 'SANCTIONS', lang: 'en', pattern: 'S :en_sanctions :en_on T', confidence: 0.75, cancelledBy: SANCTION_CANCELLED },
  { id: 'en.allied_with.1', type: 'ALLIED_WITH', lang: 'en', pattern: 'S … :en_ally :en_with T', confidence: 0.8 },
  // A defence treaty signed by / a security agreement between: an agreement of another kind (arms
  // control, trade) is no defence pact.
  { id: 'en.defense_pact.1', type: 'DEFENSE_PACT', lang: 'en', pattern: ':en_defence :en_pact … :en_sign S', confidence: 0.8 },
  // Russia and North Korea signed a mutual defence treaty
  { id: 'en.defense_pact.2', type: 'DEFENSE_PACT', lang: 'en', pattern: 'S :en_sign … :en_defence … :en_pact', confidence: 0.8 },
  { id: 'en.meets.1', type: 'MEETS', lang: 'en', pattern: 'S :en_met … T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'en.meets.2', type: 'MEETS', lang: 'en', pattern: 'S :en_met …… :en_counterpart T', confidence: 0.8, sourceKinds: MEETERS, counterpart: true, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // The minister held talks with his Jordanian host / a summit with the Kenyan president
  { id: 'en.meets.3', type: 'MEETS', lang: 'en', pattern: 'S … :en_meeting :en_with T', confidence: 0.65, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // Talks between Kenya and Uganda: countries and delegations meet too (ANNOTATION.md).
  // After talks between Kenya and Uganda: countries and delegations meet too (ANNOTATION.md), when
  // the sentence says the meeting was held (see ar.meets.10).
  { id: 'en.meets.4', type: 'MEETS', lang: 'en', pattern: ':en_meetingHeld … :en_meeting :en_between S', confidence: 0.7, cancelledBy: MEETING_CANCELLED },
  { id: 'en.deploys_troops_to.1', type: 'DEPLOYS_TROOPS_TO', lang: 'en', pattern: 'S … :en_supply … :en_troops … :en_into T', confidence: 0.75 },
  { id: 'en.visits.1', type: 'VISITS', lang: 'en', pattern: 'S :en_visit T', confidence: 0.7 },
  { id: 'en.accuses.1', type: 'ACCUSES', lang: 'en', pattern: 'S :en_accuse T', confidence: 0.7 },
  // "The Obama administration last week accused Moscow of …", "Tillerson appeared to accuse South
  // Korean officials of lying": with its "of" or "for", the accusation reads its subject over a few
  // words that are no actor (a call or a clause of saying between them breaks it).
  { id: 'en.accuses.3', type: 'ACCUSES', lang: 'en', pattern: 'S … :en_accuse T :en_ofFor', confidence: 0.65 },
  // "Khodorkovsky supported an opposition party and accused Putin of corruption": a second verb shares the subject.
  { id: 'en.accuses.4', type: 'ACCUSES', lang: 'en', pattern: 'S … :en_and :en_accuse T :en_ofFor', confidence: 0.6 },
  // "Syria blames the strike on Israel": what is blamed, then on whom.
  { id: 'en.accuses.5', type: 'ACCUSES', lang: 'en', pattern: 'S :en_blame … :en_on T', confidence: 0.6 },
  { id: 'en.accuses.2', type: 'ACCUSES', lang: 'en', pattern: 'S :en_hold T :en_responsible', confidence: 0.7 },
  { id: 'en.criticizes.1', type: 'CRITICIZES', lang: 'en', pattern: 'S :en_condemn T', confidence: 0.7 },
  // "Moscow denounced the vote and warned Ukraine": a second verb shares the subject.
  { id: 'en.criticizes.11', type: 'CRITICIZES', lang: 'en', pattern: 'S … :en_and :en_criticize T', confidence: 0.6 },
  // "Vicente Fox, who has frequently criticised Trump": the head of the relative clause is its subject.
  { id: 'en.criticizes.12', type: 'CRITICIZES', lang: 'en', pattern: 'S who :en_criticize T', confidence: 0.65 },
  { id: 'en.accuses.6', type: 'ACCUSES', lang: 'en', pattern: 'S who :en_accuse T', confidence: 0.65 },
  // "Lavrov called Pyongyang's action 'unacceptable'", "McCain called Hagel unqualified".
  { id: 'en.criticizes.13', type: 'CRITICIZES', lang: 'en', pattern: 'S :en_call T … :en_damning', confidence: 0.6 },
  { id: 'en.accuses.7', type: 'ACCUSES', lang: 'en', pattern: 'S :en_accusation :en_against T', confidence: 0.6 },
  { id: 'en.accuses.8', type: 'ACCUSES', lang: 'en', pattern: 'S :en_accusation :en_that T', confidence: 0.6 },
  { id: 'en.criticizes.14', type: 'CRITICIZES', lang: 'en', pattern: 'S :en_warning :en_to T', confidence: 0.6 },
  { id: 'en.threatens.2', type: 'THREATENS', lang: 'en', pattern: 'S :en_threatNoun :en_againstTo T', confidence: 0.6 },
  { id: 'en.attacks.8', type: 'ATTACKS', lang: 'en', pattern: 'S :en_attackOf :en_of T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'en.detains.4', type: 'DETAINS', lang: 'en', pattern: 'S :en_detention :en_of T', confidence: 0.6, targetKinds: ['person'] },
  // "Australia condemned what it called North Korea's dangerous conduct": the act so named is the target's.
  { id: 'en.criticizes.15', type: 'CRITICIZES', lang: 'en', pattern: 'S :en_criticize :en_what …… :en_call T', confidence: 0.6 },
  // "with Palestinian leaders accusing Israeli forces of attacking a refugee camp"
  { id: 'en.accuses.9', type: 'ACCUSES', lang: 'en', pattern: ':en_withAlone S :en_accusing T', confidence: 0.6 },
  { id: 'en.accuses.10', type: 'ACCUSES', lang: 'en', pattern: 'S :en_assert T … :en_misdeed', confidence: 0.55 },
  { id: 'en.accuses.11', type: 'ACCUSES', lang: 'en', pattern: 'S :en_assert :en_that T … :en_misdeed', confidence: 0.55 },
  { id: 'en.criticizes.18', type: 'CRITICIZES', lang: 'en', pattern: 'S :en_urge T :en_to :en_stop', confidence: 0.6 },
  { id: 'en.criticizes.19', type: 'CRITICIZES', lang: 'en', pattern: 'S :en_callWord :en_on T :en_to :en_stop', confidence: 0.6 },
  // The president lashed out at the Justice Department
  { id: 'en.criticizes.3', type: 'CRITICIZES', lang: 'en', pattern: 'S :en_lashOut :en_out … :en_at … T', confidence: 0.7 },
  // Mr. Trump's criticism of Attorney General Jeff Sessions / Macron has taken swipes at Trump's nationalism
  { id: 'en.criticizes.4', type: 'CRITICIZES', lang: 'en', pattern: 'S … :en_criticism :en_of T', confidence: 0.65 },
  { id: 'en.criticizes.5', type: 'CRITICIZES', lang: 'en', pattern: 'S … :en_swipe :en_at T', confidence: 0.65 },
  // Cameron said he was "horrified" by … / Japan is deeply concerned about China's …
  { id: 'en.criticizes.6', type: 'CRITICIZES', lang: 'en', pattern: 'S … :en_dismayed :en_overAt T', confidence: 0.6 },
  { id: 'en.criticizes.9', type: 'CRITICIZES', lang: 'en', pattern: 'S … :en_concerned :en_aboutBy T', confidence: 0.6 },
  // The EU expressed concern over Turkey's …
  { id: 'en.criticizes.7', type: 'CRITICIZES', lang: 'en', pattern: 'S … :en_express … :en_concernNoun :en_overAt T', confidence: 0.6 },
  // Trump attacked Sessions again: between people, an attack is one of words (see COLLECTIVE).
  { id: 'en.criticizes.8', type: 'CRITICIZES', lang: 'en', pattern: 'S :en_verbalAttack T', confidence: 0.6, sourceKinds: ['person'], targetKinds: ['person'] },
  // A named person (ANNOTATION.md): "detained 21 members of the Russian military" names no one.
  { id: 'en.detains.1', type: 'DETAINS', lang: 'en', pattern: 'S :en_detain … T', confidence: 0.6, targetKinds: ['person'] },
  // Iran holds a British-Iranian aid worker
  { id: 'en.detains.3', type: 'DETAINS', lang: 'en', pattern: 'S :en_hold T', confidence: 0.6, targetKinds: ['person'] },
  { id: 'en.attacks.1', type: 'ATTACKS', lang: 'en', pattern: 'S :en_attackVerb T', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // Israel launched air strikes on Gaza
  // "airstrikes against the Islamic State"; not "against the militants in Iraq", where Iraq is the place.
  { id: 'en.attacks.2', type: 'ATTACKS', lang: 'en', pattern: 'S … :en_attack :en_on T', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // "strikes on positions of the Islamic State"
  { id: 'en.attacks.6', type: 'ATTACKS', lang: 'en', pattern: 'S … :en_attack :en_on … :en_of T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // "Hamas militants fired about 20 rockets at Israel", "Turkey fired on Syrian targets".
  { id: 'en.attacks.9', type: 'ATTACKS', lang: 'en', pattern: 'S :en_fire … :en_projectile … :en_atOnInto T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'en.attacks.10', type: 'ATTACKS', lang: 'en', pattern: 'S :en_fire :en_atOn T', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // "the Islamic State attacks in Paris", "Russian airstrikes in Syria": the attack where it struck.
  { id: 'en.attacks.5', type: 'ATTACKS', lang: 'en', pattern: 'S :en_attack :en_in T', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // "Trump defended McMaster" / "France expressed its support for Lebanon"
  // Support of a policy or a deal named after a state is not support of the state: wholeTarget.
  { id: 'en.supports.1', type: 'SUPPORTS', lang: 'en', pattern: 'S :en_defend T', confidence: 0.6, wholeTarget: true },
  // "Russian support for Assad", "Iran's support for Hezbollah": the owner of the support, named right before it.
  { id: 'en.supports.2', type: 'SUPPORTS', lang: 'en', pattern: 'S :en_supportNoun :en_forOrWith T', confidence: 0.6, wholeTarget: true },
  { id: 'en.supports.3', type: 'SUPPORTS', lang: 'en', pattern: 'S … :en_express … :en_supportNoun :en_forOrWith T', confidence: 0.6, wholeTarget: true },
  // Iran rejected the accusations by Saudi Arabia / dismissed criticism of Mr. Maliki
  { id: 'en.denies.2', type: 'DENIES', lang: 'en', pattern: 'S :en_deny … :en_claim … T', confidence: 0.6 },
  // Moscow denies Western accusations / refuted Russian claims: the accuser before the claim.
  { id: 'en.denies.4', type: 'DENIES', lang: 'en', pattern: 'S :en_deny … T :en_claim', confidence: 0.6 },
  // Chile denied supplying Peru (ANNOTATION.md) / denied that Russia …: the other actor of the act denied.
  { id: 'en.denies.5', type: 'DENIES', lang: 'en', pattern: 'S :en_denyVerb -ing … T', confidence: 0.6 },
  { id: 'en.denies.6', type: 'DENIES', lang: 'en', pattern: 'S :en_denyVerb … :en_denied … T', confidence: 0.6 },
  { id: 'en.denies.8', type: 'DENIES', lang: 'en', pattern: 'S :en_call T :en_claimish … :en_false', confidence: 0.6 },
  { id: 'en.denies.9', type: 'DENIES', lang: 'en', pattern: 'S :en_callOrCondemn … :en_claimish … :en_false', confidence: 0.55, fallback: true },
  // Russia denied the claims / denied that …: a denial with no accuser named.
  { id: 'en.denies.1', type: 'DENIES', lang: 'en', pattern: 'S :en_deny … :en_claim', confidence: 0.6, fallback: true },
  { id: 'en.denies.3', type: 'DENIES', lang: 'en', pattern: 'S :en_denyVerb … :en_denied', confidence: 0.6, fallback: true },
  { id: 'en.denies.7', type: 'DENIES', lang: 'en', pattern: 'S :en_denyVerb -ing', confidence: 0.6, fallback: true },
  { id: 'en.threatens.1', type: 'THREATENS', lang: 'en', pattern: 'S :en_threaten T', confidence: 0.6 },
  // "North Korea threatens missile strike on Guam": the threatened attack names the one threatened (the
  // attack itself is cancelled: ATTACK_CANCELLED). Not sanctions: "threatened vetoes of sanctions on
  // Syria", "threatened to pull out of sanction agreements on Iran".
  { id: 'en.threatens.3', type: 'THREATENS', lang: 'en', pattern: 'S :en_threaten … :en_attack :en_on T', confidence: 0.6 },
  // The EU froze the assets of two Iranian officials
  { id: 'en.sanctions.3', type: 'SANCTIONS', lang: 'en', pattern: 'S :en_freeze … :en_assets … T', confidence: 0.75, cancelledBy: SANCTION_CANCELLED },
  // The foreign minister arrived in Baghdad
  { id: 'en.visits.2', type: 'VISITS', lang: 'en', pattern: 'S :en_arrive :en_inOrAt T', confidence: 0.7, sourceKinds: MEETERS, targetKinds: VISITED },
  // Kim arrived at a Vietnamese border station / Trump … upon arrival in France
  { id: 'en.visits.3', type: 'VISITS', lang: 'en', pattern: 'S :en_arrive :en_inOrAt … N', confidence: 0.6, sourceKinds: MEETERS, targetKinds: VISITED },
  // Kim Chang Son, who arrived in Hanoi days ahead of the leader: the head of the relative clause.
  { id: 'en.visits.5', type: 'VISITS', lang: 'en', pattern: 'S who :en_arrive :en_inOrAt T', confidence: 0.65, sourceKinds: MEETERS, targetKinds: VISITED },
  // Pompeo's visit to Iraq: the visitor right before the noun.
  { id: 'en.visits.6', type: 'VISITS', lang: 'en', pattern: 'S :en_visitNoun :en_to T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: VISITED },
  // During a visit to Tokyo / paid a visit to Cuba / returned from a trip to Senegal: a visit
  // made, not one encouraged, announced or cancelled; not "on a trip" ("sent two aides on a trip to").
  { id: 'en.visits.7', type: 'VISITS', lang: 'en', pattern: 'S … :en_visitMade … :en_visitNoun :en_to T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: VISITED },
  { id: 'en.visits.4', type: 'VISITS', lang: 'en', pattern: 'S … :en_arrive :en_in T', confidence: 0.6, sourceKinds: ['person'], targetKinds: VISITED },
  // Islamic State fighters captured a major military air base in northeastern Syria
  { id: 'en.attacks.4', type: 'ATTACKS', lang: 'en', pattern: 'S … :en_seize … :en_in … T', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // "overwhelmed outposts held by Syrian rebels": what was taken was the target's.
  { id: 'en.attacks.7', type: 'ATTACKS', lang: 'en', pattern: 'S … :en_seize … held by T', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // Some 2,000 US troops stationed in Syria
  // "U.S. troops are stationed in Germany"; "American troops stationed in" is one item, its state with its troops.
  { id: 'en.deploys_troops_to.2', type: 'DEPLOYS_TROOPS_TO', lang: 'en', pattern: 'S :en_troops … :en_stationed :en_in T', confidence: 0.7 },
  // A person "based in Kabul" lives or works there: forces are a state's or a body's.
  { id: 'en.deploys_troops_to.3', type: 'DEPLOYS_TROOPS_TO', lang: 'en', pattern: 'S … :en_stationed :en_in T', confidence: 0.65, sourceKinds: COLLECTIVE },
  // Iranian militias fighting alongside Syrian government forces
  { id: 'en.allied_with.2', type: 'ALLIED_WITH', lang: 'en', pattern: 'S … :en_fight :en_alongside T', confidence: 0.7, sourceKinds: COLLECTIVE },
  // The United States trained Syrian Kurdish fighters
  { id: 'en.military_aid.2', type: 'MILITARY_AID', lang: 'en', pattern: 'S :en_train T', confidence: 0.6, sourceKinds: COLLECTIVE },
  // Iran was sanctioned by the United States / the journalist was detained by Turkish police
  { id: 'en.sanctions.4', type: 'SANCTIONS', lang: 'en', pattern: 'T :en_be :en_sanctioned :en_by S', confidence: 0.8, cancelledBy: SANCTION_CANCELLED },
  { id: 'en.detains.2', type: 'DETAINS', lang: 'en', pattern: 'T :en_be :en_detained :en_by S', confidence: 0.75, targetKinds: ['person'] },
  { id: 'en.attacks.3', type: 'ATTACKS', lang: 'en', pattern: 'T :en_be :en_attacked :en_by S', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'en.criticizes.2', type: 'CRITICIZES', lang: 'en', pattern: 'T :en_be :en_criticised :en_by S', confidence: 0.7 },
  { id: 'en.military_aid.1', type: 'MILITARY_AID', lang: 'en', pattern: 'S :en_supply … :en_weapons … T', confidence: 0.7 },
  { id: 'en.military_aid.3', type: 'MILITARY_AID', lang: 'en', pattern: 'S :en_weapons :en_deliveries :en_to T', confidence: 0.7 },
  { id: 'en.military_aid.4', type: 'MILITARY_AID', lang: 'en', pattern: 'S :en_military :en_militaryAid :en_to T', confidence: 0.7 },
  { id: 'en.military_aid.5', type: 'MILITARY_AID', lang: 'en', pattern: 'S :en_be T … :en_weapons :en_supplier', confidence: 0.65 },
  { id: 'en.military_aid.6', type: 'MILITARY_AID', lang: 'en', pattern: 'T :en_be :en_armed :en_by S', confidence: 0.65, sourceKinds: COLLECTIVE },
];

/**
 * Relative pronouns open a clause about the word before them, and contrastive or temporal
 * conjunctions a clause of its own ("Putin has denied the allegations, while Trump …"): a gap (…)
 * does not run through one.
 */
/**
 * Conjugated stems that are nouns too, and fill their lexicons with the article: القصف (the
 * bombardment), النشر (the deployment), الفرض (the imposing). Any other stem with the article is the
 * noun that shares its letters (الحذر caution, البحث research, الوقع impact), in no lexicon of the verb.
 */
export const VERBAL_NOUNS = ['قصف', 'نشر', 'فرض'];

/** Words that join coordinated actors when written apart ("China and Russia"); و is a proclitic, read by the tokenizer. */
export const COORDINATING_WORDS = [
  'و', 'and',
  // «ترامب وزوجته ميلانيا»: a spouse named beside someone is one more of those acting.
  'وزوجته', 'وقرينته', 'وزوجها',
  // «الحكومة السورية وحليفتها روسيا»: an ally named beside someone acts with them.
  'وحليفتها', 'وحليفها', 'وحليفه', 'وحليفته',
];
/**
 * Prepositions of place. An actor after one, reached over a gap, is where something is said or done,
 * not its target, unless it is a state («قصفت إسرائيل مواقع في سوريا»): «اتهمت بريطانيا في مجلس
 * الأمن روسيا» accuses Russia, not the Council.
 */
export const LOCATIVE_PREPOSITIONS = ['في', 'in'];
/** Conjunctions written on the next word («وفي طهران»): the word after them is what it is alone. */
export const CONJUNCTION_PROCLITICS = ['و', 'ف'];
/**
 * Unnamed companions coordinated with an actor, which leave it the one acting: "the U.S. and its allies
 * bombed", "the U.S. and coalition forces have been bombing". Each is written as its words in order.
 */
/** Verbs of saying that end an aside: "Russia, officials said, …" is no aside before a verb. */
export const ASIDE_ENDERS = ['said', 'says', 'told', 'saying'];
export const COMPANIONS = ['and its allies', 'and their allies', 'and its partners', 'and their partners', 'and coalition forces', 'and coalition partners', 'and allied forces'];
/** Words that may stand between a coordinator and its actor: "the United States and the Philippines". */
export const DETERMINERS = ['the'];
/**
 * Prepositions of the genitive, after which "the" begins a phrase whose first name may still act:
 * "part of the U.S.-led coalition conducting airstrikes", "the leader of the Western-backed opposition".
 */
export const GENITIVE_PREPOSITIONS = ['of'];

/**
 * How many nouns after a preposition still keep the actor after them in its phrase: Arabic's
 * construct (على مواقع حماس: on Hamas's positions); in English a preposition, a word, then an actor
 * is as often an infinitive ("to ask Russia to strike").
 */
export const GOVERNED_NOUNS: Record<'ar' | 'en', number> = { ar: 1, en: 0 };

/**
 * Where a nationality adjective stands to the noun it qualifies, how an adjective between them ends,
 * and nouns of things an event happens to. A nationality adjective on one of those names no actor
 * acting: «غارات على 50 هدفا إيرانيا» (Iranian targets), "strikes on Iranian positions", whereas
 * «الحكومة التركية» and "Russian jets" act.
 */
export const ADJECTIVE_ORDER: Record<'ar' | 'en', { after: boolean; ending: RegExp }> = {
  ar: { after: true, ending: /(ي|يه|يا|يين|يون)$/ },
  en: { after: false, ending: /(an|ish|ese|ic|al|i)$/ },
};
/**
 * The form of a verb that news writes after its subject: Arabic's imperfect («ترامب يتهم الصين»,
 * «مقاتلات التحالف تقصف»), a proclitic allowed. English patterns put the subject first themselves.
 */
export const VERB_AFTER_SUBJECT: Record<'ar' | 'en', RegExp | undefined> = { ar: /^[وف]?[يت]/, en: undefined };
/**
 * A verb that agrees with a plural subject: Arabic writes a verb before its subject in the singular
 * («هاجم المسلحون»), so a plural one («مسلحون يهاجمون السفارة», «الذين قصفوا») has its subject behind it.
 */
/**
 * A plural written in the oblique case (الحوثيين، الأمريكيين: the subject would be الحوثيون): right
 * after a verb it is the object («واتهم الحوثيين بـ»), never the one who acts.
 */
export const OBLIQUE_PLURAL: Record<'ar' | 'en', RegExp | undefined> = { ar: /يين$/, en: undefined };
/**
 * Words with a pronoun pointing back to a relative clause's head, which is then not the clause's
 * subject: «منبج التي هددت تركيا بشن عملية ضدها», «ألمانيا، التي تعتقل روسيا ثلاثة من مواطنيها».
 */
export const RESUMPTIVE_WORDS = [
  ...['ضد', 'على', 'في', 'من', 'عن', 'ل', 'ب', 'الى', 'مع'].flatMap((preposition) =>
    ['ها', 'ه', 'هم'].map((pronoun) => (preposition === 'على' ? 'علي' : preposition === 'الى' ? 'الي' : preposition) + pronoun),
  ),
  'مواطنيها', 'مواطنيه', 'مواطنيهم',
];
export const VERB_WITH_SUBJECT_SAID: Record<'ar' | 'en', RegExp | undefined> = { ar: /^[وف]?[يت]..+ون$|^...+وا$/, en: undefined };
export const PATIENT_NOUNS = [
  'هدف', 'هدفا', 'اهداف', 'الاهداف', 'موقع', 'مواقع', 'المواقع', 'منشاه', 'منشات', 'المنشات', 'مصالح', 'المصالح', 'تجمعات', 'مخازن',
  'مستودعات', 'شحنه', 'شحنات', 'ناقله', 'ناقلات', 'سفينه', 'سفن', 'السفينه', 'قاعده', 'قواعد', 'القواعد', 'سفاره', 'السفاره',
  'سفارات', 'قنصليه', 'القنصليه', 'مقر', 'مقرات', 'مدنيين', 'المدنيين',
  'target', 'base', 'bases', 'embassy', 'consulate', 'civilians', 'targets', 'positions', 'sites', 'facilities', 'interests', 'installations', 'vessel', 'vessels', 'tanker', 'tankers', 'ship', 'ships',
];

/**
 * Verbal nouns that after ل say what someone set out to do, the one named after them its object:
 * «وصل بومبيو للقاء الملك سلمان وولي العهد» (to meet the king and the crown prince), «لاتهام الحكومة
 * السورية» (to accuse the Syrian government). Others take
 * their agent there too: «لزيارة ولي العهد إلى فرنسا» is the crown prince's visit.
 */
export const PURPOSE_NOUNS = ['لقاء', 'مقابله', 'استقبال', 'اتهام'];

/** Lexicons whose words deny what follows them in the sentence (ANNOTATION.md: a denied relation is no fact). */
export const DENIAL_LEXICONS = ['deny', 'calledFalse', 'en_deny', 'en_denyVerb'];
/**
 * Words that open another clause, beyond which a denial does not reach: «وتنفي إيران تسليح الحوثيين، غير
 * أن الولايات المتحدة تتهم طهران». A verb with a conjunction on it («واتهم») opens one too.
 */
export const DENIAL_BOUNDARIES = ['غير', 'لكن', 'ولكن', 'بينما', 'فيما', 'كما', 'حين', 'but', 'while', 'whereas', 'although'];
/** Words that open a clause after a preposition («إلى أن», «من أن»): the actor after them is its subject. */
export const COMPLEMENTIZERS = ['ان', 'بان', 'لان', 'that'];
/** Relative pronouns: an actor just after one is inside the relative clause, not the subject of the verb after it. */
export const RELATIVE_PRONOUNS = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'which', 'who'];
/**
 * English verbs of saying open the clause said: "the Libyan prime minister said the attack on the U.S.
 * Consulate" names no attacker, and its speaker is none.
 */
const SAID = ['said', 'says', 'told', 'saying'];
/** Words that open a clause of its own ("that" and "but" too, which do not make their actor an object): a gap never steps over one. */
export const CLAUSE_OPENERS = [...RELATIVE_PRONOUNS, 'that', 'while', 'whereas', 'but', 'although', 'though', 'because', ...SAID];

/** How the word after a progressive auxiliary ends when the tense is continuous ("is attacking"). */
export const PROGRESSIVE_ENDING = 'ing';

/** Words that make the relation a negation, a denial, a future announcement, or a report. */
export const MODE_WORDS: Record<
  'negation' | 'future' | 'timeToCome' | 'manner' | 'report' | 'speech' | 'unrealised' | 'transparent' | 'progressive' | 'threat' | 'lifting' | 'phoneCall' | 'figurative' | 'preposition',
  string[]
> = {
  // Refusing to do a thing is not doing it: «يرفض فرض عقوبات», "refused to impose sanctions".
  negation: ['لم', 'لن', 'لا', 'ليس', 'not', "didn't", "don't", "doesn't", "won't", "wouldn't", "can't", 'cannot', "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", 'never', 'no', ...verbForms('رفض'), 'رفض', 'refused', 'refuses', 'refuse', 'refusing',
    // "refrained from criticizing Russia": held back, not done.
    'refrained', 'refrains', 'refrain', 'refraining', 'refusal'],
  // Calls, proposals and conditions: "called for sanctions", «دعا إلى فرض عقوبات», "if Iran attacks".
  // What they name has not happened, so no relation is read from the clause (ANNOTATION.md).
  unrealised: [
    // دعا ends in a tall alef, which verbForms does not conjugate: its forms are spelled out.
    'دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون', 'دعوه', 'دعوتها', ...verbForms('طالب'),
    // Fears of sanctions and a conditional «إن لم» («مخاوف من عقوبات», «إن لم يرجئها»): not in force.
    'مخاوف', 'مخاوفه', 'مخاوفها', 'خشيه', 'fears', ...verbForms('اقترح'), ...verbForms('لوح'), 'اذا', 'لو',
    // Proposals and hints: «اقتراحات … من أجل فرض عقوبات», «تلميحات بفرض عقوبات».
    'اقتراح', 'اقتراحات', 'مقترح', 'مقترحات', 'تلميح', 'تلميحات', ...verbForms('لمح'), ...verbForms('المح'),
    // Readiness, a plan, a postponement, a freedom to act: «استعداده للقاء», «خطة ترامب للقاء كيم»,
    // «أرجأ فرض عقوبات», «حرية توجيه ضربات».
    'استعداد', 'استعداده', 'استعدادها', 'استعدادهم', 'خطه', 'خطط', 'خطته', 'خطتها', ...verbForms('ارجا'), 'تاجيل', 'ارجاء', 'حريه',
    'ready', 'readiness', 'willing', 'willingness', 'plan', 'plans', 'postponed', 'delayed',
    // What ought to be done has not been: "the U.S. should support the Libyan people", "must sanction Iran".
    'should', 'ought',
    'calls', 'called', 'calling', 'urged', 'urges', 'urging', 'proposed', 'proposes', 'could', 'might', 'if', 'unless',
    'asking', 'asked', 'asks', 'demanded', 'demands', 'demanding', 'sought', 'seeks', 'seeking',
    // Weighing a step: "is considering U.S. airstrikes in Syria", "potential strikes", "prepared to launch".
    'considering', 'considers', 'weighing', 'potential', 'possible', 'prepared',
    // «ألغى محادثات مقررة» (cancelled talks).
    ...verbForms('الغى'), 'الغاء', 'cancelled', 'canceled', 'canceling', 'cancelling', 'cancels',
  ],
  // Auxiliaries and adverbs that may stand between a subject and its verb without changing who does
  // what ("Chile has also repeatedly criticised Peru", «كانت الأرجنتين قد انتقدت بشدة»), and
  // English's article before a name ("by the European Union").
  transparent: [
    'قد', 'ايضا', 'كذلك', 'بشده', 'مجددا', 'رسميا', 'مؤخرا', 'سابقا', 'بدوره', 'بدورها', 'ضمنا', 'ضمنيا', 'صراحه', 'علنا', 'بقوه', 'بحده', 'مرارا',
    // «زيارة رسمية للولايات المتحدة», «زيارة تاريخية إلى»: what kind of visit or talks it was.
    'رسميه', 'خاصه', 'تاريخيه', 'مفاجئه', 'قصيره', 'عمل',
    'has', 'have', 'had', 'also', 'repeatedly', 'again', 'strongly', 'publicly', 'formally', 'officially', 'already', 'recently', 'previously', 'sharply', 'held', 'the',
    // Adverbs of manner and time that English puts before its verb: "Kerry quickly condemned", "Moscow
    // has long accused", "Iran flatly denied". Not hedges ("apparently", "likely"), which say less.
    'consistently', 'directly', 'indirectly', 'explicitly', 'implicitly', 'widely', 'quickly', 'swiftly', 'promptly', 'immediately', 'instantly', 'flatly',
    'vehemently', 'vigorously', 'adamantly', 'roundly', 'harshly', 'angrily', 'bitterly', 'fiercely', 'sternly', 'firmly', 'forcefully', 'aggressively',
    'unequivocally', 'categorically', 'unanimously', 'openly', 'vocally', 'loudly', 'privately', 'regularly', 'frequently', 'often',
    'initially', 'subsequently', 'later', 'long', 'even', 'still',
    // "never" negates the relation too (MODE_WORDS.negation): "Feltman never met with Chagoury" is read, and negated.
    'never', 'now', 'then', 'twice', 'effectively', 'essentially', 'specifically',
    // An office's past and a region of a place say when and where, not who: "accused former President
    // Obama", "invaded northern Syria".
    'former', 'ex', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central',
  ],
  // A manner noun and the adjective after it say how, not who: «انتقد بشكل ضمني», «أدان بصورة قاطعة».
  manner: ['بشكل', 'بصوره'],
  // Auxiliaries of a continuous tense, stepped over only before a word with its ending (PROGRESSIVE_ENDING):
  // "Trump was lashing out at Macron". Before a participle they make a passive, which has rules of its own.
  progressive: ['is', 'are', 'was', 'were', 'been', 'am'],
  // Future, expected, imminent, planned: announced (drawn dashed), never a fact.
  future: [
    // «يتوقع أن تفرض» (expected to impose); not توقع, which is also «تُوقّع» (she signs).
    'يتوقع', 'تتوقع', 'يتوقعون', 'نتوقع',
    'سوف', 'المتوقع', 'متوقع', 'متوقعه', 'مقرره', 'المقرره', 'مقرر',
    // «عقوبات أميركية جديدة محتملة», «فرض ترامب المحتمل عقوبات»: possible, so not yet.
    'محتمله', 'المحتمله', 'محتمل', 'المحتمل', 'المرتقب', 'المرتقبه', 'مرتقب', 'مرتقبه', 'الوشيكه', 'وشيكه', 'الوشيك', 'وشيك', 'المزمع', 'المزمعه', 'مزمع', 'مزمعه', 'المقرر',
    // Intending and preparing to: «تستعد لفرض عقوبات», «تعتزم». Not تعد: «تُعدّ روسيا أحد حلفاء» (is
    // counted among) is far more common in news than «تُعِدّ لفرض» (prepares to).
    'تستعد', 'يستعد', 'تعتزم', 'يعتزم', 'تنوي', 'ينوي', 'عزم', 'عزمه', 'عزمها', 'عزمهم', 'نيه', 'نيته', 'نيتها',
    // «الشهر المقبل», «الأسبوع القادم», «غدا»: a time still to come (timeToCome).
    'المقبل', 'المقبله', 'القادم', 'القادمه', 'غدا',
    // «لعقد قمة», «لإجراء محادثات» (in order to hold), «مع اقتراب … من عقد قمة» (nearing), «احتمال عقد قمة»
    // (the possibility of): not held yet.
    'لعقد', 'لاجراء', 'اقتراب', 'احتمال',
    'will', 'would', 'expected', 'tomorrow', 'upcoming', 'planned', 'imminent', 'plans', 'intends', 'prepares', 'preparing',
    // "sanctions are likely to target Russia's energy sector": expected, not yet.
    'likely',
  ],
  // A time still to come, which makes announced what it follows too: «زيارة رسمية لإثيوبيا غدا».
  timeToCome: ['المقبل', 'المقبله', 'القادم', 'القادمه', 'غدا', 'tomorrow', 'next'],
  // Threatening to do a thing is not doing it (THREATENS rules read the threat itself).
  threat: [...verbForms('هدد'), ...verbForms('توعد'), ...verbForms('لوح'), 'تهديد', 'threatened', 'threatens', 'threatening', 'threat'],
  // Sanctions lifted, eased or suspended are not imposed (ANNOTATION.md): «رفعت العقوبات التي فرضتها».
  // Not علّق or تعليق: they also mean commenting.
  lifting: [...verbForms('رفع'), ...verbForms('خفف'), ...verbForms('الغى'), 'رفع', 'تخفيف', 'الغاء', ...englishVerbs('lift', 'ease', 'suspend', 'remove', 'waive')],
  // A phone call is not a meeting (ANNOTATION.md): «خلال محادثة هاتفية مع نظيره», "in a phone call with".
  // A war of tariffs, words or currencies is no attack: «حرب الرسوم الجمركية», "trade war".
  figurative: ['التجاريه', 'تجاريه', 'الرسوم', 'رسوم', 'الجمركيه', 'الكلاميه', 'كلاميه', 'الاعلاميه', 'العملات', 'الاسعار', 'trade', 'tariff', 'tariffs', 'words', 'currency', 'price'],
  phoneCall: ['هاتفيه', 'هاتفي', 'هاتفيا', 'الهاتف', 'الهاتفيه', 'بالهاتف', 'phone', 'telephone', 'phoned', 'videoconference', 'video'],
  // Prepositions written as words: the actor after one is its object.
  preposition: ['ضد', 'على', 'علي', 'الى', 'الي', 'مع', 'في', 'من', 'عن', 'بشان', 'حول', 'ازاء', 'حيال', 'لدى', 'لدي', 'against', 'on', 'with', 'to', 'from', 'by', 'at', 'in', 'into', 'of', 'for'],
  report: ['وفق', 'وفقا', 'نقلت', 'ذكرت', 'افادت', 'according', 'reported', 'reportedly'],
  // Verbs that introduce what someone said; the actor next to one is who the relation is attributed to.
  speech: [
    ...verbForms('قال'), ...verbForms('اكد'), ...verbForms('ذكر'), ...verbForms('اعلن'), ...verbForms('افاد'), ...verbForms('صرح'),
    ...verbForms('اضاف'), ...verbForms('اوضح'), ...verbForms('نقل'), ...verbForms('اتهم'), 'قالت', 'وفق', 'وفقا', 'بحسب',
    'said', 'says', 'told', 'announced', 'stated', 'according',
  ],
};
