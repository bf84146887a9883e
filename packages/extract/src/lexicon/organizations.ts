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
  { id: 'HEZBOLLAH', name_en: 'Hezbollah', name_ar: 'حزب الله', names: ['حزب الله', 'حزب الله اللبناني', 'Hezbollah', 'Hizbollah'] },
  { id: 'HAMAS', name_en: 'Hamas', name_ar: 'حماس', names: ['حماس', 'حركة حماس', 'Hamas'] },
  { id: 'HOUTHIS', name_en: 'Houthis', name_ar: 'الحوثيون', names: ['الحوثيون', 'الحوثيين', 'جماعة الحوثي', 'ميليشيا الحوثي', 'ميليشيات الحوثي', 'مليشيا الحوثي', 'مليشيات الحوثي', 'ميلشيا الحوثي', 'ميلشيات الحوثي', 'أنصار الله', 'Houthis', 'Houthi'] },
  { id: 'TALIBAN', name_en: 'Taliban', name_ar: 'طالبان', names: ['طالبان', 'حركة طالبان', 'Taliban'] },
  { id: 'ISIS', name_en: 'Islamic State', name_ar: 'داعش', names: ['داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'تنظيم الدولة', 'Islamic State', 'ISIS', 'ISIL'] },
  // Armed groups the region's news names. Words that are also common nouns stand only in their
  // long forms: القاعدة is "the base", الشباب "the youth", فتح "opened".
  { id: 'AL-QAEDA', name_en: 'al-Qaeda', name_ar: 'تنظيم القاعدة', names: ['تنظيم القاعدة', 'al-Qaeda', 'al Qaeda', 'al-Qaida'] },
  { id: 'HTS', name_en: 'Hayat Tahrir al-Sham', name_ar: 'هيئة تحرير الشام', names: ['هيئة تحرير الشام', 'جبهة النصرة', 'جبهة فتح الشام', 'Hayat Tahrir al-Sham', 'Nusra Front', 'al-Nusra Front'] },
  { id: 'PKK', name_en: 'Kurdistan Workers’ Party', name_ar: 'حزب العمال الكردستاني', names: ['حزب العمال الكردستاني', 'العمال الكردستاني', 'PKK', 'Kurdistan Workers Party'] },
  { id: 'YPG', name_en: 'People’s Protection Units', name_ar: 'وحدات حماية الشعب الكردية', names: ['وحدات حماية الشعب الكردية', 'وحدات حماية الشعب', 'YPG', "People's Protection Units"] },
  { id: 'FSA', name_en: 'Free Syrian Army', name_ar: 'الجيش السوري الحر', names: ['الجيش السوري الحر', 'الجيش الحر', 'Free Syrian Army'] },
  { id: 'PMF', name_en: 'Popular Mobilization Forces', name_ar: 'الحشد الشعبي', names: ['الحشد الشعبي', 'قوات الحشد الشعبي', 'Popular Mobilization Forces', 'Popular Mobilisation Forces'], partOf: 'IQ' },
  { id: 'PIJ', name_en: 'Palestinian Islamic Jihad', name_ar: 'حركة الجهاد الإسلامي', names: ['حركة الجهاد الإسلامي', 'الجهاد الإسلامي', 'Islamic Jihad'] },
  { id: 'FATAH', name_en: 'Fatah', name_ar: 'حركة فتح', names: ['حركة فتح', 'Fatah'] },
  { id: 'PLO', name_en: 'Palestine Liberation Organization', name_ar: 'منظمة التحرير الفلسطينية', names: ['منظمة التحرير الفلسطينية', 'منظمة التحرير', 'Palestine Liberation Organization', 'PLO'] },
  { id: 'AL-SHABAAB', name_en: 'al-Shabaab', name_ar: 'حركة الشباب', names: ['حركة الشباب', 'حركة الشباب المجاهدين', 'al-Shabaab', 'al-Shabab'] },
  { id: 'BOKO-HARAM', name_en: 'Boko Haram', name_ar: 'بوكو حرام', names: ['بوكو حرام', 'جماعة بوكو حرام', 'Boko Haram'] },
  { id: 'RSF', name_en: 'Rapid Support Forces', name_ar: 'قوات الدعم السريع', names: ['قوات الدعم السريع', 'Rapid Support Forces'], partOf: 'SD' },
  { id: 'WAGNER', name_en: 'Wagner Group', name_ar: 'مجموعة فاغنر', names: ['مجموعة فاغنر', 'فاغنر', 'فاجنر', 'Wagner Group'] },
  { id: 'POLISARIO', name_en: 'Polisario Front', name_ar: 'جبهة البوليساريو', names: ['جبهة البوليساريو', 'البوليساريو', 'Polisario Front', 'Polisario'] },
  { id: 'MUSLIM-BROTHERHOOD', name_en: 'Muslim Brotherhood', name_ar: 'جماعة الإخوان المسلمين', names: ['جماعة الإخوان المسلمين', 'الإخوان المسلمين', 'الإخوان المسلمون', 'Muslim Brotherhood'] },
  // Coalitions named as one actor. «التحالف الدولي» alone is the US-led one in Syria's news and the
  // Saudi-led one in Yemen's: only the unambiguous names stand.
  { id: 'ARAB-COALITION', name_en: 'Saudi-led coalition', name_ar: 'التحالف العربي', names: ['التحالف العربي', 'تحالف دعم الشرعية', 'التحالف بقيادة السعودية', 'Saudi-led coalition'] },
  { id: 'US-COALITION', name_en: 'US-led coalition', name_ar: 'التحالف الدولي', names: ['التحالف الدولي بقيادة الولايات المتحدة', 'التحالف الدولي ضد داعش', 'US-led coalition', 'U.S.-led coalition'] },
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
  { id: 'SDF', name_en: 'Syrian Democratic Forces', name_ar: 'قوات سوريا الديمقراطية', names: ['قوات سوريا الديمقراطية', 'قوات سوريا الديموقراطية', 'قسد', 'Syrian Democratic Forces', 'SDF'] },
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
