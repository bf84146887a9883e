/**
 * Office titles that introduce a person ("وزير الخارجية جان نويل بارو", "Foreign Minister Jean-Noël
 * Barrot"), with the English title recorded on HOLDS_OFFICE. Longest title first wins.
 */
export const SAME_OFFICE = '=';

export const TITLES: Record<string, string> = {
  'رئيس الوزراء': 'prime minister',
  'رئيسة الوزراء': 'prime minister',
  'رئيس الحكومة': 'prime minister',
  'رئيسة الحكومة': 'prime minister',
  // The construct state, before whose office it is: «رئيس وزراء باكستان», «زعيم كوريا الشمالية».
  'رئيس وزراء': 'prime minister',
  'رئيسة وزراء': 'prime minister',
  'رئيس حكومة': 'prime minister',
  'رئيسة حكومة': 'prime minister',
  'وزير خارجية': 'foreign minister',
  'وزيرة خارجية': 'foreign minister',
  'وزير دفاع': 'defence minister',
  'وزيرة دفاع': 'defence minister',
  زعيم: 'leader',
  ملك: 'king',
  عاهل: 'king',
  سفير: 'ambassador',
  سفيرة: 'ambassador',
  'نائب الرئيس': 'vice president',
  'نائبة الرئيس': 'vice president',
  الرئيس: 'president',
  الرئيسة: 'president',
  رئيس: 'president',
  'وزير الخارجية': 'foreign minister',
  'وزيرة الخارجية': 'foreign minister',
  'وزير الدفاع': 'defence minister',
  'وزيرة الدفاع': 'defence minister',
  'وزير الداخلية': 'interior minister',
  'وزيرة الداخلية': 'interior minister',
  'وزير المالية': 'finance minister',
  'وزيرة المالية': 'finance minister',
  'وزير الخزانة': 'treasury secretary',
  'وزير الطاقة': 'energy minister',
  'وزير الاقتصاد': 'economy minister',
  'وزير التجارة': 'trade minister',
  'المتحدث باسم وزارة الخارجية': 'foreign ministry spokesperson',
  'المتحدثة باسم وزارة الخارجية': 'foreign ministry spokesperson',
  'المتحدث باسم وزارة الدفاع': 'defence ministry spokesperson',
  'المتحدث باسم الحكومة': 'government spokesperson',
  'المتحدث باسم الرئاسة': 'presidential spokesperson',
  'المتحدث الرسمي باسم': 'spokesperson',
  'المتحدث باسم': 'spokesperson',
  'المتحدثة باسم': 'spokesperson',
  الزعيم: 'leader',
  'المرشد الأعلى': 'supreme leader',
  الملك: 'king',
  العاهل: 'king',
  'ولي العهد': 'crown prince',
  'أمير': 'emir',
  السفير: 'ambassador',
  السفيرة: 'ambassador',
  المستشار: 'chancellor',
  المستشارة: 'chancellor',
  'مستشار الأمن القومي': 'national security adviser',
  'رئيس هيئة الأركان': 'chief of staff',
  'قائد الجيش': 'army commander',
  // "his counterpart": the same office as the person just named, in another state.
  نظيره: SAME_OFFICE,
  نظيرته: SAME_OFFICE,
  'his counterpart': SAME_OFFICE,
  'her counterpart': SAME_OFFICE,
  'President': 'president',
  'Prime Minister': 'prime minister',
  'Foreign Minister': 'foreign minister',
  'foreign minister': 'foreign minister',
  'Defence Minister': 'defence minister',
  'Defense Minister': 'defence minister',
  'defence minister': 'defence minister',
  'defense minister': 'defence minister',
  'Secretary of State': 'secretary of state',
  'Defense Secretary': 'defence secretary',
  'spokesperson': 'spokesperson',
  'spokesman': 'spokesperson',
  'spokeswoman': 'spokesperson',
  'Chancellor': 'chancellor',
  'King': 'king',
  'Crown Prince': 'crown prince',
  'Ambassador': 'ambassador',
  'leader': 'leader',
  // The offices of US politics that name most people of the English press.
  'Vice President': 'vice president',
  'Senator': 'senator',
  'Sen': 'senator',
  'Representative': 'representative',
  'Rep': 'representative',
  'Speaker': 'speaker',
  'House Speaker': 'speaker',
  'Attorney General': 'attorney general',
  'Special Counsel': 'special counsel',
  'Secretary': 'secretary',
  // Hyphens part words: "Secretary-General Kofi Annan" is read as Secretary General.
  'Secretary General': 'secretary-general',
  'Treasury Secretary': 'treasury secretary',
  'Director': 'director',
  'Governor': 'governor',
  'Gov': 'governor',
  'Chairman': 'chairman',
  'General': 'general',
  'Gen': 'general',
  'Judge': 'judge',
  'Ambassador to': 'ambassador',
};

