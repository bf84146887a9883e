/** Words around Arabic names: offices that introduce a person, and what a name never runs into. */
import { SAME_OFFICE, type NameWords } from '../../engine/language.ts';
import { NAME_STARTS } from './name-starts.ts';
import { SKELETON } from './skeleton.ts';
import { transliterate } from './transliterate.ts';

export const NAMES: NameWords = {
  // «وزير الخارجية جان نويل بارو»: the English title is recorded on HOLDS_OFFICE. Longest title first wins.
  titles: {
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
  },
  // Between an office and a name: «ولي العهد السعودي الأمير محمد بن سلمان».
  honorifics: ['الأمير', 'الشيخ', 'السيد', 'السيدة', 'الملك', 'الدكتور'],
  abbreviations: [],
  // محمد بن سلمان، عبد الله، آل نهيان
  links: ['بن', 'بنت', 'ابن', 'آل', 'أبو', 'أبي', 'عبد', 'ولد'],
  // Prepositions, particles, reporting verbs.
  stops: [
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'إن', 'أن', 'ان', 'قد', 'لقد', 'خلال', 'أمام', 'امام', 'بعد', 'قبل', 'الذي', 'التي', 'الذين',
    'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'صرح', 'يوم', 'اليوم', 'أمس', 'لدى', 'عند', 'حيث', 'كما', 'لكن', 'ثم',
    'و', 'أو', 'بين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'كانت', 'يكون', 'سابق', 'السابق', 'الأسبق', 'الجديد', 'الحالي', 'آنذاك', 'نفسه', 'بدوره',
    'ما', 'لا', 'لم', 'لن', 'ليس', 'كل', 'أي', 'عبر', 'حول', 'ضد', 'إثر', 'وفق', 'منذ', 'حتى', 'دون', 'غير', 'بشأن', 'إلى', 'ان', 'انه', 'انها',
    'أنا', 'نحن', 'هو', 'هي', 'هم', 'أنت', 'أنه', 'أنها', 'إنه', 'إنها', 'له', 'لها', 'به', 'بها', 'فيه', 'فيها', 'عليه', 'عليها',
    'حذر', 'وصل', 'دعا', 'طالب', 'أشار', 'شدد', 'اعتبر', 'رأى', 'أعرب', 'أكد', 'تابع', 'زار', 'التقى', 'بحث', 'استقبل', 'هاتف', 'رحب', 'أعلن',
    // Nouns of groups and their members, never part of a person's name («الرئيس التركي وأعضاء حزبه»).
    'أعضاء', 'عضو', 'حزب', 'حزبه', 'حزبها', 'جماعة', 'أنصار', 'أنصاره', 'مؤيدو', 'مؤيدي', 'حكومة', 'حكومته', 'وفد', 'وفدا',
    // Bodies an office heads, never a person's name: «رئيس تحرير صحيفة», «رئيس مجلس إدارة شركة», «رئيس نادي ريال».
    'مجلس', 'مجلسها', 'مجلسه', 'تحرير', 'إدارة', 'ادارة', 'نادي', 'شركة', 'هيئة', 'لجنة', 'مؤسسة', 'جامعة', 'صحيفة', 'جريدة', 'مجلة', 'موقع', 'اتحاد',
    // Words of time and of chairing, which follow a name but are never part of one: «خالد رئيسا», «عقب افتتاح».
    'عقب', 'بعدما', 'رئيسا', 'ترأس', 'يترأس', 'إعادة', 'تحت', 'فوق', 'نحو', 'علنا', 'علانية',
    // Adverbs and conjunctions of the sentence going on: «تشارلز فيما يغيب», «الرئيس شخصيا».
    'أولا', 'ثانيا', 'فقط', 'سابقا', 'لاحقا', 'شخصيا', 'فيما', 'بينما', 'عندما', 'حين', 'حينما', 'إذ', 'إذا', 'لأن', 'كي', 'لكي', 'بل', 'ربما', 'قرابة',
    // Adjectives of the venues and bodies named after people: «ستاد الأمير خالد الدولي».
    'الدولي', 'الدولية', 'الأولمبي', 'الأولمبية', 'الإقليمي', 'الإقليمية', 'الوطني', 'الرياضي', 'العالمي',
    // Words of the sentence going on: «رابين بسبب توقيعه», «وليامسون مضيفا», «هادي واجه صعوبات».
    'بسبب', 'مضيفا', 'مضيفة', 'آخرون', 'آخر', 'أخرى', 'أول', 'عمل', 'واجه', 'ظهر', 'جنبا', 'باستخدام',
    // «جوزيه ماريا بارتوميو فاز», «ريان زينكي مرشح لتولي», «كيم مبتسما», «وليام صباحا» (not أكبر or أفضل: علي أكبر، محمد أفضل).
    'فاز', 'وافق', 'استدعى', 'نجا', 'كلف', 'حرص', 'عملت', 'أكدا', 'أقول', 'مرشح', 'مرشحا', 'منصب', 'منصبه', 'أشد', 'أولى',
    'حاضرا', 'مبتسما', 'مصحوبا', 'صباحا', 'مساء', 'عرضا', 'احتمال', 'قرب', 'زواج', 'عما', 'مرارا', 'تم', 'بناء', 'بعيد', 'أحد', 'دعم', 'بحكم',
    // The rest of an office written without its article, never a name: «أمين عام», «قائد أركان».
    'عام', 'أركان',
    // Kin, who are named after the person they are kin of: «فيليب ماي زوج رئيسة الوزراء».
    'زوج', 'زوجة', 'حفيد', 'حفيدة', 'نجل', 'ابنة', 'شقيق', 'شقيقة', 'والد', 'والدة',
    // Verbs of acting and deciding, which follow the name of who acts: «الرئيس نيكولاس مادورو أمر بإطلاق».
    'أمر', 'أصدر', 'كشف', 'جاء', 'ساهم', 'أعربت', 'أبدى', 'أبلغ', 'قرر', 'أجرى', 'ألقى', 'بدأ', 'سمح', 'يسمح',
    'تمكن', 'تمكنت', 'أشاد', 'طلب', 'منح', 'تلقى', 'أرسل', 'شارك', 'حضر', 'غادر', 'عاد', 'توجه', 'قام', 'استقالة', 'دعوة',
    // What is sent or said, never who: «وجهت … رسالة شكر», «أن تحمل له رسالة سلام».
    'رسالة', 'رسالته', 'رسائل', 'برقية', 'كلمة', 'خطاب',
    // Light verbs and adverbs after an office: «أمير قطر يقوم حاليا بزيارة».
    'يقوم', 'تقوم', 'قام', 'قامت', 'يزور', 'تزور', 'يجري', 'أجرى', 'حاليا', 'رسميا', 'مؤخرا', 'أيضا', 'ايضا', 'مجددا', 'بدوره', 'بدورها',
  ],
  // The holder's kin («زوجة رئيس الوزراء … سارة»), or a deputy or aide («نائب المستشار النمساوي …»).
  notTheHolder: [
    'زوجة', 'زوج', 'نجل', 'ابن', 'ابنة', 'نجلة', 'شقيق', 'شقيقة', 'والد', 'والدة', 'أرملة', 'نائب', 'نائبة', 'مساعد', 'مساعدة', 'مستشار', 'مستشارة',
  ],
  roles: [],
  // «رئيس الوزراء المعزول نواز شريف»: a former holder is still named, but holds no office now
  // (ANNOTATION.md: former office holders are not current holders).
  officeDescriptors: {
    former: ['السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'المعزول', 'المعزولة', 'المخلوع', 'الراحل', 'الراحلة'],
    present: ['الجديد', 'الجديدة', 'الحالي', 'الحالية'],
  },
  // Arabic has no capitals: a name is two to four words that are not function words, with the article
  // only on a last, family word (الحريري), and it must end where something else clearly begins.
  shape: {
    capitalised: false,
    leadersByFamilyName: false,
    wordStart: /^[\u0621-\u064a]/,
    article: /^(و|ف)?(ب|ل|ك)?ال/,
    familyEnding: 'ي',
    conjunction: /^[وف]/,
    nameStarts: NAME_STARTS,
    notANameWord: new RegExp(
      [
        // An indefinite ending: «عباس مستعداً للعودة».
        '[\u064b-\u064d]',
        // A pronoun ending: «نواز شريف وابنته», «راجح بادي قوله», «أوباما لموافقتها»; not الله, nor the ه
        // that writes a foreign -e (شتراخه).
        '[\u0621-\u064a]{2,}(?<!ل)(ته|ئه|له)$',
        '[\u0621-\u064a]{3,}(ها|هم|هما|كم)$',
        // An imperfect verb: «مون يعتقد», «فيليب يتقاعد», «لويس فيديجاراي تعهد»; not the ي of يونغ, يلدز or
        // ينسن, nor the ت of a foreign ch, ts or tr (تشرشل، تسيبراس، ترومان).
        '^ي[^اويلن][\u0621-\u064a]{2,}$',
        '^ت[^اويرشسز][\u0621-\u064a]{2,}$',
        // A verb with a first-person object: «شي أبلغني».
        '^أ[\u0621-\u064a]{2,}(ني|نا)$',
        // A feminine noun after a name's first word: «صدام حسين مستمرة», «تسيبراس موجة معارضة»; the few
        // family names so written (جنينة) are lost with them.
        '^[\u0621-\u064a]{2,}ة$',
        // ب، ل or ك on a feminine or plural noun, or on the article: «بوتين لزيارة», «الرئيس للأمن القومي».
        '^[وف]?[بلك][\u0621-\u064a]{2,}(ة|ه|ات|ان|يه)$',
        '^[وف]?(لل|[بك]ال)',
        // ب or ل on a verbal noun or an elative, which no name begins with: «بروكوبيس بافلوبولوس لتجنب»,
        // «شي بتعزيز», «فيليبي لإبقاء», «ترايان باسيسكو لأكثر» (not the ت of a foreign tr, ch or ts: بتريوس).
        '^[وف]?[بل][أإآ][\u0621-\u064a]{2,}$',
        '^[وف]?[بل]ت[^رشسز][\u0621-\u064a]{2,}$',
        // A verb in the future tense: «هوراسيو كارتس سيتحدث», «عباس سيبقى» (not Simon, Seibert or Segev: سيمون، سيبيرت، سيجيف).
        '^سي[تحعقصطخظض][\u0621-\u064a]{2,}$',
        '^سي[\u0621-\u064a]{2,}ى$',
        // A conjunction before a consonant joins another word, not the name's next part («هاري وميغان»;
        // ويلسون، واتسون، ووكر and وليامسون go on).
        '^و[^اويل]',
      ].join('|'),
    ),
    triggerEndsName: true,
    ownerBeforeOffice: false,
    descriptorBeforeOffice: false,
    // «المتحدث باسم» must say whose spokesperson: an organisation we know, not a name.
    ownerAfterTitle: ['باسم'],
    transliterate,
  },
  skeleton: SKELETON,
};
