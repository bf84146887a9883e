/** Arabic function words, mode words and word order, in their normalised spelling (see engine/language.ts for each field). */
import type { FunctionWords, Grammar, ModeWordKind } from '../../engine/language.ts';
import { OBJECT_PRONOUN_FORMS, VERB_FORMS, VERB_STEMS, verbForms } from './verbs.ts';

export const WORDS: FunctionWords = {
  // و is a proclitic, read by the tokenizer; written apart it coordinates too.
  coordinating: [
    'و',
    // «ترامب وزوجته ميلانيا»: a spouse named beside someone is one more of those acting.
    'وزوجته', 'وقرينته', 'وزوجها',
    // «الحكومة السورية وحليفتها روسيا»: an ally named beside someone acts with them.
    'وحليفتها', 'وحليفها', 'وحليفه', 'وحليفته',
  ],
  // Unless it is a state («قصفت إسرائيل مواقع في سوريا»): «اتهمت بريطانيا في مجلس الأمن روسيا» accuses
  // Russia, not the Council.
  locativePrepositions: ['في'],
  // «وفي طهران»
  conjunctionProclitics: ['و', 'ف'],
  asideEnders: [],
  companions: [],
  determiners: [],
  genitivePrepositions: [],
  // «غارات على 50 هدفا إيرانيا» (Iranian targets), whereas «الحكومة التركية» acts.
  patientNouns: [
    'هدف', 'هدفا', 'اهداف', 'الاهداف', 'موقع', 'مواقع', 'المواقع', 'منشاه', 'منشات', 'المنشات', 'مصالح', 'المصالح', 'تجمعات', 'مخازن',
    'مستودعات', 'شحنه', 'شحنات', 'ناقله', 'ناقلات', 'سفينه', 'سفن', 'السفينه', 'قاعده', 'قواعد', 'القواعد', 'سفاره', 'السفاره',
    'سفارات', 'قنصليه', 'القنصليه', 'مقر', 'مقرات', 'مدنيين', 'المدنيين',
  ],
  // «وصل بومبيو للقاء الملك سلمان وولي العهد» (to meet the king and the crown prince), «لاتهام الحكومة
  // السورية» (to accuse the Syrian government). Others take their agent there too: «لزيارة ولي العهد
  // إلى فرنسا» is the crown prince's visit.
  purposeNouns: ['لقاء', 'مقابله', 'استقبال', 'اتهام'],
  // «وتنفي إيران تسليح الحوثيين، غير أن الولايات المتحدة تتهم طهران». A verb with a conjunction on it
  // («واتهم») opens one too.
  denialBoundaries: ['غير', 'لكن', 'ولكن', 'بينما', 'فيما', 'كما', 'حين'],
  // «إلى أن», «من أن»
  complementizers: ['ان', 'بان', 'لان'],
  relativePronouns: ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي'],
  clauseOpeners: [],
  // «منبج التي هددت تركيا بشن عملية ضدها», «ألمانيا، التي تعتقل روسيا ثلاثة من مواطنيها».
  resumptive: [
    ...['ضد', 'على', 'في', 'من', 'عن', 'ل', 'ب', 'الى', 'مع'].flatMap((preposition) =>
      ['ها', 'ه', 'هم'].map((pronoun) => (preposition === 'على' ? 'علي' : preposition === 'الى' ? 'الي' : preposition) + pronoun),
    ),
    'مواطنيها', 'مواطنيه', 'مواطنيهم',
  ],
  // القصف (the bombardment), النشر (the deployment), الفرض (the imposing). Any other stem with the
  // article is the noun that shares its letters (الحذر caution, البحث research, الوقع impact), in no
  // lexicon of the verb.
  verbalNouns: ['قصف', 'نشر', 'فرض'],
  // «مقتل القيادي في القاعدة … في الغارة على موقع للمتشددين جنوب ليبيا».
  // Not مساعدة (also aid), مستشارة (also chancellor), خليفة (also a name: خليفة حفتر).
  servingNouns: [
    'مساعد', 'مساعدي', 'مساعدو', 'مستشار', 'مستشاري', 'مستشارو', 'مبعوث', 'مبعوثي', 'موفد', 'ممثل', 'ممثلي', 'ممثلو', 'سكرتير', 'محامي', 'محامو', 'حارس', 'حراس',
    'نجل', 'ابن', 'ابنة', 'زوجة', 'زوج', 'شقيق', 'شقيقة', 'والد', 'والدة', 'حفيد', 'حفيدة', 'صهر', 'أرملة',
  ],
  // Not حديث (also recent), حوار (also dialogue with a party), تصريحات or تغريدة (a body's own: «تغريدة للخارجية»).
  mediumWords: ['مقابلة', 'مقابلات', 'مقابلته', 'مقابلتها', 'عبر', 'حسابه', 'حسابها', 'حساب'],
  deathWords: ['مقتل', 'مصرع', 'اغتيال', 'قتل'],
  fighters: ['المتشددين', 'متشددين', 'المسلحين', 'مسلحين', 'الارهابيين', 'ارهابيين', 'القيادي', 'قيادي', 'الجهاديين', 'جهاديين', 'المتطرفين', 'متطرفين'],
};