/** Honorifics between an office and a name (ولي العهد السعودي الأمير محمد بن سلمان). */
export const HONORIFICS = ['الأمير', 'الشيخ', 'السيد', 'السيدة', 'الملك', 'الدكتور', 'Sheikh', 'Prince', 'Mr', 'Mrs', 'Ms', 'Dr'];

/** Words that join the parts of an Arabic name (محمد بن سلمان، عبد الله، آل نهيان). */
export const NAME_LINKS = ['بن', 'بنت', 'ابن', 'آل', 'أبو', 'أبي', 'عبد', 'ولد', 'von', 'de', 'van', 'al', 'bin', 'der'];

/** Words that end a name: a name never runs into these (prepositions, particles, reporting verbs). */
export const NAME_STOPS = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'إن', 'أن', 'ان', 'قد', 'لقد', 'خلال', 'أمام', 'امام', 'بعد', 'قبل', 'الذي', 'التي', 'الذين',
  'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'صرح', 'يوم', 'اليوم', 'أمس', 'لدى', 'عند', 'حيث', 'كما', 'لكن', 'ثم',
  'و', 'أو', 'بين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'كانت', 'يكون', 'سابق', 'السابق', 'الأسبق', 'الجديد', 'الحالي', 'آنذاك', 'نفسه', 'بدوره',
  'ما', 'لا', 'لم', 'لن', 'ليس', 'كل', 'أي', 'عبر', 'حول', 'ضد', 'إثر', 'وفق', 'منذ', 'حتى', 'دون', 'غير', 'بشأن', 'إلى', 'ان', 'انه', 'انها',
  'أنا', 'نحن', 'هو', 'هي', 'هم', 'أنت', 'أنه', 'أنها', 'إنه', 'إنها', 'له', 'لها', 'به', 'بها', 'فيه', 'فيها', 'عليه', 'عليها',
  'حذر', 'وصل', 'دعا', 'طالب', 'أشار', 'شدد', 'اعتبر', 'رأى', 'أعرب', 'أكد', 'تابع', 'زار', 'التقى', 'بحث', 'استقبل', 'هاتف', 'رحب', 'أعلن',
  // Nouns of groups and their members, never part of a person's name («الرئيس التركي وأعضاء حزبه»).
  'أعضاء', 'عضو', 'حزب', 'حزبه', 'حزبها', 'جماعة', 'أنصار', 'أنصاره', 'مؤيدو', 'مؤيدي', 'حكومة', 'حكومته', 'وفد', 'وفدا',
  // What is sent or said, never who: «وجهت … رسالة شكر», «أن تحمل له رسالة سلام».
  'رسالة', 'رسالته', 'رسائل', 'برقية', 'كلمة', 'خطاب',
  // Light verbs and adverbs after an office: «أمير قطر يقوم حاليا بزيارة».
  'يقوم', 'تقوم', 'قام', 'قامت', 'يزور', 'تزور', 'يجري', 'أجرى', 'حاليا', 'رسميا', 'مؤخرا', 'أيضا', 'ايضا', 'مجددا', 'بدوره', 'بدورها',
  'said', 'says', 'told', 'on', 'in', 'at', 'of', 'and', 'the', 'who', 'has', 'had', 'was', 'is', 'will', 'to', 'for', 'with',
];

/**
 * Words before an office that make the named person someone else than its holder: the holder's
 * kin («زوجة رئيس الوزراء … سارة»), or a deputy or aide («نائب المستشار النمساوي …»).
 */
export const NOT_THE_HOLDER = [
  'زوجة', 'زوج', 'نجل', 'ابن', 'ابنة', 'نجلة', 'شقيق', 'شقيقة', 'والد', 'والدة', 'أرملة', 'نائب', 'نائبة', 'مساعد', 'مساعدة', 'مستشار', 'مستشارة',
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'widow', 'deputy', 'aide', 'adviser', 'advisor',
];

/**
 * Roles a person holds for someone, written after that someone's name and before the person's:
 * "Trump adviser Steve Bannon", "Trump son-in-law Jared Kushner" (hyphens part words, so "son in law"; with NOT_THE_HOLDER's kin and aides).
 */
export const ROLES = [
  'campaign chairman', 'campaign manager', 'national security adviser', 'chief of staff', 'senior adviser', 'top aide', 'lawyer',
  'attorney', 'personal lawyer', 'envoy', 'ally', 'confidant', 'associate', 'son in law', 'spokesman', 'spokeswoman',
];

/**
 * Words between an office and a name that describe the office: «رئيس الوزراء المعزول نواز شريف»,
 * "former President Barack Obama". A former holder is still named, but holds no office now
 * (ANNOTATION.md: former office holders are not current holders).
 */
export const OFFICE_DESCRIPTORS: { former: string[]; present: string[] } = {
  former: ['السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'المعزول', 'المعزولة', 'المخلوع', 'الراحل', 'الراحلة', 'former', 'late', 'ousted'],
  present: ['الجديد', 'الجديدة', 'الحالي', 'الحالية', 'new', 'current'],
};
