/**
 * Example sentences for the Arabic relation rules of rules.ts: for each rule id, one or two short
 * sentences that this rule itself reads, and the relation it reads from them as [type, source,
 * target] (target null when the rule reads none). They show what each pattern is for, in words a
 * reader can check, and one generic test (tests/unit/rule-examples.test.ts) runs every rule on its
 * examples, so a rule that stops reading them, or a new rule without one, fails.
 *
 * The sentences are invented in the style of the news, not taken from any corpus. An example is read
 * as an article of 2018-06-01 unless it gives its own `date`: office holders are those of that day.
 */
import type { RuleExample } from '../../engine/language.ts';

export const RULE_EXAMPLES: Record<string, RuleExample[]> = {
  'ar.sanctions.1': [{ text: 'وفرضت بريطانيا عقوبات جديدة على روسيا.', expect: ['SANCTIONS', 'GB', 'RU'] }],
  'ar.sanctions.2': [{ text: 'وكانت كندا قد فرضت عقوبات على فنزويلا.', expect: ['SANCTIONS', 'CA', 'VE'] }],
  'ar.sanctions.3': [{ text: 'وتخضع إيران لعقوبات من الاتحاد الأوروبي منذ سنوات.', expect: ['SANCTIONS', 'EU', 'IR'] }],
  'ar.sanctions.4': [
    { text: 'وأضرت العقوبات الأمريكية على إيران بصادراتها النفطية.', expect: ['SANCTIONS', 'US', 'IR'] },
    { text: 'وأضرت عقوبات الولايات المتحدة على إيران بالاقتصاد.', expect: ['SANCTIONS', 'US', 'IR'] },
    { text: 'عقوبات أميركية جديدة تطال حسن نصر الله.', expect: ['SANCTIONS', 'US', 'hassan-nasrallah'] },
  ],
  'ar.defense_pact.1': [{ text: 'ودخلت اتفاقية الدفاع المشترك الموقعة بين روسيا وبيلاروسيا حيز التنفيذ.', expect: ['DEFENSE_PACT', 'RU', 'BY'] }],
  'ar.defense_pact.2': [{ text: 'ووقعت الولايات المتحدة والفلبين اتفاقية دفاع مشترك.', expect: ['DEFENSE_PACT', 'US', 'PH'] }],
  'ar.defense_pact.3': [
    { text: 'ووقعت روسيا وبيلاروسيا معاهدة شراكة شاملة في يونيو تنص على المساعدة العسكرية المتبادلة.', expect: ['DEFENSE_PACT', 'RU', 'BY'] },
  ],
  'ar.allied_with.1': [{ text: 'والسعودية حليف للولايات المتحدة.', expect: ['ALLIED_WITH', 'SA', 'US'] }],
  'ar.allied_with.2': [{ text: 'وتعد روسيا حليفا رئيسيا لسوريا.', expect: ['ALLIED_WITH', 'RU', 'SY'] }],
  'ar.allied_with.4': [{ text: 'واتهم المغرب طهران وحليفها اللبناني ميليشيا حزب الله بدعم البوليساريو.', expect: ['ALLIED_WITH', 'IR', 'HEZBOLLAH'] }],
  'ar.allied_with.3': [{ text: 'وتقدم بشار الأسد وحلفاؤه الروس والإيرانيون في ريف حلب.', expect: ['ALLIED_WITH', 'bashar-al-assad', 'RU'] }],
  'ar.meets.1': [
    { text: 'والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي مايك بومبيو في موسكو.', expect: ['MEETS', 'sergey-lavrov', 'mike-pompeo'] },
    // The counterpart named by the state alone: whoever holds the host's office in Russia.
    { text: 'واستقبل الرئيس التركي رجب طيب أردوغان نظيره الروسي في أنقرة.', expect: ['MEETS', 'recep-tayyip-erdogan', 'vladimir-putin'] },
  ],
  'ar.meets.2': [{ text: 'وزير الخارجية الروسي سيرغي لافروف يلتقي نظيره الأمريكي مايك بومبيو في موسكو.', expect: ['MEETS', 'sergey-lavrov', 'mike-pompeo'] }],
  'ar.meets.3': [{ text: 'والتقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في أنقرة.', expect: ['MEETS', 'vladimir-putin', 'recep-tayyip-erdogan'] }],
  'ar.meets.4': [{ text: 'واجتمع بوتين مع أردوغان في أنقرة.', expect: ['MEETS', 'vladimir-putin', 'recep-tayyip-erdogan'] }],
  'ar.meets.5': [{ text: 'واستقبل الرئيس المصري عبد الفتاح السيسي صباح اليوم العاهل الأردني الملك عبد الله الثاني.', expect: ['MEETS', 'abdel-fattah-el-sisi', 'abdullah-ii'] }],
  'ar.meets.6': [{ text: 'وكان بومبيو بحث مع لافروف الأزمة السورية.', expect: ['MEETS', 'mike-pompeo', 'sergey-lavrov'] }],
  'ar.visits.1': [{ text: 'وبدأ الرئيس الفرنسي إيمانويل ماكرون زيارة رسمية إلى الصين.', expect: ['VISITS', 'emmanuel-macron', 'CN'] }],
  'ar.visits.2': [{ text: 'وتأتي زيارة ماكرون إلى الصين بعد أشهر من التوتر.', expect: ['VISITS', 'emmanuel-macron', 'CN'] }],
  'ar.meets.7': [{ text: 'وعاد أردوغان إلى أنقرة الأحد. واستقبل نظيره الروسي فلاديمير بوتين في القصر الرئاسي.', expect: ['MEETS', 'recep-tayyip-erdogan', 'vladimir-putin'] }],
  'ar.visits.3': [{ text: 'وزار رئيس الوزراء الهندي ناريندرا مودي الإمارات.', expect: ['VISITS', 'narendra-modi', 'AE'] }],
  'ar.visits.7': [{ text: 'وكان الرئيس التركي رجب طيب أردوغان زار طهران الأسبوع الماضي.', expect: ['VISITS', 'recep-tayyip-erdogan', 'IR'] }],
  'ar.visits.4': [{ text: 'وأنهى نتنياهو محادثاته في موسكو. ويزور فرنسا الأسبوع المقبل.', expect: ['VISITS', 'benjamin-netanyahu', 'FR'] }],
  'ar.visits.5': [{ text: 'وغادر ماكرون باريس صباح الأحد. وخلال زيارته إلى الهند وقع اتفاقيات تجارية.', expect: ['VISITS', 'emmanuel-macron', 'IN'] }],
  // Imran Khan was arrested in May 2023.
  'ar.detains.4': [{ text: 'واعتقل رئيس الوزراء الباكستاني السابق عمران خان من قبل السلطات الباكستانية.', date: '2023-05-10', expect: ['DETAINS', 'PK', 'imran-khan'] }],
  'ar.attacks.8': [{ text: 'وقصفت إدلب من قبل الطائرات الروسية.', expect: ['ATTACKS', 'RU', 'SY'] }],
  // China held two Canadians from December 2018.
  'ar.detains.1': [{ text: 'وتحتجز الصين عددا من مواطني كندا.', date: '2019-03-01', expect: ['DETAINS', 'CN', 'CA'] }],
  'ar.detains.2': [{ text: 'واحتجت فرنسا لدى طهران بعد أن احتجزت إيران اثنين من مواطنيها.', expect: ['DETAINS', 'IR', 'FR'] }],
  'ar.detains.3': [{ text: 'واعتقلت القوات الإسرائيلية ثلاثة فلسطينيين في الخليل.', expect: ['DETAINS', 'IL', 'PS'] }],
  'ar.accuses.1': [{ text: 'واتهمت إيران الولايات المتحدة بزعزعة استقرار المنطقة.', expect: ['ACCUSES', 'IR', 'US'] }],
  'ar.accuses.2': [{ text: 'إيران تتهم السعودية بدعم الإرهاب.', expect: ['ACCUSES', 'IR', 'SA'] }],
  'ar.accuses.3': [{ text: 'ووجهت الحكومة البريطانية اتهامات مباشرة إلى روسيا.', expect: ['ACCUSES', 'GB', 'RU'] }],
  'ar.accuses.4': [{ text: 'وحملت الجامعة العربية إسرائيل مسؤولية مقتل المسعفة.', expect: ['ACCUSES', 'ARAB-LEAGUE', 'IL'] }],
  'ar.accuses.5': [{ text: 'ترامب يحمل بوتين مسؤولية الهجوم الكيميائي.', expect: ['ACCUSES', 'donald-trump', 'vladimir-putin'] }],
  'ar.criticizes.1': [{ text: 'وأعربت ألمانيا عن قلقها حيال تصريحات ترامب.', expect: ['CRITICIZES', 'DE', 'donald-trump'] }],
  'ar.criticizes.2': [{ text: 'وانتقد ماكرون بشدة سياسة ترامب التجارية.', expect: ['CRITICIZES', 'emmanuel-macron', 'donald-trump'] }],
  'ar.criticizes.3': [{ text: 'وانتقدت إيران السعودية بشدة.', expect: ['CRITICIZES', 'IR', 'SA'] }],
  'ar.criticizes.4': [{ text: 'وكانت الجزائر قد انتقدت المغرب.', expect: ['CRITICIZES', 'DZ', 'MA'] }],
  'ar.criticizes.5': [{ text: 'وانتقدت روسيا سياسة الولايات المتحدة في سوريا.', expect: ['CRITICIZES', 'RU', 'US'] }],
  'ar.criticizes.6': [{ text: 'وكانت الأردن قد استنكرت ممارسات إسرائيل في القدس.', expect: ['CRITICIZES', 'JO', 'IL'] }],
  'ar.criticizes.7': [{ text: 'ووجه وزير الخزانة الأمريكي ستيفن منوتشين تحذيرا إلى الصين بشأن عملتها.', expect: ['CRITICIZES', 'steven-mnuchin', 'CN'] }],
  'ar.criticizes.8': [{ text: 'ووجهت الخارجية الإيرانية انتقادات حادة للولايات المتحدة.', expect: ['CRITICIZES', 'IR', 'US'] }],
  'ar.criticizes.9': [
    { text: 'وطالب وزير الخارجية الفرنسي، الجمعة، إيران بالكف عن تهديداتها.', expect: ['CRITICIZES', 'jean-yves-le-drian', 'IR'] },
    { text: 'وحضت السعودية قطر مرارا على التوقف عن دعم الإرهاب.', expect: ['CRITICIZES', 'SA', 'QA'] },
  ],
  'ar.criticizes.11': [
    { text: 'ووصف الرئيس التركي أردوغان هولندا بأنها "دولة فاشية".', expect: ['CRITICIZES', 'recep-tayyip-erdogan', 'NL'] },
    { text: 'ووصفت الخارجية الروسية خطوات بريطانيا بـ"الاستفزازية".', expect: ['CRITICIZES', 'RU', 'GB'] },
  ],
  'ar.criticizes.10': [{ text: 'روسيا تطالب الولايات المتحدة بالتوقف عن التدخل في شؤونها.', expect: ['CRITICIZES', 'RU', 'US'] }],
  'ar.denies.3': [{ text: 'ونفت روسيا اتهامات بريطانيا.', expect: ['DENIES', 'RU', 'GB'] }],
  'ar.denies.4': [{ text: 'روسيا تنفي اتهامات بريطانيا.', expect: ['DENIES', 'RU', 'GB'] }],
  'ar.denies.5': [{ text: 'ووصف لافروف الاتهامات الأميركية بأنها "هراء".', expect: ['DENIES', 'sergey-lavrov', 'US'] }],
  'ar.denies.6': [{ text: 'ووصف وزير الدفاع الأمريكي جيم ماتيس هذه الاتهامات بأنها "سخيفة".', expect: ['DENIES', 'jim-mattis', null] }],
  'ar.denies.1': [{ text: 'ونفت موسكو ذلك.', expect: ['DENIES', 'RU', null] }],
  'ar.denies.2': [{ text: 'غير أن موسكو تنفي ذلك.', expect: ['DENIES', 'RU', null] }],
  'ar.threatens.1': [{ text: 'وصعد الرئيس الأمريكي دونالد ترامب الضغوط على إيران.', expect: ['THREATENS', 'donald-trump', 'IR'] }],
  'ar.threatens.5': [{ text: 'وتعهدت الولايات المتحدة بتكثيف الضغوط على إيران.', expect: ['THREATENS', 'US', 'IR'] }],
  'ar.threatens.2': [{ text: 'وهددت إيران إسرائيل برد قاس.', expect: ['THREATENS', 'IR', 'IL'] }],
  'ar.threatens.4': [{ text: 'وهدد ترامب بفرض عقوبات على تركيا.', expect: ['THREATENS', 'donald-trump', 'TR'] }],
  'ar.threatens.3': [{ text: 'وكوريا الشمالية تهدد اليابان بصواريخها.', expect: ['THREATENS', 'KP', 'JP'] }],
  'ar.military_aid.1': [{ text: 'وحصل الجيش اللبناني على مساعدات عسكرية من الولايات المتحدة.', expect: ['MILITARY_AID', 'US', 'LB-ARMY'] }],
  'ar.military_aid.2': [{ text: 'وزودت إيران الحوثيين بصواريخ باليستية.', expect: ['MILITARY_AID', 'IR', 'HOUTHIS'] }],
  'ar.deploys_troops_to.1': [{ text: 'وأرسلت تركيا قوات إلى قطر.', expect: ['DEPLOYS_TROOPS_TO', 'TR', 'QA'] }],
  'ar.deploys_troops_to.2': [{ text: 'وذكرت التقارير أن الولايات المتحدة أرسلت ألفي جندي إلى سوريا.', expect: ['DEPLOYS_TROOPS_TO', 'US', 'SY'] }],
  'ar.deploys_troops_to.3': [
    { text: 'وأثار نشر جنود روس في سوريا قلق واشنطن.', expect: ['DEPLOYS_TROOPS_TO', 'RU', 'SY'] },
    { text: 'وأثار نشر جنود أتراك في قطر غضب السعودية.', expect: ['DEPLOYS_TROOPS_TO', 'TR', 'QA'] },
  ],
  'ar.deploys_troops_to.4': [{ text: 'ونشرت فرنسا قوات في شمال سوريا.', expect: ['DEPLOYS_TROOPS_TO', 'FR', 'SY'] }],
  'ar.deploys_troops_to.5': [{ text: 'وكانت الولايات المتحدة قد نشرت قوات في شرق سوريا.', expect: ['DEPLOYS_TROOPS_TO', 'US', 'SY'] }],
  'ar.attacks.10': [{ text: 'وقتل 15 من عناصر داعش في غارات شنها التحالف الدولي.', expect: ['ATTACKS', 'US-COALITION', 'ISIS'] }],
  'ar.attacks.11': [{ text: 'وقتل عشرة من مسلحي داعش في اشتباكات مع الجيش العراقي.', expect: ['ATTACKS', 'IQ-ARMY', 'ISIS'] }],
  'ar.attacks.12': [{ text: 'وتكثفت الهجمات التي تشنها حركة طالبان في أفغانستان ضد القوات الأمريكية.', expect: ['ATTACKS', 'TALIBAN', 'US'] }],
  'ar.attacks.2': [
    { text: 'وتواصلت الغارات الإسرائيلية على سوريا.', expect: ['ATTACKS', 'IL', 'SY'] },
    { text: 'وأدان الهجوم الصاروخي الإيراني على مواقع إسرائيلية.', expect: ['ATTACKS', 'IR', 'IL'] },
  ],
  'ar.attacks.3': [{ text: 'وتستمر الحرب التي تخوضها السعودية في اليمن.', expect: ['ATTACKS', 'SA', 'YE'] }],
  'ar.attacks.5': [{ text: 'وشن التحالف الدولي غارات جوية على مواقع داعش.', expect: ['ATTACKS', 'US-COALITION', 'ISIS'] }],
  'ar.attacks.6': [{ text: 'والجيش العراقي يخوض معارك عنيفة ضد داعش غرب الموصل.', expect: ['ATTACKS', 'IQ-ARMY', 'ISIS'] }],
  'ar.attacks.7': [{ text: 'ويقاتل الجيش العراقي منذ سنوات ضد تنظيم داعش.', expect: ['ATTACKS', 'IQ-ARMY', 'ISIS'] }],
  'ar.attacks.9': [{ text: 'وأسفر هجوم داعش الأخير على العراق عن مقتل العشرات.', expect: ['ATTACKS', 'ISIS', 'IQ'] }],
  'ar.attacks.4': [{ text: 'وقصفت تركيا مواقع حزب العمال الكردستاني.', expect: ['ATTACKS', 'TR', 'PKK'] }],
  'ar.attacks.13': [{ text: 'مقاتلات التحالف العربي تقصف مواقع الحوثيين في صعدة.', expect: ['ATTACKS', 'ARAB-COALITION', 'HOUTHIS'] }],
  'ar.sanctions.5': [
    { text: 'وتضر العقوبات التي فرضتها الولايات المتحدة على إيران بالاقتصاد.', expect: ['SANCTIONS', 'US', 'IR'] },
    { text: 'في وجه العقوبات المالية التي تفرضها واشنطن على كراكاس.', expect: ['SANCTIONS', 'US', 'VE'] },
  ],
  'ar.sanctions.6': [{ text: 'وجمد الاتحاد الأوروبي أصول مسؤولين إيرانيين.', expect: ['SANCTIONS', 'EU', 'IR'] }],
  'ar.visits.6': [{ text: 'ووصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت.', expect: ['VISITS', 'emmanuel-macron', 'LB'] }],
  'ar.military_aid.3': [{ text: 'وتدرب الولايات المتحدة قوات سوريا الديمقراطية.', expect: ['MILITARY_AID', 'US', 'SDF'] }],
  'ar.supports.2': [
    { text: 'وتدعم إيران الحوثيين.', expect: ['SUPPORTS', 'IR', 'HOUTHIS'] },
    // A relative clause's verb has its head for subject.
    { text: 'وتملك روسيا، التي تساند الرئيس السوري بشار الأسد، قاعدة بحرية في طرطوس.', expect: ['SUPPORTS', 'RU', 'bashar-al-assad'] },
    { text: 'وحزب الله، الذي يدعم الرئيس السوري بشار الأسد، يرفض الانسحاب.', expect: ['SUPPORTS', 'HEZBOLLAH', 'bashar-al-assad'] },
  ],
  'ar.supports.3': [{ text: 'وإيران تدعم حزب الله.', expect: ['SUPPORTS', 'IR', 'HEZBOLLAH'] }],
  'ar.supports.10': [{ text: 'وقدمت الصين للحكومة الفنزويلية دعما سياسيا واقتصاديا.', expect: ['SUPPORTS', 'CN', 'VE'] }],
  'ar.visits.8': [{ text: 'وقال مسؤولون إن وفدا من كينيا يزور أوغندا لبحث التجارة.', expect: ['VISITS', 'KE', 'UG'] }],
  'ar.supports.8': [{ text: 'وسيطرت الحكومة اليمنية، التي تدعمها السعودية، على ميناء عدن.', expect: ['SUPPORTS', 'SA', 'YE'] }],
  'ar.supports.9': [{ text: 'وحزب الله، الذي تدعمه إيران، يرفض نزع سلاحه.', expect: ['SUPPORTS', 'IR', 'HEZBOLLAH'] }],
  'ar.detains.5': [{ text: 'واعتقلت الشرطة الباكستانية رئيس الوزراء السابق عمران خان.', date: '2023-05-10', expect: ['DETAINS', 'PK', 'imran-khan'] }],
  'ar.meets.8': [{ text: 'ووصل ماكرون إلى موسكو. وخلال لقائه مع بوتين ناقش الأزمة السورية.', expect: ['MEETS', 'emmanuel-macron', 'vladimir-putin'] }],
  'ar.meets.9': [{ text: 'وزير الخارجية الأمريكي مايك بومبيو يلتقي الرئيس المصري عبد الفتاح السيسي.', expect: ['MEETS', 'mike-pompeo', 'abdel-fattah-el-sisi'] }],
  'ar.meets.10': [{ text: 'وعقب محادثات بين روسيا وتركيا أعلن وقف إطلاق النار.', expect: ['MEETS', 'RU', 'TR'] }],
  'ar.meets.11': [{ text: 'وقال ماكرون قبل محادثاته مع ترامب إن الاتفاق مهم.', expect: ['MEETS', 'emmanuel-macron', 'donald-trump'] }],
  'ar.meets.12': [{ text: 'وقال ماكرون بعد لقائه بالرئيس الأمريكي دونالد ترامب إن الاتفاق مهم.', expect: ['MEETS', 'emmanuel-macron', 'donald-trump'] }],
  'ar.meets.13': [{ text: 'ووصل ماكرون إلى واشنطن. وقال عقب لقائه ترامب إن الاتفاق مهم.', expect: ['MEETS', 'emmanuel-macron', 'donald-trump'] }],
  // The for-word must be a word of its own (إلى): «دعمها للبنان», with the clitic ل, is not read.
  'ar.supports.1': [
    { text: 'وقدمت الإمارات دعمها إلى اليمن.', expect: ['SUPPORTS', 'AE', 'YE'] },
    { text: 'وأعلنت قطر تقديم دعمها إلى الحكومة اللبنانية.', expect: ['SUPPORTS', 'QA', 'LB'] },
  ],
  'ar.supports.6': [{ text: 'وأيدت السعودية قرار الولايات المتحدة.', expect: ['SUPPORTS', 'SA', 'US'] }],
};