export const GRAMMAR: Grammar = {
  // The construct: على مواقع حماس (on Hamas's positions).
  governedNouns: 1,
  adjectiveOrder: { after: true, ending: /(ي|يه|يا|يين|يون)$/ },
  // The imperfect, written after its subject («ترامب يتهم الصين», «مقاتلات التحالف تقصف»), a proclitic allowed.
  verbAfterSubject: /^[وف]?[يت]/,
  // A verb before its subject is singular («هاجم المسلحون»), so a plural one («مسلحون يهاجمون السفارة»,
  // «الذين قصفوا») has its subject behind it.
  verbWithSubjectSaid: /^[وف]?[يت]..+ون$|^...+وا$/,
  // الحوثيين، الأمريكيين (the subject would be الحوثيون): right after a verb the object («واتهم الحوثيين بـ»).
  obliquePlural: /يين$/,
  prepositionProclitics: /^[وف]?[بلك]/,
  charge: { nouns: ['اتهام', 'باتهام', 'لاتهام', 'واتهام'], written: /^ب[\u0621-\u064a]{3,}/ },
  coordinatingProclitic: 'و',
  definite: /^ال[\u0600-\u06ff]/,
  // ة is already ه in a key.
  adjectiveEnding: /(ي|يه)$/,
  definiteAdjective: /^ال[\u0621-\u064a]{2,}(ي|يه)$/,
  peopleNoun: /^(?![وفبلك]?ال)(?=[\u0600-\u06ff])[\s\S]*(ان|ين|ون)$/,
  bareAdjective: /^(?!ال)(?=[\u0600-\u06ff])[\s\S]*[يى]$/,
  commaAsides: 'relative',
  futurePrefix: 'س',
  // Filled as the lexicons and mode words conjugate their verbs.
  verbs: { stems: VERB_STEMS, forms: VERB_FORMS, withObjectPronoun: OBJECT_PRONOUN_FORMS },
};

