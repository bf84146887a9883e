/**
 * What no package offers about states: capitals and seats of government that stand for a state in news
 * text, demonym adjectives, and common extra names. Country names themselves come from CLDR through
 * `Intl.DisplayNames` (see gazetteer.ts). Demonyms are given in their base masculine singular form
 * (روسي); the matcher derives the feminine, sound plural and adverbial forms (الروسية، روسيين، روسيا);
 * broken plurals (روس، أتراك) are listed beside them.
 */
export interface StateEntry {
  /** Capitals or seats of government: Arabic and English forms. */
  capitals?: string[];
  /** Demonym adjectives, Arabic base forms and English forms. */
  demonyms?: string[];
  /** Other names and spellings the press uses. */
  aliases?: string[];
  /** Cities and regions in the news that locate an event in the state (قصف حلب → Syria's territory). */
  places?: string[];
}

export const STATES: Record<string, StateEntry> = {
  US: {
    capitals: ['واشنطن', 'Washington', 'البيت الأبيض', 'White House'],
    demonyms: ['أميركي', 'أمريكي', 'أميريكي', 'American'],
    aliases: ['الولايات المتحدة الأميركية', 'الولايات المتحدة الأمريكية', 'أميركا', 'أمريكا', 'United States of America', 'USA', 'U.S.', 'US', 'America'],
  },
  RU: { capitals: ['موسكو', 'Moscow', 'الكرملين', 'Kremlin'], demonyms: ['روسي', 'روس', 'Russian', 'Russians'], aliases: ['روسيا الاتحادية', 'Russian Federation'] },
  CN: { capitals: ['بكين', 'بيجين', 'Beijing'], demonyms: ['صيني', 'Chinese'], aliases: ['جمهورية الصين الشعبية', "People's Republic of China"] },
  KP: {
    capitals: ['بيونغ يانغ', 'بيونغيانغ', 'بيونج يانج', 'Pyongyang'],
    demonyms: ['كوري شمالي', 'North Korean'],
    aliases: ['كوريا الشمالية', 'DPRK', 'كوريا الديمقراطية'],
  },
  KR: { capitals: ['سيول', 'Seoul'], demonyms: ['كوري جنوبي', 'South Korean'], aliases: ['كوريا الجنوبية'] },
  JP: { capitals: ['طوكيو', 'Tokyo'], demonyms: ['ياباني', 'Japanese'] },
  IR: { capitals: ['طهران', 'Tehran'], demonyms: ['إيراني', 'Iranian'], aliases: ['الجمهورية الإسلامية', 'Islamic Republic'], places: ['مشهد', 'أصفهان', 'Isfahan'] },
  IQ: { capitals: ['بغداد', 'Baghdad'], demonyms: ['عراقي', 'Iraqi'], places: ['الموصل', 'البصرة', 'كركوك', 'أربيل', 'الأنبار', 'الفلوجة', 'Mosul', 'Basra', 'Kirkuk', 'Erbil'] },
  SY: { capitals: ['دمشق', 'Damascus'], demonyms: ['سوري', 'Syrian'], aliases: ['سورية'], places: ['حلب', 'إدلب', 'ادلب', 'الرقة', 'دير الزور', 'منبج', 'عفرين', 'حمص', 'حماة', 'درعا', 'الغوطة الشرقية', 'الغوطة', 'اللاذقية', 'طرطوس', 'القامشلي', 'الحسكة', 'Aleppo', 'Idlib', 'Raqqa', 'Manbij', 'Afrin', 'Homs', 'Eastern Ghouta'] },
  LB: { capitals: ['بيروت', 'Beirut'], demonyms: ['لبناني', 'Lebanese'], places: ['جنوب لبنان', 'الضاحية الجنوبية', 'صيدا', 'Southern Lebanon'] },
  IL: { capitals: ['تل أبيب', 'Tel Aviv'], demonyms: ['إسرائيلي', 'Israeli'], aliases: ['إسرائيل', 'Israel'] },
  PS: { capitals: ['رام الله', 'Ramallah'], demonyms: ['فلسطيني', 'Palestinian'], aliases: ['فلسطين', 'Palestine', 'State of Palestine'], places: ['قطاع غزة', 'غزة', 'الضفة الغربية', 'الخليل', 'نابلس', 'جنين', 'رفح', 'خان يونس', 'Gaza', 'Gaza Strip', 'West Bank'] },
  JO: { capitals: ['Amman'], demonyms: ['أردني', 'Jordanian'] },
  EG: { capitals: ['القاهرة', 'Cairo'], demonyms: ['مصري', 'Egyptian'] },
  SA: { capitals: ['الرياض', 'Riyadh'], demonyms: ['سعودي', 'Saudi'], aliases: ['المملكة العربية السعودية', 'السعودية'], places: ['جدة', 'مكة', 'Jeddah'] },
  AE: { capitals: ['أبوظبي', 'أبو ظبي', 'Abu Dhabi'], demonyms: ['إماراتي', 'Emirati'], aliases: ['الإمارات', 'UAE'] },
  QA: { capitals: ['الدوحة', 'Doha'], demonyms: ['قطري', 'Qatari'] },
  KW: { demonyms: ['كويتي', 'Kuwaiti'] },
  BH: { capitals: ['المنامة', 'Manama'], demonyms: ['بحريني', 'Bahraini'] },
  OM: { capitals: ['مسقط', 'Muscat'], demonyms: ['عماني', 'Omani'], aliases: ['سلطنة عمان'] },
  YE: { capitals: ['صنعاء', "Sana'a", 'Sanaa'], demonyms: ['يمني', 'Yemeni'], places: ['عدن', 'الحديدة', 'تعز', 'مأرب', 'صعدة', 'Aden', 'Hodeidah', 'Taiz'] },
  TR: { capitals: ['أنقرة', 'Ankara'], demonyms: ['تركي', 'أتراك', 'Turkish', 'Turks'], aliases: ['Turkey'], places: ['إسطنبول', 'اسطنبول', 'Istanbul'] },
  FR: { capitals: ['باريس', 'Paris', 'الإليزيه', 'Elysee'], demonyms: ['فرنسي', 'French'] },
  DE: { capitals: ['برلين', 'Berlin'], demonyms: ['ألماني', 'ألمان', 'German', 'Germans'] },
  GB: { capitals: ['لندن', 'London'], demonyms: ['بريطاني', 'British'], aliases: ['بريطانيا', 'Britain', 'UK', 'Great Britain'] },
  IT: { capitals: ['روما', 'Rome'], demonyms: ['إيطالي', 'Italian'] },
  ES: { capitals: ['مدريد', 'Madrid'], demonyms: ['إسباني', 'Spanish'] },
  UA: { capitals: ['كييف', 'كيف', 'Kyiv', 'Kiev'], demonyms: ['أوكراني', 'Ukrainian'], places: ['دونباس', 'دونيتسك', 'لوغانسك', 'خاركيف', 'أوديسا', 'ماريوبول', 'Donbas', 'Donetsk', 'Luhansk', 'Kharkiv', 'Odesa', 'Mariupol'] },
  BY: { capitals: ['مينسك', 'Minsk'], demonyms: ['بيلاروسي', 'Belarusian'], aliases: ['روسيا البيضاء', 'Belarus'] },
  PL: { capitals: ['وارسو', 'Warsaw'], demonyms: ['بولندي', 'Polish'] },
  IN: { capitals: ['نيودلهي', 'New Delhi'], demonyms: ['هندي', 'Indian'] },
  PK: { capitals: ['إسلام آباد', 'Islamabad'], demonyms: ['باكستاني', 'Pakistani'] },
  AF: { capitals: ['كابل', 'Kabul'], demonyms: ['أفغاني', 'Afghan'], places: ['قندهار', 'هلمند', 'Kandahar', 'Helmand'] },
  LY: { capitals: ['طرابلس', 'Tripoli'], demonyms: ['ليبي', 'Libyan'], places: ['بنغازي', 'مصراتة', 'سرت', 'درنة', 'Benghazi', 'Misrata', 'Sirte'] },
  TN: { demonyms: ['تونسي', 'Tunisian'] },
  DZ: { demonyms: ['جزائري', 'Algerian'] },
  MA: { capitals: ['الرباط', 'Rabat'], demonyms: ['مغربي', 'Moroccan'] },
  SD: { capitals: ['الخرطوم', 'Khartoum'], demonyms: ['سوداني', 'Sudanese'] },
  SO: { capitals: ['مقديشو', 'Mogadishu'], demonyms: ['صومالي', 'Somali'] },
  ET: { capitals: ['أديس أبابا', 'Addis Ababa'], demonyms: ['إثيوبي', 'Ethiopian'] },
  VE: { capitals: ['كراكاس', 'Caracas'], demonyms: ['فنزويلي', 'Venezuelan'] },
  CU: { capitals: ['هافانا', 'Havana'], demonyms: ['كوبي', 'Cuban'] },
  CA: { capitals: ['أوتاوا', 'Ottawa'], demonyms: ['كندي', 'Canadian'] },
  AU: { capitals: ['كانبيرا', 'Canberra'], demonyms: ['أسترالي', 'Australian'] },
  NL: { capitals: ['لاهاي', 'The Hague'], demonyms: ['هولندي', 'Dutch'], aliases: ['هولندا', 'Holland'] },
  BE: { demonyms: ['بلجيكي', 'Belgian'] },
  SE: { capitals: ['ستوكهولم', 'Stockholm'], demonyms: ['سويدي', 'Swedish'] },
  FI: { capitals: ['هلسنكي', 'Helsinki'], demonyms: ['فنلندي', 'Finnish'] },
  CH: { capitals: ['برن', 'Bern'], demonyms: ['سويسري', 'Swiss'] },
  GR: { capitals: ['أثينا', 'Athens'], demonyms: ['يوناني', 'Greek'] },
  AZ: { capitals: ['باكو', 'Baku'], demonyms: ['أذربيجاني', 'Azerbaijani'] },
  AM: { capitals: ['يريفان', 'Yerevan'], demonyms: ['أرميني', 'Armenian'] },
  GE: { capitals: ['تبليسي', 'Tbilisi'], demonyms: ['جورجي', 'Georgian'] },
  MM: { capitals: ['نايبيداو', 'Naypyidaw'], demonyms: ['ميانماري', 'Burmese'], aliases: ['ميانمار', 'بورما', 'Burma'] },
  VN: { capitals: ['هانوي', 'Hanoi'], demonyms: ['فيتنامي', 'Vietnamese'] },
  TW: { capitals: ['تايبيه', 'Taipei'], demonyms: ['تايواني', 'Taiwanese'] },
  VA: { aliases: ['الفاتيكان', 'Holy See'] },
  BR: { capitals: ['برازيليا', 'Brasilia'], demonyms: ['برازيلي', 'Brazilian'] },
  MX: { demonyms: ['مكسيكي', 'Mexican'] },
  ZA: { capitals: ['بريتوريا', 'Pretoria'], demonyms: ['جنوب أفريقي', 'South African'], aliases: ['جنوب أفريقيا', 'جنوب إفريقيا'] },
  NG: { capitals: ['أبوجا', 'Abuja'], demonyms: ['نيجيري', 'Nigerian'] },
  ML: { capitals: ['باماكو', 'Bamako'], demonyms: ['Malian'] },
  NE: { capitals: ['نيامي', 'Niamey'], demonyms: ['نيجري', 'Nigerien'] },
  HU: { capitals: ['بودابست', 'Budapest'], demonyms: ['مجري', 'Hungarian'] },
  RS: { capitals: ['بلغراد', 'Belgrade'], demonyms: ['صربي', 'Serbian'] },
  CY: { capitals: ['نيقوسيا', 'Nicosia'], demonyms: ['قبرصي', 'Cypriot'] },
  KZ: { capitals: ['أستانا', 'Astana'], demonyms: ['كازاخستاني', 'Kazakh'] },
  MR: { capitals: ['نواكشوط', 'Nouakchott'], demonyms: ['موريتاني', 'Mauritanian'] },
  NO: { capitals: ['أوسلو', 'Oslo'], demonyms: ['نرويجي', 'Norwegian'] },
  DK: { capitals: ['كوبنهاغن', 'Copenhagen'], demonyms: ['دنماركي', 'Danish'] },
  AT: { capitals: ['فيينا', 'Vienna'], demonyms: ['نمساوي', 'Austrian'] },
  CD: { aliases: ['الكونغو الديمقراطية', 'جمهورية الكونغو الديمقراطية', 'Democratic Republic of the Congo', 'DR Congo'] },
  CZ: { aliases: ['Czech Republic', 'جمهورية التشيك'] },
  CI: { aliases: ['Ivory Coast', 'كوت ديفوار'] },
};

