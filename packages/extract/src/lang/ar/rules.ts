/** Arabic relation rules, tried in this order (the pattern language: engine/language.ts). */
import type { RelationRule } from '../../engine/language.ts';
import { ATTACK_CANCELLED, COLLECTIVE, MEETERS, MEETING_CANCELLED, MET, SANCTION_CANCELLED, VISITED } from '../frames.ts';

export const RULES: RelationRule[] = [
  // فرض الاتحاد الأوروبي عقوبات على إيران / الاتحاد الأوروبي سيفرض عقوبات تستهدف إيرانيين
  { id: 'ar.sanctions.1', type: 'SANCTIONS', pattern: ':impose S … :sanctions … :target … T', confidence: 0.9, cancelledBy: SANCTION_CANCELLED },
  { id: 'ar.sanctions.2', type: 'SANCTIONS', pattern: 'S … :impose … :sanctions … :target … T', confidence: 0.8, cancelledBy: SANCTION_CANCELLED },
  // تخضع كوريا الشمالية لعقوبات من الأمم المتحدة (passive: the target comes first)
  { id: 'ar.sanctions.3', type: 'SANCTIONS', pattern: ':subjectTo T :sanctions :from S', confidence: 0.9, cancelledBy: SANCTION_CANCELLED },
  // عقوبات الأمم المتحدة على كوريا الشمالية / عقوبات أوروبية على إيران
  { id: 'ar.sanctions.4', type: 'SANCTIONS', pattern: ':sanctions S … :target T', confidence: 0.75, cancelledBy: SANCTION_CANCELLED },
  // اتفاقية الدفاع الموقعة بين كوريا الشمالية وروسيا
  { id: 'ar.defense_pact.1', type: 'DEFENSE_PACT', pattern: ':pact :defence … :between S', confidence: 0.9 },
  { id: 'ar.defense_pact.2', type: 'DEFENSE_PACT', pattern: ':sign S … :pact … :defence', confidence: 0.8 },
  { id: 'ar.defense_pact.3', type: 'DEFENSE_PACT', pattern: ':sign S … :pact …… :militaryAdjective :mutual', confidence: 0.75 },
  // والصين وروسيا حليفتان لبيونغ يانغ
  { id: 'ar.allied_with.1', type: 'ALLIED_WITH', pattern: 'S :allies T', confidence: 0.85 },
  // إن روسيا، وهي حليف رئيسي للرئيس السوري بشار الأسد
  { id: 'ar.allied_with.2', type: 'ALLIED_WITH', pattern: 'S … :allies … T', confidence: 0.7, sourceKinds: COLLECTIVE },
  // الرئيس الكيني وحلفاؤه الأوغنديون والتنزانيون
  // The allies are named by nisba adjectives (N): in «أنقرة وحلفاؤها حزب العمال» the allies are unnamed.
  // «طهران وحليفها اللبناني ميليشيا حزب الله»: the ally is the body named after its nationality (a state
  // there is one more ally: «وحليفيه الروسي والإيراني»).
  { id: 'ar.allied_with.4', type: 'ALLIED_WITH', pattern: 'S :alliesOfHim n … T', confidence: 0.75, targetKinds: ['organization'] },
  // «وحلفائها الأوروبيين» are European states, not the EU: an adjective names a state or a bloc of them.
  { id: 'ar.allied_with.3', type: 'ALLIED_WITH', pattern: 'S :alliesOfHim N', confidence: 0.75, targetKinds: ['country', 'bloc'] },
  // والتقى وزير الدفاع الروسي … بنظيره الكوري الشمالي نو كوانغ تشول
  { id: 'ar.meets.1', type: 'MEETS', pattern: ':meet S …… :counterpart T', confidence: 0.8, sourceKinds: MEETERS, counterpart: true, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'ar.meets.2', type: 'MEETS', pattern: 'S :meet …… :counterpart T', confidence: 0.8, sourceKinds: MEETERS, counterpart: true, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // التقى بوتين بأردوغان / اجتمع بوتين مع أردوغان / استقبل العاهل السعودي … الثلاثاء، الرئيس المصري …
  { id: 'ar.meets.3', type: 'MEETS', pattern: ':meet S T', confidence: 0.7, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'ar.meets.4', type: 'MEETS', pattern: ':meet S … :with T', confidence: 0.7, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'ar.meets.5', type: 'MEETS', pattern: ':meet S … T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: ['person'], cancelledBy: MEETING_CANCELLED },
  // أن وزير الخارجية الأمريكي مايك بومبيو ناقش مع ولي العهد السعودي …
  { id: 'ar.meets.6', type: 'MEETS', pattern: 'S :meet … :with T', confidence: 0.65, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'ar.visits.1', type: 'VISITS', pattern: 'S … :visit … :to T', confidence: 0.7 },
  { id: 'ar.visits.2', type: 'VISITS', pattern: ':visit S … :to T', confidence: 0.7 },
  // استقبل نظيره الفرنسي إيمانويل ماكرون: the host is the person the article is about
  { id: 'ar.meets.7', type: 'MEETS', pattern: ':meet S<< :counterpart T', confidence: 0.65, sourceKinds: MEETERS, counterpart: true, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // زار بوتين دمشق / تزور المستشارة الألمانية أنغيلا ميركل واشنطن
  { id: 'ar.visits.3', type: 'VISITS', pattern: ':visit S T', confidence: 0.75, targetKinds: VISITED },
  // وكان نتنياهو زار موسكو: the subject first, and no unsaid one to guess (ar.visits.4).
  { id: 'ar.visits.7', type: 'VISITS', pattern: 'S :visit T', confidence: 0.7, sourceKinds: MEETERS, targetKinds: VISITED },
  // قبل أن يزور السعودية والأردن وإسرائيل / زيارته إلى بريطانيا
  { id: 'ar.visits.4', type: 'VISITS', pattern: ':visit S<< T', confidence: 0.55, targetKinds: VISITED, fallback: true },
  { id: 'ar.visits.5', type: 'VISITS', pattern: ':visitOfHim S<< :to T', confidence: 0.55, targetKinds: VISITED, fallback: true },
  // تحتجز إيران اثنين من مواطني فرنسا / تحتجز إيران اثنين من مواطنيها
  // اعتقل الصحفي على أيدي قوات الأمن التركية / من قبل: the agent follows the patient
  { id: 'ar.detains.4', type: 'DETAINS', pattern: ':detain T … :byHands S', confidence: 0.7 },
  { id: 'ar.attacks.8', type: 'ATTACKS', pattern: ':strikeVerb T … :byHands S', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.detains.1', type: 'DETAINS', pattern: ':detain S … :nationals T', confidence: 0.8 },
  { id: 'ar.detains.2', type: 'DETAINS', pattern: ':detain S … :nationalsOfIt T<', confidence: 0.75 },
  // اعتقل الجيش الإسرائيلي أربعة فلسطينيين / تحتجز ميليشيات الحوثي قاربا فرنسيا
  { id: 'ar.detains.3', type: 'DETAINS', pattern: ':detain S … N', confidence: 0.7 },
  { id: 'ar.accuses.1', type: 'ACCUSES', pattern: ':accuse S … T', confidence: 0.6, directTarget: true },
  { id: 'ar.accuses.2', type: 'ACCUSES', pattern: 'S :accuse … T', confidence: 0.6 },
  { id: 'ar.accuses.3', type: 'ACCUSES', pattern: ':direct S … :charges … :to T', confidence: 0.65 },
  { id: 'ar.accuses.4', type: 'ACCUSES', pattern: ':holdResponsible S T … :responsibility', confidence: 0.7 },
  { id: 'ar.accuses.5', type: 'ACCUSES', pattern: 'S :holdResponsible T … :responsibility', confidence: 0.65 },
  { id: 'ar.criticizes.1', type: 'CRITICIZES', pattern: 'S … :criticize :about … T', confidence: 0.6, directTarget: true },
  // انتقد ترامب تجارب إيران الصاروخية / هاجم نائب الوزير … مستشار الأمن القومي جون بولتون
  { id: 'ar.criticizes.2', type: 'CRITICIZES', pattern: ':condemnVerb S … T', confidence: 0.65, sourceKinds: ['person'], directTarget: true },
  { id: 'ar.criticizes.3', type: 'CRITICIZES', pattern: ':condemnVerb S T', confidence: 0.6 },
  // وكانت الأرجنتين قد انتقدت البيرو: subject first
  { id: 'ar.criticizes.4', type: 'CRITICIZES', pattern: 'S :condemnVerb T', confidence: 0.6 },
  // انتقدت تركيا قرار الولايات المتحدة / وأدانت مصر انتهاكات إسرائيل: the owner of the act is the target
  { id: 'ar.criticizes.5', type: 'CRITICIZES', pattern: ':condemnVerb S :act T', confidence: 0.65 },
  { id: 'ar.criticizes.6', type: 'CRITICIZES', pattern: 'S :condemnVerb :act T', confidence: 0.6 },
  { id: 'ar.criticizes.7', type: 'CRITICIZES', pattern: ':direct S … :rebuke … :to T', confidence: 0.65 },
  { id: 'ar.criticizes.8', type: 'CRITICIZES', pattern: ':direct S … :rebuke … T', confidence: 0.6 },
  { id: 'ar.criticizes.9', type: 'CRITICIZES', pattern: ':urge S T … :ceaseFrom', confidence: 0.6 },
  { id: 'ar.criticizes.11', type: 'CRITICIZES', pattern: ':describe S … T …… :describedAs … :damning', confidence: 0.6 },
  { id: 'ar.criticizes.10', type: 'CRITICIZES', pattern: 'S :urge T … :ceaseFrom', confidence: 0.55 },
  // The target of a denial is who made the claim, or else the other actor of what is denied
  // (ANNOTATION.md): نفت إيران اتهامات وجهها المغرب / نفت إيران احتجاز مواطنين فرنسيين.
  { id: 'ar.denies.3', type: 'DENIES', pattern: ':deny S … T', confidence: 0.65 },
  { id: 'ar.denies.4', type: 'DENIES', pattern: 'S :deny … T', confidence: 0.6 },
  { id: 'ar.denies.5', type: 'DENIES', pattern: ':describe S … :claims T … :describedAs … :calledFalse', confidence: 0.65 },
  { id: 'ar.denies.6', type: 'DENIES', pattern: ':describe S …… :claims … :describedAs … :calledFalse', confidence: 0.6, fallback: true },
  { id: 'ar.denies.1', type: 'DENIES', pattern: ':deny S', confidence: 0.7, fallback: true },
  { id: 'ar.denies.2', type: 'DENIES', pattern: 'S :deny', confidence: 0.65, fallback: true },
  // توعد الرئيس الأمريكي دونالد ترامب إيران / هددت كوريا الشمالية الولايات المتحدة
  // وصعد نتنياهو الضغط على الولايات المتحدة / وتعهدت الولايات المتحدة بتكثيف الضغوط على إيران
  { id: 'ar.threatens.1', type: 'THREATENS', pattern: ':intensify S … :pressure :on T', confidence: 0.6 },
  { id: 'ar.threatens.5', type: 'THREATENS', pattern: 'S … :intensify … :pressure :on T', confidence: 0.55 },
  { id: 'ar.threatens.2', type: 'THREATENS', pattern: ':threatenVerb S T', confidence: 0.7 },
  // هدد الرئيس الأمريكي دونالد ترامب بفرض "عقاب شديد" على المملكة العربية السعودية: a threat of something on T
  { id: 'ar.threatens.4', type: 'THREATENS', pattern: ':threatenVerb S … :on T', confidence: 0.65, fallback: true },
  { id: 'ar.threatens.3', type: 'THREATENS', pattern: 'S :threatenVerb T', confidence: 0.7 },
  // ستحصل روسيا على مساعدة عسكرية من كوريا الشمالية
  { id: 'ar.military_aid.1', type: 'MILITARY_AID', pattern: ':receive T :on :militaryAid :military :from S', confidence: 0.85 },
  { id: 'ar.military_aid.2', type: 'MILITARY_AID', pattern: ':supply S T … :militaryAid', confidence: 0.7 },
  // أرسلت كوريا الشمالية … جنود إلى روسيا / أن كوريا الشمالية أرسلت نحو 10 آلاف جندي … في روسيا / نشر جنود كوريين في روسيا
  { id: 'ar.deploys_troops_to.1', type: 'DEPLOYS_TROOPS_TO', pattern: ':send S … :troops … :into T', confidence: 0.75 },
  { id: 'ar.deploys_troops_to.2', type: 'DEPLOYS_TROOPS_TO', pattern: 'S :send … :troops … :into T', confidence: 0.75 },
  { id: 'ar.deploys_troops_to.3', type: 'DEPLOYS_TROOPS_TO', pattern: ':send :troops S … :into T', confidence: 0.7 },
  // نشرت فرنسا 50 جنديا في منبج / نشر الناتو نحو 6000 جندي في دول البلطيق وبولندا
  { id: 'ar.deploys_troops_to.4', type: 'DEPLOYS_TROOPS_TO', pattern: ':send S … :troops :into … T', confidence: 0.7 },
  { id: 'ar.deploys_troops_to.5', type: 'DEPLOYS_TROOPS_TO', pattern: 'S … :send :troops :into … T', confidence: 0.65 },
  // مقتل 20 من ميليشيات الحوثي في غارات شنتها مقاتلات التحالف العربي / قتل 26 عنصرا من الحوثيين في مواجهات مع المقاومة
  { id: 'ar.attacks.10', type: 'ATTACKS', pattern: ':killed … T … :in :attack … S', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.attacks.11', type: 'ATTACKS', pattern: ':killed … T … :in :fight … :with S', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // الهجمات التي شنها المتمردون الحوثيون في اليمن ضد السعودية: the target after ضد, not the place after في
  { id: 'ar.attacks.12', type: 'ATTACKS', pattern: ':attack … S … :against T', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // غارات إسرائيلية على قطاع غزة / الهجوم الصاروخي الإيراني على مواقع إسرائيلية
  { id: 'ar.attacks.2', type: 'ATTACKS', pattern: ':attack … S :onOrAgainst … T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // الحرب التي تشنها روسيا في أوكرانيا
  { id: 'ar.attacks.3', type: 'ATTACKS', pattern: ':attack التي … S :in … T', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // قصفت روسيا إدلب
  // وشنت مقاتلات التحالف العربي نحو 18 غارة جوية على مواقع الحوثيين: a launch verb, then the strike
  { id: 'ar.attacks.5', type: 'ATTACKS', pattern: ':attack … S … :attack … :in … T', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // قوات الجيش الوطني تخوض معارك عنيفة ضد ميليشيات الحوثي
  { id: 'ar.attacks.6', type: 'ATTACKS', pattern: 'S … :fight … :against T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.attacks.7', type: 'ATTACKS', pattern: ':fight S … :against T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // خاض الجيش الوطني معارك عنيفة مع ميليشيات الحوثي / تقدم الجيش العراقي بعد معارك عنيفة مع داعش: the one
  // waging the battles, or advancing after them; not any actor before («غارات للتحالف وفي المواجهات مع»).
  { id: 'ar.attacks.14', type: 'ATTACKS', pattern: 'S :wage :battles … :with T', confidence: 0.6, sourceKinds: COLLECTIVE, targetKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.attacks.15', type: 'ATTACKS', pattern: 'S … :after :battles … :with T', confidence: 0.6, sourceKinds: COLLECTIVE, targetKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // قاتلت القوات الكردية إلى جانب الولايات المتحدة / الذين قاتلوا إلى جانب الحلفاء الأميركيين
  { id: 'ar.allied_with.5', type: 'ALLIED_WITH', pattern: ':fight S الى :alongside T', confidence: 0.65, sourceKinds: COLLECTIVE },
  { id: 'ar.allied_with.6', type: 'ALLIED_WITH', pattern: 'S :fight الى :alongside T', confidence: 0.6, sourceKinds: COLLECTIVE },
  // حرب إسرائيل الثانية على لبنان / هجوم داعش الأخير على …: the attacker in construct, the target after على
  { id: 'ar.attacks.9', type: 'ATTACKS', pattern: ':attack S … :on T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.attacks.4', type: 'ATTACKS', pattern: ':strikeVerb S … T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'ar.attacks.13', type: 'ATTACKS', pattern: 'S :strikeVerbAfterSubject … T', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // العقوبات التي فرضتها الولايات المتحدة على طهران
  { id: 'ar.sanctions.5', type: 'SANCTIONS', pattern: ':sanctions … التي :impose S … :target … T', confidence: 0.85, cancelledBy: SANCTION_CANCELLED },
  { id: 'ar.sanctions.6', type: 'SANCTIONS', pattern: ':freeze S … :assets … T', confidence: 0.75, cancelledBy: SANCTION_CANCELLED },
  // وصل وزير الخارجية الأمريكي إلى بغداد
  { id: 'ar.visits.6', type: 'VISITS', pattern: ':arrive S … :to T', confidence: 0.7, sourceKinds: MEETERS, targetKinds: VISITED },
  // تدرب فرنسا قوات الجيش اللبناني
  { id: 'ar.military_aid.3', type: 'MILITARY_AID', pattern: ':trainVerb S T', confidence: 0.6, sourceKinds: COLLECTIVE },
  { id: 'ar.supports.2', type: 'SUPPORTS', pattern: ':supportVerb S T', confidence: 0.6 },
  { id: 'ar.supports.3', type: 'SUPPORTS', pattern: 'S :supportVerb T', confidence: 0.6 },
  // A relative clause with an object pronoun on its verb: its head is the one supported («القوات السورية - التي تدعمها روسيا»).
  // (One whose subject is its head, «إيران، التي تساند الحوثيين», is read by every verb-first rule.)
  { id: 'ar.supports.8', type: 'SUPPORTS', pattern: 'T التي :supportVerbIt S', confidence: 0.65 },
  { id: 'ar.supports.9', type: 'SUPPORTS', pattern: 'T الذي :supportVerbIt S', confidence: 0.65 },
  // أعربت فرنسا عن دعمها للحكومة العراقية / جددت المجموعة الرباعية دعمها الكامل لخطة الأمم المتحدة
  { id: 'ar.supports.11', type: 'SUPPORTS', pattern: ':declare S … :supportOfIt … T', confidence: 0.6 },
  // وقدمت روسيا للحكومة السورية دعما دبلوماسيا: the one given support after the giver.
  { id: 'ar.supports.10', type: 'SUPPORTS', pattern: ':provide S T … :supportGiven', confidence: 0.6 },
  // وفد من كوريا الشمالية يزور كوريا الجنوبية: a delegation's visit is its state's.
  { id: 'ar.visits.8', type: 'VISITS', pattern: ':delegation من S :visit T', confidence: 0.65, targetKinds: VISITED },
  // اعتقلت السلطات الباكستانية رئيس الوزراء المعزول نواز شريف: a named person detained
  { id: 'ar.detains.5', type: 'DETAINS', pattern: ':detain S … T', confidence: 0.65, targetKinds: ['person'] },
  { id: 'ar.meets.8', type: 'MEETS', pattern: ':meetOfHim S<< :with T', confidence: 0.55, sourceKinds: MEETERS, targetKinds: MET, fallback: true, cancelledBy: MEETING_CANCELLED },
  // The subject before the verb: الرئيس الكيني سيلتقي بنظيره / رئيس الوزراء يجتمع مع وزير الخارجية
  { id: 'ar.meets.9', type: 'MEETS', pattern: 'S :meet T', confidence: 0.65, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // والتقى ترامب وكيم في سنغافورة / وناقش بوتين وأردوغان: two named together met each other (no one else is met).
  { id: 'ar.meets.14', type: 'MEETS', pattern: ':meetTogether S', confidence: 0.55, sourceKinds: ['person'], fallback: true, cancelledBy: MEETING_CANCELLED },
  // عقب قمة بين الرئيسين الكيني والأوغندي / خلال محادثات بين كينيا وأوغندا: a meeting between X and Y
  // is X MEETS Y, when the sentence says it was held. A meeting noun has no tense, and "the summit
  // between" is as often one planned, hoped for or a day away as one that took place.
  { id: 'ar.meets.10', type: 'MEETS', pattern: ':meetingHeld … :meet … :between S', confidence: 0.7, cancelledBy: MEETING_CANCELLED },
  // الرئيس التشيلي - قبل محادثاته مع رئيسة البيرو - …: his talks with, the one who met named before.
  { id: 'ar.meets.11', type: 'MEETS', pattern: 'S … :meetOfHim :with T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // الرئيس التشيلي … بعد لقائه بالرئيس البيروفي: "his meeting with" and the one met named right after.
  { id: 'ar.meets.12', type: 'MEETS', pattern: 'S … :meetOfHim T', confidence: 0.55, sourceKinds: MEETERS, targetKinds: ['person'], cancelledBy: MEETING_CANCELLED },
  { id: 'ar.meets.13', type: 'MEETS', pattern: ':meetOfHim S<< T', confidence: 0.55, sourceKinds: MEETERS, targetKinds: ['person'], fallback: true, cancelledBy: MEETING_CANCELLED },
  { id: 'ar.supports.1', type: 'SUPPORTS', pattern: 'S … :support :for T', confidence: 0.5 },
  // Supporting an act supports its owner: «أيدت كينيا قرار الاتحاد الأفريقي».
  { id: 'ar.supports.6', type: 'SUPPORTS', pattern: ':supportVerb S :act T', confidence: 0.6 },
];