export const MODE_WORDS: Record<ModeWordKind, string[]> = {
  // Refusing to do a thing is not doing it: «يرفض فرض عقوبات».
  negation: ['لم', 'لن', 'لا', 'ليس', ...verbForms('رفض'), 'رفض'],
  // Calls, proposals and conditions: «دعا إلى فرض عقوبات». What they name has not happened, so no
  // relation is read from the clause (ANNOTATION.md).
  unrealised: [
    // دعا ends in a tall alef, which verbForms does not conjugate: its forms are spelled out.
    'دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون', 'دعوه', 'دعوتها', ...verbForms('طالب'),
    // Fears of sanctions and a conditional «إن لم» («مخاوف من عقوبات», «إن لم يرجئها»): not in force.
    'مخاوف', 'مخاوفه', 'مخاوفها', 'خشيه', ...verbForms('اقترح'), ...verbForms('لوح'), 'اذا', 'لو',
    // Proposals and hints: «اقتراحات … من أجل فرض عقوبات», «تلميحات بفرض عقوبات».
    'اقتراح', 'اقتراحات', 'مقترح', 'مقترحات', 'تلميح', 'تلميحات', ...verbForms('لمح'), ...verbForms('المح'),
    // Readiness, a plan, a postponement, a freedom to act: «استعداده للقاء», «خطة ترامب للقاء كيم»,
    // «أرجأ فرض عقوبات», «حرية توجيه ضربات».
    'استعداد', 'استعداده', 'استعدادها', 'استعدادهم', 'خطه', 'خطط', 'خطته', 'خطتها', ...verbForms('ارجا'), 'تاجيل', 'ارجاء', 'حريه',
    // Studying a step is weighing it: «وتدرس الولايات المتحدة فرض عقوبات نفطية». The present only: the past
    // درس is also a lesson.
    'تدرس', 'يدرس', 'يدرسون', 'تدرسان', 'ندرس', 'دراسه',
    // «ألغى محادثات مقررة» (cancelled talks).
    ...verbForms('الغى'), 'الغاء',
    // A condition for it: «شرط ترامب للقاء كيم هو …», «بشرط أن», «مشروطة بـ» (not شرطه: it is also the police).
    'شرط', 'شروط', 'بشرط', 'شرطها', 'شروطه', 'شروطها', 'مشروط', 'مشروطه', 'شريطه',
  ],
  // Auxiliaries and adverbs that may stand between a subject and its verb without changing who does
  // what («كانت الأرجنتين قد انتقدت بشدة»).
  transparent: [
    'قد', 'ايضا', 'كذلك', 'بشده', 'مجددا', 'رسميا', 'مؤخرا', 'سابقا', 'بدوره', 'بدورها', 'ضمنا', 'ضمنيا', 'صراحه', 'علنا', 'بقوه', 'بحده', 'مرارا',
    // «زيارة رسمية للولايات المتحدة», «زيارة تاريخية إلى»: what kind of visit or talks it was.
    'رسميه', 'خاصه', 'تاريخيه', 'مفاجئه', 'قصيره', 'عمل',
  ],
  // A manner noun and the adjective after it say how, not who: «انتقد بشكل ضمني», «أدان بصورة قاطعة».
  manner: ['بشكل', 'بصوره'],
  progressive: [],
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
    // «يلتقي بوتين قريبا» (soon).
    'قريبا',
    // «قبيل لقائه ترامب» (shortly before): still to come. Not قبل, also «قبل أيام» (days ago) and «من قبل» (by).
    'قبيل',
    // Verbs of aspect in the future tense before the verbal noun of the act: «ستعيد فرض عقوبات»
    // (will reimpose), «سيتم فرض», «ستبدأ بفرض», «سيواصل»: the act is to come.
    'ستعيد', 'سيعيد', 'سنعيد', 'سيتم', 'ستتم', 'ستبدا', 'سيبدا', 'سنبدا', 'ستواصل', 'سيواصل', 'سنواصل', 'ستقوم', 'سيقوم', 'سنقوم', 'ستستانف', 'سيستانف',
  ],
  // A time still to come, which makes announced what it follows too: «زيارة رسمية لإثيوبيا غدا».
  timeToCome: ['المقبل', 'المقبله', 'القادم', 'القادمه', 'غدا', 'قريبا'],
  // Threatening to do a thing is not doing it (THREATENS rules read the threat itself).
  threat: [...verbForms('هدد'), ...verbForms('توعد'), ...verbForms('لوح'), 'تهديد'],
  // Sanctions lifted, eased or suspended are not imposed (ANNOTATION.md): «رفعت العقوبات التي فرضتها».
  // Not علّق or تعليق: they also mean commenting.
  lifting: [...verbForms('رفع'), ...verbForms('خفف'), ...verbForms('الغى'), 'رفع', 'تخفيف', 'الغاء'],
  // A war of tariffs, words or currencies is no attack: «حرب الرسوم الجمركية».
  figurative: ['التجاريه', 'تجاريه', 'الرسوم', 'رسوم', 'الجمركيه', 'الكلاميه', 'كلاميه', 'الاعلاميه', 'العملات', 'الاسعار'],
  // A phone call is not a meeting (ANNOTATION.md): «خلال محادثة هاتفية مع نظيره».
  phoneCall: ['هاتفيه', 'هاتفي', 'هاتفيا', 'الهاتف', 'الهاتفيه', 'بالهاتف'],
  // Prepositions written as words: the actor after one is its object.
  preposition: ['ضد', 'على', 'علي', 'الى', 'الي', 'مع', 'في', 'من', 'عن', 'بشان', 'حول', 'ازاء', 'حيال', 'لدى', 'لدي'],
  report: ['وفق', 'وفقا', 'نقلت', 'ذكرت', 'افادت'],
  // Verbs that introduce what someone said; the actor next to one is who the relation is attributed to.
  speech: [
    ...verbForms('قال'), ...verbForms('اكد'), ...verbForms('ذكر'), ...verbForms('اعلن'), ...verbForms('افاد'), ...verbForms('صرح'),
    ...verbForms('اضاف'), ...verbForms('اوضح'), ...verbForms('نقل'), ...verbForms('اتهم'), 'قالت', 'وفق', 'وفقا', 'بحسب',
  ],
};