/** Informal groupings named as one actor. */
export const BLOCS: { id: string; name_en: string; name_ar: string; names: string[]; demonyms?: string[]; directional?: boolean }[] = [
  // «الضربات الغربية», "Western sanctions"; but «الساحل الغربي», «شمال غربي اليمن» are directions (see PLACE_PARTS).
  { id: 'WEST', name_en: 'The West', name_ar: 'الغرب', names: ['الغرب', 'the West', 'الدول الغربية', 'Western countries'], demonyms: ['غربي', 'Western'], directional: true },
  { id: 'G7', name_en: 'Group of Seven', name_ar: 'مجموعة السبع', names: ['مجموعة السبع', 'مجموعة الدول السبع', 'G7'] },
  { id: 'BRICS', name_en: 'BRICS', name_ar: 'بريكس', names: ['بريكس', 'مجموعة بريكس', 'BRICS'] },
];

/**
 * Points of the compass and nouns of a place's parts. After one, a directional demonym (BLOCS) is a
 * direction, not the bloc: «شمال غربي اليمن», «الجهة الغربية», «الساحل الغربي» name no Western state.
 * Written as matching keys.
 */
export const PLACE_PARTS = [
  'شمال', 'جنوب', 'شرق', 'غرب', 'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'جهه', 'الجهه', 'الجهات', 'ساحل', 'الساحل', 'السواحل', 'جبهه', 'الجبهه',
  'الشريط', 'حدود', 'الحدود', 'جزء', 'الجزء', 'الشطر', 'طرف', 'الطرف', 'الاطراف', 'مدخل', 'المدخل', 'ريف', 'الريف', 'القطاع', 'منطقه', 'المنطقه',
  'مناطق', 'المناطق', 'الضفه', 'جانب', 'الجانب', 'ضاحيه', 'الضاحيه', 'الاحياء', 'الحي', 'الاقليم', 'المحافظات', 'البوابه', 'الجناح', 'القسم',
  'north', 'south', 'east', 'west',
];
