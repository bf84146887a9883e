/** Arabic trigger lexicons: the words each rule of rules.ts names with `:name`, in their normalised spelling. */
import { verbForms } from './verbs.ts';

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
  // Met together, said by a verb in the past: a meeting noun has no tense («قمة ترامب وبوتين» is as often to
  // come), nor has the present («يلتقي ترامب وكيم في أول قمة», a month ahead); «استقبل ترامب وزوجته» has its host unsaid.
  meetTogether: [...verbForms('التقى'), ...verbForms('اجتمع'), ...verbForms('بحث'), ...verbForms('ناقش')].filter((form) => !/^[يتن]/.test(form)),
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
  // Not توقف: «تُوقِف» (she arrests) is written as the far commoner «توقّف» (stopping), «مع توقف اليابان عن شراء نفطها».
  detain: [...verbForms('احتجز'), ...verbForms('اعتقل'), ...verbForms('اوقف').filter((form) => form !== 'توقف'), 'احتجاز', 'اعتقال'],
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
  // What a strike is aimed at: «غارات على سوريا», «هجمات ضد», «ضربات داخل سوريا». A noun of attack then «في» names where it
  // happened («غارة أميركية في مأرب» was on al-Qaeda), read only in the relative clause of a war (ar.attacks.3).
  onOrAgainst: ['على', 'علي', 'ضد', 'داخل'],
  into: ['في', 'الى', 'داخل'],
  // «أعربت فرنسا عن دعمها للحكومة العراقية», «جددت مصر تأييدها للسعودية»: support declared.
  declare: [...verbForms('اعرب'), ...verbForms('اكد'), ...verbForms('جدد')],
  supportOfIt: ['دعمها', 'دعمه', 'دعمهم', 'دعمنا', 'تاييدها', 'تاييده', 'تاييدهم', 'مساندتها', 'مساندته'],
  // «معارك ضارية مع ميليشيات الحوثي»: battles with someone are against them (not قتال مع, also fighting alongside).
  battles: ['معارك', 'اشتباكات', 'مواجهات'],
  // Who wages them, or what came after them: «خاض الجيش معارك مع», «سيطر الجيش بعد معارك مع».
  wage: verbForms('خاض'),
  after: ['بعد', 'عقب', 'اثر'],
  // «قاتلت القوات الكردية إلى جانب الولايات المتحدة»: fighting alongside is an alliance (ANNOTATION.md).
  alongside: ['جانب'],
  // وفد من كوريا الشمالية يزور …: a delegation acts for its state.
  delegation: ['وفد', 'وفدا', 'الوفد', 'وفود'],
  // «وقدمت روسيا للحكومة السورية دعما دبلوماسيا»: support given.
  provide: verbForms('قدم'),
  supportGiven: ['دعما', 'الدعم', 'تاييدا'],
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
  ],
};
