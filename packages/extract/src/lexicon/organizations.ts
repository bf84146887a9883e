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
  { id: 'HOUTHIS', name_en: 'Houthis', name_ar: 'الحوثيون', names: ['الحوثيون', 'الحوثيين', 'جماعة الحوثي', 'ميليشيا الحوثي', 'ميليشيات الحوثي', 'أنصار الله', 'Houthis', 'Houthi'] },
  { id: 'TALIBAN', name_en: 'Taliban', name_ar: 'طالبان', names: ['طالبان', 'حركة طالبان', 'Taliban'] },
  { id: 'ISIS', name_en: 'Islamic State', name_ar: 'داعش', names: ['داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية', 'Islamic State', 'ISIS', 'ISIL'] },
  { id: 'SDF', name_en: 'Syrian Democratic Forces', name_ar: 'قوات سوريا الديمقراطية', names: ['قوات سوريا الديمقراطية', 'قسد', 'Syrian Democratic Forces', 'SDF'] },
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
