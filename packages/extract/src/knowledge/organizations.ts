/**
 * Intergovernmental bodies, major state organs, armed groups and news agencies. `partOf` links an
 * organ to its state or parent body (PART_OF in the ontology); news agencies, even state-run ones,
 * are sources that report rather than organs that act, so they carry none.
 */
export interface OrganizationEntry {
  id: string;
  name_en: string;
  name_ar: string;
  names: string[];
  partOf?: string;
  /** Demonym-like adjectives that name the body (الأطلسي → NATO). */
  adjectives?: string[];
  /** States whose government a foreign force fights for: places in them are where it strikes, not whom. */
  fightsFor?: string[];
  /** A non-state armed group: struck inside a state, it is the target rather than the state. */
  armed?: boolean;
}

export const ORGANIZATIONS: OrganizationEntry[] = [
  { id: 'UN', name_en: 'United Nations', name_ar: 'الأمم المتحدة', names: ['الأمم المتحدة', 'الامم المتحدة', 'United Nations', 'UN', 'U.N.', 'المنظمة الدولية', 'منظمة الأمم المتحدة'] },
  { id: 'UNSC', name_en: 'UN Security Council', name_ar: 'مجلس الأمن الدولي', names: ['مجلس الأمن الدولي', 'مجلس الأمن التابع للأمم المتحدة', 'مجلس الأمن', 'Security Council', 'UN Security Council', 'U.N. Security Council'], partOf: 'UN' },
  { id: 'UNGA', name_en: 'UN General Assembly', name_ar: 'الجمعية العامة للأمم المتحدة', names: ['الجمعية العامة للأمم المتحدة', 'UN General Assembly', 'General Assembly'], partOf: 'UN' },
  { id: 'EU', name_en: 'European Union', name_ar: 'الاتحاد الأوروبي', names: ['الاتحاد الأوروبي', 'European Union', 'EU', 'E.U.', 'بروكسل', 'Brussels'], adjectives: ['أوروبي', 'European'] },
  { id: 'NATO', name_en: 'NATO', name_ar: 'حلف شمال الأطلسي', names: ['حلف شمال الأطلسي', 'حلف الأطلسي', 'الناتو', 'حلف الناتو', 'NATO', 'North Atlantic Treaty Organization'] },
  { id: 'ARAB-LEAGUE', name_en: 'Arab League', name_ar: 'جامعة الدول العربية', names: ['جامعة الدول العربية', 'الجامعة العربية', 'Arab League'] },
  { id: 'GCC', name_en: 'Gulf Cooperation Council', name_ar: 'مجلس التعاون الخليجي', names: ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية', 'Gulf Cooperation Council', 'GCC'] },
  { id: 'AU', name_en: 'African Union', name_ar: 'الاتحاد الأفريقي', names: ['الاتحاد الأفريقي', 'الاتحاد الإفريقي', 'African Union'] },
  { id: 'ASEAN', name_en: 'ASEAN', name_ar: 'آسيان', names: ['آسيان', 'رابطة دول جنوب شرق آسيا', 'ASEAN'] },
  { id: 'IAEA', name_en: 'International Atomic Energy Agency', name_ar: 'الوكالة الدولية للطاقة الذرية', names: ['الوكالة الدولية للطاقة الذرية', 'International Atomic Energy Agency', 'IAEA'] },
  { id: 'OPEC', name_en: 'OPEC', name_ar: 'أوبك', names: ['أوبك', 'منظمة البلدان المصدرة للنفط', 'OPEC'] },
  { id: 'OIC', name_en: 'Organisation of Islamic Cooperation', name_ar: 'منظمة التعاون الإسلامي', names: ['منظمة التعاون الإسلامي', 'Organisation of Islamic Cooperation', 'OIC'] },
  { id: 'ICC', name_en: 'International Criminal Court', name_ar: 'المحكمة الجنائية الدولية', names: ['المحكمة الجنائية الدولية', 'International Criminal Court', 'ICC'] },
  { id: 'IMF', name_en: 'International Monetary Fund', name_ar: 'صندوق النقد الدولي', names: ['صندوق النقد الدولي', 'International Monetary Fund', 'IMF'] },
  { id: 'SCO', name_en: 'Shanghai Cooperation Organisation', name_ar: 'منظمة شنغهاي للتعاون', names: ['منظمة شنغهاي للتعاون', 'Shanghai Cooperation Organisation'] },
  { id: 'IRGC', name_en: 'Islamic Revolutionary Guard Corps', name_ar: 'الحرس الثوري الإيراني', names: ['الحرس الثوري الإيراني', 'الحرس الثوري', 'Revolutionary Guards', 'Islamic Revolutionary Guard Corps', 'IRGC'], partOf: 'IR' },
  { id: 'US-DOD', name_en: 'United States Department of Defense', name_ar: 'وزارة الدفاع الأميركية', names: ['وزارة الدفاع الأميركية', 'وزارة الدفاع الأمريكية', 'البنتاغون', 'البنتاجون', 'Pentagon', 'US Department of Defense'], partOf: 'US' },
  { id: 'US-STATE', name_en: 'United States Department of State', name_ar: 'وزارة الخارجية الأميركية', names: ['وزارة الخارجية الأميركية', 'وزارة الخارجية الأمريكية', 'الخارجية الأميركية', 'الخارجية الأمريكية', 'State Department', 'US State Department'], partOf: 'US' },
  { id: 'US-TREASURY', name_en: 'United States Department of the Treasury', name_ar: 'وزارة الخزانة الأميركية', names: ['وزارة الخزانة الأميركية', 'وزارة الخزانة الأمريكية', 'الخزانة الأميركية', 'الخزانة الأمريكية', 'Treasury Department', 'US Treasury'], partOf: 'US' },
  { id: 'RU-MOD', name_en: 'Russian Ministry of Defence', name_ar: 'وزارة الدفاع الروسية', names: ['وزارة الدفاع الروسية', 'Russian Defence Ministry', 'Russian Defense Ministry'], partOf: 'RU' },
  { id: 'HEZBOLLAH', name_en: 'Hezbollah', name_ar: 'حزب الله', names: ['حزب الله', 'حزب الله اللبناني', 'Hezbollah', 'Hizbollah'], armed: true },
  { id: 'HAMAS', name_en: 'Hamas', name_ar: 'حماس', names: ['حماس', 'حركة حماس', 'Hamas'], armed: true },
  { id: 'HOUTHIS', name_en: 'Houthis', name_ar: 'الحوثيون', names: ['الحوثيون', 'الحوثيين', 'جماعة الحوثي', 'ميليشيا الحوثي', 'ميليشيات الحوثي', 'مليشيا الحوثي', 'مليشيات الحوثي', 'ميلشيا الحوثي', 'ميلشيات الحوثي', 'أنصار الله', 'Houthis', 'Houthi'], armed: true },
  { id: 'TALIBAN', name_en: 'Taliban', name_ar: 'طالبان', names: ['طالبان', 'حركة طالبان', 'Taliban'], armed: true },
  { id: 'ISIS', name_en: 'Islamic State', name_ar: 'داعش', names: ['داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'تنظيم الدولة', 'Islamic State', 'ISIS', 'ISIL'], armed: true },
  // Armed groups the region's news names. Words that are also common nouns stand only in their
  // long forms: القاعدة is "the base", الشباب "the youth", فتح "opened".
  { id: 'AL-QAEDA', name_en: 'al-Qaeda', name_ar: 'تنظيم القاعدة', names: ['تنظيم القاعدة', 'al-Qaeda', 'al Qaeda', 'al-Qaida'], armed: true },
  { id: 'HTS', name_en: 'Hayat Tahrir al-Sham', name_ar: 'هيئة تحرير الشام', names: ['هيئة تحرير الشام', 'جبهة النصرة', 'جبهة فتح الشام', 'Hayat Tahrir al-Sham', 'Nusra Front', 'al-Nusra Front'], armed: true },
  { id: 'PKK', name_en: 'Kurdistan Workers’ Party', name_ar: 'حزب العمال الكردستاني', names: ['حزب العمال الكردستاني', 'العمال الكردستاني', 'PKK', 'Kurdistan Workers Party'], armed: true },
  { id: 'YPG', name_en: 'People’s Protection Units', name_ar: 'وحدات حماية الشعب الكردية', names: ['وحدات حماية الشعب الكردية', 'وحدات حماية الشعب', 'الوحدات الكردية', 'الميليشيات الكردية', 'المليشيات الكردية', 'YPG', "People's Protection Units"], armed: true },
  { id: 'FSA', name_en: 'Free Syrian Army', name_ar: 'الجيش السوري الحر', names: ['الجيش السوري الحر', 'الجيش الحر', 'Free Syrian Army'], armed: true },
  { id: 'PMF', name_en: 'Popular Mobilization Forces', name_ar: 'الحشد الشعبي', names: ['الحشد الشعبي', 'قوات الحشد الشعبي', 'Popular Mobilization Forces', 'Popular Mobilisation Forces'], partOf: 'IQ', armed: true },
  { id: 'PIJ', name_en: 'Palestinian Islamic Jihad', name_ar: 'حركة الجهاد الإسلامي', names: ['حركة الجهاد الإسلامي', 'الجهاد الإسلامي', 'Islamic Jihad'], armed: true },
  { id: 'FATAH', name_en: 'Fatah', name_ar: 'حركة فتح', names: ['حركة فتح', 'Fatah'] },
  { id: 'PLO', name_en: 'Palestine Liberation Organization', name_ar: 'منظمة التحرير الفلسطينية', names: ['منظمة التحرير الفلسطينية', 'منظمة التحرير', 'Palestine Liberation Organization', 'PLO'] },
  { id: 'AL-SHABAAB', name_en: 'al-Shabaab', name_ar: 'حركة الشباب', names: ['حركة الشباب', 'حركة الشباب المجاهدين', 'al-Shabaab', 'al-Shabab'], armed: true },
  { id: 'BOKO-HARAM', name_en: 'Boko Haram', name_ar: 'بوكو حرام', names: ['بوكو حرام', 'جماعة بوكو حرام', 'Boko Haram'], armed: true },
  { id: 'RSF', name_en: 'Rapid Support Forces', name_ar: 'قوات الدعم السريع', names: ['قوات الدعم السريع', 'Rapid Support Forces'], partOf: 'SD', armed: true },
  { id: 'WAGNER', name_en: 'Wagner Group', name_ar: 'مجموعة فاغنر', names: ['مجموعة فاغنر', 'فاغنر', 'فاجنر', 'Wagner Group'], armed: true },
  { id: 'POLISARIO', name_en: 'Polisario Front', name_ar: 'جبهة البوليساريو', names: ['جبهة البوليساريو', 'البوليساريو', 'Polisario Front', 'Polisario'], armed: true },
  { id: 'MUSLIM-BROTHERHOOD', name_en: 'Muslim Brotherhood', name_ar: 'جماعة الإخوان المسلمين', names: ['جماعة الإخوان المسلمين', 'الإخوان المسلمين', 'الإخوان المسلمون', 'Muslim Brotherhood'] },
  // Coalitions named as one actor. «التحالف الدولي» alone is the US-led one in Syria's news and the
  // Saudi-led one in Yemen's: only the unambiguous names stand.
  { id: 'ARAB-COALITION', name_en: 'Saudi-led coalition', name_ar: 'التحالف العربي', names: ['التحالف العربي', 'تحالف دعم الشرعية', 'التحالف بقيادة السعودية', 'Saudi-led coalition'], fightsFor: ['YE'] },
  { id: 'US-COALITION', name_en: 'US-led coalition', name_ar: 'التحالف الدولي', names: ['التحالف الدولي بقيادة الولايات المتحدة', 'التحالف الدولي ضد داعش', 'US-led coalition', 'U.S.-led coalition'], fightsFor: ['IQ'] },
  // Bodies of the UN and others that act in the news: they condemn, report and investigate.
  { id: 'OPCW', name_en: 'Organisation for the Prohibition of Chemical Weapons', name_ar: 'منظمة حظر الأسلحة الكيميائية', names: ['منظمة حظر الأسلحة الكيميائية', 'OPCW'] },
  { id: 'UNHRC', name_en: 'UN Human Rights Council', name_ar: 'مجلس حقوق الإنسان', names: ['مجلس حقوق الإنسان', 'مجلس حقوق الإنسان التابع للأمم المتحدة', 'Human Rights Council'], partOf: 'UN' },
  { id: 'UNHCR', name_en: 'UN Refugee Agency', name_ar: 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين', names: ['المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'مفوضية اللاجئين', 'UNHCR'], partOf: 'UN' },
  { id: 'UNRWA', name_en: 'UNRWA', name_ar: 'الأونروا', names: ['الأونروا', 'وكالة غوث وتشغيل اللاجئين الفلسطينيين', 'UNRWA'], partOf: 'UN' },
  { id: 'WHO', name_en: 'World Health Organization', name_ar: 'منظمة الصحة العالمية', names: ['منظمة الصحة العالمية', 'World Health Organization'], partOf: 'UN' },
  { id: 'WTO', name_en: 'World Trade Organization', name_ar: 'منظمة التجارة العالمية', names: ['منظمة التجارة العالمية', 'World Trade Organization', 'WTO'] },
  { id: 'ICJ', name_en: 'International Court of Justice', name_ar: 'محكمة العدل الدولية', names: ['محكمة العدل الدولية', 'International Court of Justice', 'ICJ'], partOf: 'UN' },
  { id: 'G7', name_en: 'Group of Seven', name_ar: 'مجموعة السبع', names: ['مجموعة السبع', 'مجموعة الدول السبع', 'G7', 'Group of Seven'] },
  { id: 'G20', name_en: 'Group of Twenty', name_ar: 'مجموعة العشرين', names: ['مجموعة العشرين', 'G20', 'Group of 20'] },
  { id: 'EU-COMMISSION', name_en: 'European Commission', name_ar: 'المفوضية الأوروبية', names: ['المفوضية الأوروبية', 'European Commission'], partOf: 'EU' },
  { id: 'EU-PARLIAMENT', name_en: 'European Parliament', name_ar: 'البرلمان الأوروبي', names: ['البرلمان الأوروبي', 'European Parliament'], partOf: 'EU' },
  { id: 'OSCE', name_en: 'OSCE', name_ar: 'منظمة الأمن والتعاون في أوروبا', names: ['منظمة الأمن والتعاون في أوروبا', 'OSCE'] },
  { id: 'AMNESTY', name_en: 'Amnesty International', name_ar: 'منظمة العفو الدولية', names: ['منظمة العفو الدولية', 'العفو الدولية', 'Amnesty International'] },
  { id: 'HRW', name_en: 'Human Rights Watch', name_ar: 'هيومن رايتس ووتش', names: ['هيومن رايتس ووتش', 'منظمة هيومن رايتس ووتش', 'Human Rights Watch'] },
  { id: 'ICRC', name_en: 'International Committee of the Red Cross', name_ar: 'اللجنة الدولية للصليب الأحمر', names: ['اللجنة الدولية للصليب الأحمر', 'International Committee of the Red Cross', 'ICRC'] },
  // Security and intelligence agencies act in their own name (CIA, Mossad).
  { id: 'US-CIA', name_en: 'Central Intelligence Agency', name_ar: 'وكالة المخابرات المركزية الأمريكية', names: ['وكالة المخابرات المركزية الأمريكية', 'وكالة المخابرات المركزية الأميركية', 'وكالة المخابرات المركزية', 'سي آي إيه', 'CIA'], partOf: 'US' },
  { id: 'US-FBI', name_en: 'Federal Bureau of Investigation', name_ar: 'مكتب التحقيقات الفيدرالي', names: ['مكتب التحقيقات الفيدرالي', 'مكتب التحقيقات الاتحادي', 'FBI'], partOf: 'US' },
  { id: 'US-DOJ', name_en: 'United States Department of Justice', name_ar: 'وزارة العدل الأمريكية', names: ['وزارة العدل الأمريكية', 'وزارة العدل الأميركية', 'Justice Department', 'Department of Justice', 'DOJ'], partOf: 'US' },
  { id: 'US-CONGRESS', name_en: 'United States Congress', name_ar: 'الكونغرس الأمريكي', names: ['الكونغرس الأمريكي', 'الكونغرس الأميركي', 'الكونغرس', 'الكونجرس'], partOf: 'US' },
  { id: 'MOSSAD', name_en: 'Mossad', name_ar: 'الموساد', names: ['الموساد', 'جهاز الموساد', 'Mossad'], partOf: 'IL' },
  { id: 'SDF', name_en: 'Syrian Democratic Forces', name_ar: 'قوات سوريا الديمقراطية', names: ['قوات سوريا الديمقراطية', 'قوات سوريا الديموقراطية', 'قسد', 'Syrian Democratic Forces', 'SDF'], armed: true },
  // Legislatures, courts, agencies and parties of the states most present in the news, which act in
  // their own name. Names other states share (the Senate, the Supreme Court, the Labour Party) stand
  // only with their state.
  { id: 'US-SENATE', name_en: 'United States Senate', name_ar: 'مجلس الشيوخ الأمريكي', names: ['مجلس الشيوخ الأمريكي', 'مجلس الشيوخ الأميركي', 'U.S. Senate', 'US Senate'], partOf: 'US-CONGRESS' },
  { id: 'US-HOUSE', name_en: 'United States House of Representatives', name_ar: 'مجلس النواب الأمريكي', names: ['مجلس النواب الأمريكي', 'مجلس النواب الأميركي', 'U.S. House of Representatives', 'U.S. House'], partOf: 'US-CONGRESS' },
  { id: 'US-SUPREME-COURT', name_en: 'United States Supreme Court', name_ar: 'المحكمة العليا الأمريكية', names: ['المحكمة العليا الأمريكية', 'المحكمة العليا الأميركية', 'U.S. Supreme Court', 'US Supreme Court'], partOf: 'US' },
  { id: 'US-JCS', name_en: 'Joint Chiefs of Staff', name_ar: 'هيئة الأركان المشتركة الأمريكية', names: ['هيئة الأركان المشتركة الأمريكية', 'هيئة الأركان الأمريكية المشتركة', 'Joint Chiefs of Staff', 'Joint Chiefs'], partOf: 'US' },
  { id: 'US-INTEL', name_en: 'United States Intelligence Community', name_ar: 'أجهزة الاستخبارات الأمريكية', names: ['أجهزة الاستخبارات الأمريكية', 'أجهزة المخابرات الأمريكية', 'intelligence community', 'Intelligence Community', 'U.S. intelligence agencies'], partOf: 'US' },
  { id: 'US-NSA', name_en: 'National Security Agency', name_ar: 'وكالة الأمن القومي الأمريكية', names: ['وكالة الأمن القومي الأمريكية', 'وكالة الأمن القومي الأميركية', 'National Security Agency', 'NSA'], partOf: 'US' },
  { id: 'US-DHS', name_en: 'Department of Homeland Security', name_ar: 'وزارة الأمن الداخلي الأمريكية', names: ['وزارة الأمن الداخلي الأمريكية', 'وزارة الأمن الداخلي الأميركية', 'Department of Homeland Security', 'Homeland Security Department', 'DHS'], partOf: 'US' },
  { id: 'US-HPSCI', name_en: 'House Intelligence Committee', name_ar: 'لجنة الاستخبارات في مجلس النواب الأمريكي', names: ['لجنة الاستخبارات في مجلس النواب', 'House Intelligence Committee', 'House Intelligence'], partOf: 'US-HOUSE' },
  { id: 'US-DEMOCRATS', name_en: 'Democratic Party', name_ar: 'الحزب الديمقراطي الأمريكي', names: ['الحزب الديمقراطي الأمريكي', 'الحزب الديمقراطي الأميركي', 'Democratic National Committee', 'DNC'] },
  { id: 'US-REPUBLICANS', name_en: 'Republican Party', name_ar: 'الحزب الجمهوري الأمريكي', names: ['الحزب الجمهوري الأمريكي', 'الحزب الجمهوري الأميركي', 'GOP', 'Republican National Committee', 'RNC'] },
  { id: 'GB-PARLIAMENT', name_en: 'UK Parliament', name_ar: 'البرلمان البريطاني', names: ['البرلمان البريطاني', 'مجلس العموم البريطاني', 'British Parliament', 'UK Parliament'], partOf: 'GB' },
  { id: 'GB-LABOUR', name_en: 'Labour Party', name_ar: 'حزب العمال البريطاني', names: ['حزب العمال البريطاني', 'British Labour Party', 'UK Labour Party'] },
  { id: 'GB-CONSERVATIVES', name_en: 'Conservative Party', name_ar: 'حزب المحافظين البريطاني', names: ['حزب المحافظين البريطاني', 'British Conservative Party', 'Tories'] },
  { id: 'IL-KNESSET', name_en: 'Knesset', name_ar: 'الكنيست', names: ['الكنيست', 'الكنيست الإسرائيلي', 'Knesset'], partOf: 'IL' },
  { id: 'LIKUD', name_en: 'Likud', name_ar: 'الليكود', names: ['الليكود', 'حزب الليكود', 'Likud'] },
  { id: 'BLUE-AND-WHITE', name_en: 'Blue and White', name_ar: 'أزرق أبيض', names: ['أزرق أبيض', 'تحالف أزرق أبيض', 'حزب أزرق أبيض', 'Blue and White'] },
  { id: 'SHIN-BET', name_en: 'Shin Bet', name_ar: 'الشاباك', names: ['الشاباك', 'جهاز الشاباك', 'جهاز الأمن العام الإسرائيلي', 'Shin Bet'], partOf: 'IL' },
  { id: 'TR-AKP', name_en: 'Justice and Development Party', name_ar: 'حزب العدالة والتنمية التركي', names: ['حزب العدالة والتنمية التركي', 'حزب العدالة والتنمية الحاكم في تركيا', 'AKP', 'Justice and Development Party'] },
  { id: 'TR-CHP', name_en: 'Republican People’s Party', name_ar: 'حزب الشعب الجمهوري', names: ['حزب الشعب الجمهوري', 'CHP', "Republican People's Party"] },
  { id: 'PK-PMLN', name_en: 'Pakistan Muslim League (N)', name_ar: 'حزب الرابطة الإسلامية', names: ['حزب الرابطة الإسلامية', 'الرابطة الإسلامية-جناح نواز', 'حزب الرابطة الإسلامية-جناح نواز', 'PML-N', 'Pakistan Muslim League'] },
  { id: 'PK-PTI', name_en: 'Pakistan Tehreek-e-Insaf', name_ar: 'حركة الإنصاف', names: ['حركة الإنصاف', 'حزب حركة الإنصاف', 'حركة إنصاف', 'PTI', 'Tehreek-e-Insaf'] },
  { id: 'IT-LEGA', name_en: 'Lega', name_ar: 'حزب الرابطة الإيطالي', names: ['حزب الرابطة الإيطالي', 'رابطة الشمال', 'Northern League'] },
  { id: 'IT-M5S', name_en: 'Five Star Movement', name_ar: 'حركة خمس نجوم', names: ['حركة خمس نجوم', 'حركة النجوم الخمس', 'Five Star Movement'] },
  { id: 'ZA-ANC', name_en: 'African National Congress', name_ar: 'المؤتمر الوطني الأفريقي', names: ['المؤتمر الوطني الأفريقي', 'حزب المؤتمر الوطني الأفريقي', 'African National Congress', 'ANC'] },
  { id: 'IR-MAJLIS', name_en: 'Islamic Consultative Assembly', name_ar: 'مجلس الشورى الإسلامي', names: ['مجلس الشورى الإسلامي', 'البرلمان الإيراني', 'Iranian parliament'], partOf: 'IR' },
  { id: 'RU-DUMA', name_en: 'State Duma', name_ar: 'مجلس الدوما', names: ['مجلس الدوما', 'الدوما', 'State Duma', 'Duma'], partOf: 'RU' },
  { id: 'RU-FSB', name_en: 'Federal Security Service', name_ar: 'جهاز الأمن الفيدرالي الروسي', names: ['جهاز الأمن الفيدرالي الروسي', 'هيئة الأمن الفيدرالي الروسية', 'FSB'], partOf: 'RU' },
  { id: 'EG-MUSLIM-BROTHERHOOD-FJP', name_en: 'Freedom and Justice Party', name_ar: 'حزب الحرية والعدالة', names: ['حزب الحرية والعدالة', 'Freedom and Justice Party'] },
  { id: 'LB-AMAL', name_en: 'Amal Movement', name_ar: 'حركة أمل', names: ['حركة أمل', 'Amal Movement'] },
  { id: 'IQ-KDP', name_en: 'Kurdistan Democratic Party', name_ar: 'الحزب الديمقراطي الكردستاني', names: ['الحزب الديمقراطي الكردستاني', 'Kurdistan Democratic Party', 'KDP'] },
  { id: 'IQ-KRG', name_en: 'Kurdistan Regional Government', name_ar: 'حكومة إقليم كردستان', names: ['حكومة إقليم كردستان', 'حكومة إقليم كردستان العراق', 'Kurdistan Regional Government', 'KRG'], partOf: 'IQ' },
  // Armed groups of Syria, Libya, Iraq and the Sahel that the region's news names.
  { id: 'JAISH-AL-ISLAM', name_en: 'Jaish al-Islam', name_ar: 'جيش الإسلام', names: ['جيش الإسلام', 'Jaish al-Islam'], armed: true },
  { id: 'FAILAQ-AL-RAHMAN', name_en: 'Failaq al-Rahman', name_ar: 'فيلق الرحمن', names: ['فيلق الرحمن', 'Failaq al-Rahman'], armed: true },
  { id: 'AHRAR-AL-SHAM', name_en: 'Ahrar al-Sham', name_ar: 'حركة أحرار الشام', names: ['حركة أحرار الشام', 'أحرار الشام', 'Ahrar al-Sham'], armed: true },
  { id: 'NLF-SYRIA', name_en: 'National Front for Liberation', name_ar: 'الجبهة الوطنية للتحرير', names: ['الجبهة الوطنية للتحرير', 'National Front for Liberation'], armed: true },
  { id: 'SNA', name_en: 'Syrian National Army', name_ar: 'الجيش الوطني السوري', names: ['الجيش الوطني السوري', 'Syrian National Army'], armed: true },
  { id: 'SYRIAN-OPPOSITION', name_en: 'Syrian opposition', name_ar: 'المعارضة السورية', names: ['المعارضة السورية', 'المعارضة السورية المسلحة', 'فصائل المعارضة السورية', 'الفصائل المعارضة', 'فصائل المعارضة المسلحة', 'Syrian opposition', 'Syrian rebels'], armed: true },
  { id: 'LNA', name_en: 'Libyan National Army', name_ar: 'الجيش الوطني الليبي', names: ['الجيش الوطني الليبي', 'قوات حفتر', 'قوات خليفة حفتر', 'Libyan National Army', 'LNA'], armed: true },
  { id: 'LY-GNA', name_en: 'Government of National Accord', name_ar: 'حكومة الوفاق الوطني', names: ['حكومة الوفاق الوطني', 'حكومة الوفاق', 'Government of National Accord', 'GNA'], partOf: 'LY' },
  { id: 'KATAIB-HEZBOLLAH', name_en: 'Kata’ib Hezbollah', name_ar: 'كتائب حزب الله', names: ['كتائب حزب الله', 'كتائب حزب الله العراقي', "Kata'ib Hezbollah", 'Kataib Hezbollah'], armed: true },
  { id: 'ASAIB-AHL-AL-HAQ', name_en: 'Asa’ib Ahl al-Haq', name_ar: 'عصائب أهل الحق', names: ['عصائب أهل الحق', "Asa'ib Ahl al-Haq", 'Asaib Ahl al-Haq'], armed: true },
  { id: 'AQAP', name_en: 'al-Qaeda in the Arabian Peninsula', name_ar: 'تنظيم القاعدة في جزيرة العرب', names: ['تنظيم القاعدة في جزيرة العرب', 'القاعدة في جزيرة العرب', 'AQAP', 'al-Qaeda in the Arabian Peninsula'], armed: true },
  { id: 'AQIM', name_en: 'al-Qaeda in the Islamic Maghreb', name_ar: 'تنظيم القاعدة في بلاد المغرب الإسلامي', names: ['تنظيم القاعدة في بلاد المغرب الإسلامي', 'القاعدة في بلاد المغرب الإسلامي', 'AQIM'], armed: true },
  { id: 'JNIM', name_en: 'Jama’at Nusrat al-Islam wal-Muslimin', name_ar: 'جماعة نصرة الإسلام والمسلمين', names: ['جماعة نصرة الإسلام والمسلمين', 'JNIM'], armed: true },
  { id: 'ISIS-K', name_en: 'Islamic State Khorasan Province', name_ar: 'ولاية خراسان', names: ['ولاية خراسان', 'تنظيم ولاية خراسان', 'ISIS-K', 'Islamic State Khorasan'], armed: true },
  { id: 'STC', name_en: 'Southern Transitional Council', name_ar: 'المجلس الانتقالي الجنوبي', names: ['المجلس الانتقالي الجنوبي', 'الانتقالي الجنوبي', 'Southern Transitional Council', 'STC'], armed: true },
  { id: 'YEMENI-RESISTANCE', name_en: 'Yemeni Popular Resistance', name_ar: 'المقاومة الشعبية', names: ['المقاومة الشعبية', 'المقاومة اليمنية', 'المقاومة الشعبية اليمنية', 'Popular Resistance'], armed: true },
  // Agencies and funds of the UN and other bodies that report, warn and deliver.
  { id: 'WORLD-BANK', name_en: 'World Bank', name_ar: 'البنك الدولي', names: ['البنك الدولي', 'World Bank'] },
  { id: 'IOM', name_en: 'International Organization for Migration', name_ar: 'المنظمة الدولية للهجرة', names: ['المنظمة الدولية للهجرة', 'International Organization for Migration', 'IOM'], partOf: 'UN' },
  { id: 'UNICEF', name_en: 'UNICEF', name_ar: 'اليونيسف', names: ['اليونيسف', 'منظمة الأمم المتحدة للطفولة', 'صندوق الأمم المتحدة للطفولة', 'UNICEF'], partOf: 'UN' },
  { id: 'WFP', name_en: 'World Food Programme', name_ar: 'برنامج الأغذية العالمي', names: ['برنامج الأغذية العالمي', 'World Food Programme', 'World Food Program', 'WFP'], partOf: 'UN' },
  { id: 'UNESCO', name_en: 'UNESCO', name_ar: 'اليونسكو', names: ['اليونسكو', 'منظمة الأمم المتحدة للتربية والعلم والثقافة', 'UNESCO'], partOf: 'UN' },
  { id: 'UNDP', name_en: 'UN Development Programme', name_ar: 'برنامج الأمم المتحدة الإنمائي', names: ['برنامج الأمم المتحدة الإنمائي', 'UNDP'], partOf: 'UN' },
  { id: 'OCHA', name_en: 'UN Office for the Coordination of Humanitarian Affairs', name_ar: 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', names: ['مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'مكتب تنسيق الشؤون الإنسانية', 'OCHA'], partOf: 'UN' },
  { id: 'OHCHR', name_en: 'UN Human Rights Office', name_ar: 'المفوضية السامية لحقوق الإنسان', names: ['المفوضية السامية لحقوق الإنسان', 'مفوضية الأمم المتحدة السامية لحقوق الإنسان', 'مكتب حقوق الإنسان التابع للأمم المتحدة', 'UN human rights office', 'OHCHR'], partOf: 'UN' },
  { id: 'UNIFIL', name_en: 'UNIFIL', name_ar: 'اليونيفيل', names: ['اليونيفيل', 'قوات اليونيفيل', 'قوات الأمم المتحدة المؤقتة في لبنان', 'UNIFIL'], partOf: 'UN' },
  { id: 'INTERPOL', name_en: 'Interpol', name_ar: 'الإنتربول', names: ['الإنتربول', 'الانتربول', 'الشرطة الدولية', 'Interpol'] },
  { id: 'EU-COUNCIL', name_en: 'Council of the European Union', name_ar: 'مجلس الاتحاد الأوروبي', names: ['مجلس الاتحاد الأوروبي', 'المجلس الأوروبي', 'Council of the European Union', 'European Council'], partOf: 'EU' },
  { id: 'COUNCIL-OF-EUROPE', name_en: 'Council of Europe', name_ar: 'مجلس أوروبا', names: ['مجلس أوروبا', 'Council of Europe'] },
  { id: 'ECHR', name_en: 'European Court of Human Rights', name_ar: 'المحكمة الأوروبية لحقوق الإنسان', names: ['المحكمة الأوروبية لحقوق الإنسان', 'European Court of Human Rights'] },
  { id: 'EU-COURT', name_en: 'Court of Justice of the European Union', name_ar: 'محكمة العدل الأوروبية', names: ['محكمة العدل الأوروبية', 'محكمة العدل التابعة للاتحاد الأوروبي', 'European Court of Justice'], partOf: 'EU' },
  { id: 'RSF-PRESS', name_en: 'Reporters Without Borders', name_ar: 'مراسلون بلا حدود', names: ['مراسلون بلا حدود', 'منظمة مراسلون بلا حدود', 'Reporters Without Borders'] },
  { id: 'CPJ', name_en: 'Committee to Protect Journalists', name_ar: 'لجنة حماية الصحفيين', names: ['لجنة حماية الصحفيين', 'Committee to Protect Journalists', 'CPJ'] },
  { id: 'MSF', name_en: 'Médecins Sans Frontières', name_ar: 'أطباء بلا حدود', names: ['أطباء بلا حدود', 'منظمة أطباء بلا حدود', 'Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'] },
  { id: 'SOHR', name_en: 'Syrian Observatory for Human Rights', name_ar: 'المرصد السوري لحقوق الإنسان', names: ['المرصد السوري لحقوق الإنسان', 'المرصد السوري', 'Syrian Observatory for Human Rights'] },
  { id: 'BTSELEM', name_en: 'B’Tselem', name_ar: 'بتسيلم', names: ['بتسيلم', 'بتسليم', "B'Tselem", 'B’Tselem'] },
  { id: 'WHITE-HELMETS', name_en: 'White Helmets', name_ar: 'الخوذ البيضاء', names: ['الخوذ البيضاء', 'White Helmets'] },
  { id: 'ARAB-PARLIAMENT', name_en: 'Arab Parliament', name_ar: 'البرلمان العربي', names: ['البرلمان العربي', 'Arab Parliament'], partOf: 'ARAB-LEAGUE' },
  { id: 'OAPEC', name_en: 'OAPEC', name_ar: 'منظمة الأقطار العربية المصدرة للبترول', names: ['منظمة الأقطار العربية المصدرة للبترول', 'OAPEC'] },
  // News media, which report rather than act, but are accused, sued and quoted (as the agencies above).
  { id: 'YONHAP', name_en: 'Yonhap', name_ar: 'يونهاب', names: ['يونهاب', 'وكالة يونهاب', 'Yonhap'] },
  { id: 'TASS', name_en: 'TASS', name_ar: 'تاس', names: ['وكالة تاس', 'TASS'] },
  { id: 'RIA-NOVOSTI', name_en: 'RIA Novosti', name_ar: 'ريا نوفوستي', names: ['ريا نوفوستي', 'وكالة ريا نوفوستي', 'RIA Novosti'] },
  { id: 'IRNA', name_en: 'IRNA', name_ar: 'إرنا', names: ['إرنا', 'وكالة إرنا', 'IRNA'] },
  { id: 'SANA', name_en: 'SANA', name_ar: 'سانا', names: ['سانا', 'وكالة سانا', 'الوكالة العربية السورية للأنباء', 'SANA'] },
  { id: 'WAFA', name_en: 'WAFA', name_ar: 'وفا', names: ['وكالة وفا', 'وكالة الأنباء الفلسطينية', 'WAFA'] },
  { id: 'SPA', name_en: 'Saudi Press Agency', name_ar: 'وكالة الأنباء السعودية', names: ['وكالة الأنباء السعودية', 'واس', 'Saudi Press Agency'] },
  { id: 'AP', name_en: 'Associated Press', name_ar: 'أسوشيتد برس', names: ['أسوشيتد برس', 'وكالة أسوشيتد برس', 'أسوشيتيد برس', 'Associated Press'] },
  { id: 'AL-JAZEERA', name_en: 'Al Jazeera', name_ar: 'الجزيرة', names: ['قناة الجزيرة', 'شبكة الجزيرة', 'Al Jazeera'] },
  { id: 'AL-ARABIYA', name_en: 'Al Arabiya', name_ar: 'العربية', names: ['قناة العربية', 'Al Arabiya'] },
  { id: 'BBC', name_en: 'BBC', name_ar: 'بي بي سي', names: ['بي بي سي', 'هيئة الإذاعة البريطانية', 'BBC'] },
  { id: 'CNN', name_en: 'CNN', name_ar: 'سي إن إن', names: ['سي إن إن', 'شبكة سي إن إن', 'CNN'] },
  { id: 'NYT', name_en: 'The New York Times', name_ar: 'نيويورك تايمز', names: ['نيويورك تايمز', 'صحيفة نيويورك تايمز', 'New York Times'] },
  { id: 'WAPO', name_en: 'The Washington Post', name_ar: 'واشنطن بوست', names: ['واشنطن بوست', 'صحيفة واشنطن بوست', 'Washington Post'] },
  { id: 'WASHINGTON-TIMES', name_en: 'The Washington Times', name_ar: 'واشنطن تايمز', names: ['واشنطن تايمز', 'صحيفة واشنطن تايمز', 'Washington Times'] },
  { id: 'WSJ', name_en: 'The Wall Street Journal', name_ar: 'وول ستريت جورنال', names: ['وول ستريت جورنال', 'صحيفة وول ستريت جورنال', 'Wall Street Journal'] },
  // Companies the news of sanctions and speech names as actors.
  { id: 'TWITTER', name_en: 'Twitter', name_ar: 'تويتر', names: ['شركة تويتر', 'Twitter'] },
  { id: 'FACEBOOK', name_en: 'Facebook', name_ar: 'فيسبوك', names: ['شركة فيسبوك', 'Facebook'] },
  { id: 'HUAWEI', name_en: 'Huawei', name_ar: 'هواوي', names: ['هواوي', 'شركة هواوي', 'Huawei'] },
  { id: 'ZTE', name_en: 'ZTE', name_ar: 'زد تي إي', names: ['زد تي إي', 'شركة زد تي إي', 'ZTE'] },
  { id: 'ARAMCO', name_en: 'Saudi Aramco', name_ar: 'أرامكو', names: ['أرامكو', 'أرامكو السعودية', 'شركة أرامكو', 'Saudi Aramco', 'Aramco'] },
  { id: 'KCNA', name_en: 'Korean Central News Agency', name_ar: 'وكالة الأنباء المركزية الكورية', names: ['وكالة الأنباء المركزية الكورية', 'وكالة الأنباء الكورية الشمالية', 'الوكالة الكورية الشمالية', 'KCNA'] },
  { id: 'AFP', name_en: 'Agence France-Presse', name_ar: 'فرانس برس', names: ['فرانس برس', 'وكالة فرانس برس', 'AFP', 'Agence France-Presse'] },
  { id: 'REUTERS', name_en: 'Reuters', name_ar: 'رويترز', names: ['رويترز', 'وكالة رويترز', 'Reuters'] },
];

/** Members of the bodies above (MEMBER_OF in the ontology), for the structural layer of the map. */
export const MEMBERSHIPS: Record<string, string[]> = {
  EU: ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'],
  NATO: ['US', 'GB', 'FR', 'DE', 'IT', 'CA', 'TR', 'PL', 'NL', 'BE', 'NO', 'DK', 'ES', 'PT', 'GR', 'FI', 'SE', 'HU', 'CZ', 'RO', 'BG'],
  GCC: ['SA', 'AE', 'QA', 'KW', 'BH', 'OM'],
};

/** When members joined, where it falls in the years our corpora cover. */
export const JOINED: Record<string, Record<string, string>> = {
  NATO: { FI: '2023-04-04', SE: '2024-03-07' },
};
