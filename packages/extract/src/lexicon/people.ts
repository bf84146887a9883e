/**
 * Office holders of the major states and bodies, with their offices and terms (2018–2026, the span of
 * our corpora). Dates are when the office was taken or left; `to` is absent while it is held.
 */
export interface Office {
  title: string;
  /** The state (ISO alpha-2), or the intergovernmental body, the office serves; a ministry's office serves its state. */
  of: string;
  from?: string;
  to?: string;
}

export interface PersonEntry {
  id: string;
  name_en: string;
  name_ar: string;
  /** Other spellings in both scripts; a surname alone only where it is unambiguous in the news. */
  names: string[];
  offices: Office[];
}

export const PEOPLE: PersonEntry[] = [
  { id: 'vladimir-putin', name_en: 'Vladimir Putin', name_ar: 'فلاديمير بوتين', names: ['بوتين', 'Putin'], offices: [{ title: 'president', of: 'RU', from: '2012-05-07' }] },
  { id: 'sergey-lavrov', name_en: 'Sergey Lavrov', name_ar: 'سيرغي لافروف', names: ['سيرجي لافروف', 'لافروف', 'Sergei Lavrov', 'Lavrov'], offices: [{ title: 'foreign minister', of: 'RU', from: '2004-03-09' }] },
  { id: 'sergei-shoigu', name_en: 'Sergei Shoigu', name_ar: 'سيرغي شويغو', names: ['سيرجي شويغو', 'شويغو', 'Shoigu'], offices: [{ title: 'defence minister', of: 'RU', from: '2012-11-06', to: '2024-05-12' }] },
  { id: 'andrei-belousov', name_en: 'Andrei Belousov', name_ar: 'أندريه بيلوسوف', names: ['أندري بيلوسوف', 'بيلوسوف', 'Andrey Belousov', 'Belousov'], offices: [{ title: 'defence minister', of: 'RU', from: '2024-05-14' }] },
  { id: 'dmitry-peskov', name_en: 'Dmitry Peskov', name_ar: 'دميتري بيسكوف', names: ['ديمتري بيسكوف', 'بيسكوف', 'Peskov'], offices: [{ title: 'spokesperson', of: 'RU', from: '2012-05-22' }] },
  { id: 'maria-zakharova', name_en: 'Maria Zakharova', name_ar: 'ماريا زاخاروفا', names: ['زاخاروفا', 'Zakharova'], offices: [{ title: 'foreign ministry spokesperson', of: 'RU', from: '2015-08-10' }] },
  { id: 'kim-jong-un', name_en: 'Kim Jong Un', name_ar: 'كيم جونغ أون', names: ['كيم جونغ أونغ', 'كيم جونج أون', 'كيم جون أون', 'Kim Jong-un', 'Kim Jong Un'], offices: [{ title: 'leader', of: 'KP', from: '2011-12-17' }] },
  { id: 'choe-son-hui', name_en: 'Choe Son Hui', name_ar: 'تشوي سون هوي', names: ['Choe Son-hui'], offices: [{ title: 'foreign minister', of: 'KP', from: '2022-06-10' }] },
  { id: 'no-kwang-chol', name_en: 'No Kwang Chol', name_ar: 'نو كوانغ تشول', names: ['No Kwang-chol'], offices: [{ title: 'defence minister', of: 'KP', from: '2024-10-01' }] },
  { id: 'donald-trump', name_en: 'Donald Trump', name_ar: 'دونالد ترامب', names: ['ترامب', 'ترمب', 'دونالد ترمب', 'Trump'], offices: [{ title: 'president', of: 'US', from: '2017-01-20', to: '2021-01-20' }, { title: 'president', of: 'US', from: '2025-01-20' }] },
  { id: 'joe-biden', name_en: 'Joe Biden', name_ar: 'جو بايدن', names: ['بايدن', 'Biden'], offices: [{ title: 'president', of: 'US', from: '2021-01-20', to: '2025-01-20' }] },
  { id: 'antony-blinken', name_en: 'Antony Blinken', name_ar: 'أنتوني بلينكن', names: ['بلينكن', 'Blinken'], offices: [{ title: 'secretary of state', of: 'US', from: '2021-01-26', to: '2025-01-20' }] },
  { id: 'marco-rubio', name_en: 'Marco Rubio', name_ar: 'ماركو روبيو', names: ['روبيو', 'Rubio'], offices: [{ title: 'secretary of state', of: 'US', from: '2025-01-21' }] },
  { id: 'mike-pompeo', name_en: 'Mike Pompeo', name_ar: 'مايك بومبيو', names: ['بومبيو', 'Pompeo'], offices: [{ title: 'secretary of state', of: 'US', from: '2018-04-26', to: '2021-01-20' }] },
  { id: 'rex-tillerson', name_en: 'Rex Tillerson', name_ar: 'ريكس تيلرسون', names: ['تيلرسون', 'Tillerson'], offices: [{ title: 'secretary of state', of: 'US', from: '2017-02-01', to: '2018-03-31' }] },
  { id: 'lloyd-austin', name_en: 'Lloyd Austin', name_ar: 'لويد أوستن', names: ['Austin'], offices: [{ title: 'defence secretary', of: 'US', from: '2021-01-22', to: '2025-01-20' }] },
  { id: 'pete-hegseth', name_en: 'Pete Hegseth', name_ar: 'بيت هيغسيث', names: ['هيغسيث', 'Hegseth'], offices: [{ title: 'defence secretary', of: 'US', from: '2025-01-25' }] },
  { id: 'jim-mattis', name_en: 'Jim Mattis', name_ar: 'جيم ماتيس', names: ['ماتيس', 'جيمس ماتيس', 'Mattis'], offices: [{ title: 'defence secretary', of: 'US', from: '2017-01-20', to: '2019-01-01' }] },
  { id: 'john-bolton', name_en: 'John Bolton', name_ar: 'جون بولتون', names: ['بولتون', 'Bolton'], offices: [{ title: 'national security adviser', of: 'US', from: '2018-04-09', to: '2019-09-10' }] },
  { id: 'nikki-haley', name_en: 'Nikki Haley', name_ar: 'نيكي هيلي', names: ['هيلي', 'Haley'], offices: [{ title: 'ambassador to the UN', of: 'US', from: '2017-01-27', to: '2018-12-31' }] },
  { id: 'matthew-miller', name_en: 'Matthew Miller', name_ar: 'ماثيو ميلر', names: ['Matthew Miller'], offices: [{ title: 'State Department spokesperson', of: 'US', from: '2023-05-01', to: '2025-01-20' }] },
  { id: 'john-kirby', name_en: 'John Kirby', name_ar: 'جون كيربي', names: ['كيربي', 'Kirby'], offices: [{ title: 'spokesperson', of: 'US', from: '2022-05-01', to: '2025-01-20' }] },
  { id: 'xi-jinping', name_en: 'Xi Jinping', name_ar: 'شي جين بينغ', names: ['شي جينبينغ', 'شي جين بينج', 'Xi Jinping'], offices: [{ title: 'president', of: 'CN', from: '2013-03-14' }] },
  { id: 'wang-yi', name_en: 'Wang Yi', name_ar: 'وانغ يي', names: ['وانج يي', 'Wang Yi'], offices: [{ title: 'foreign minister', of: 'CN', from: '2023-07-25' }] },
  { id: 'volodymyr-zelensky', name_en: 'Volodymyr Zelensky', name_ar: 'فولوديمير زيلينسكي', names: ['زيلينسكي', 'Zelensky', 'Zelenskyy'], offices: [{ title: 'president', of: 'UA', from: '2019-05-20' }] },
  { id: 'emmanuel-macron', name_en: 'Emmanuel Macron', name_ar: 'إيمانويل ماكرون', names: ['ماكرون', 'Macron'], offices: [{ title: 'president', of: 'FR', from: '2017-05-14' }] },
  { id: 'jean-noel-barrot', name_en: 'Jean-Noël Barrot', name_ar: 'جان نويل بارو', names: ['بارو', 'Barrot', 'Jean-Noel Barrot'], offices: [{ title: 'foreign minister', of: 'FR', from: '2024-09-21' }] },
  { id: 'angela-merkel', name_en: 'Angela Merkel', name_ar: 'أنجيلا ميركل', names: ['ميركل', 'Merkel'], offices: [{ title: 'chancellor', of: 'DE', from: '2005-11-22', to: '2021-12-08' }] },
  { id: 'olaf-scholz', name_en: 'Olaf Scholz', name_ar: 'أولاف شولتس', names: ['شولتس', 'Scholz'], offices: [{ title: 'chancellor', of: 'DE', from: '2021-12-08', to: '2025-05-06' }] },
  { id: 'friedrich-merz', name_en: 'Friedrich Merz', name_ar: 'فريدريش ميرتس', names: ['ميرتس', 'Merz'], offices: [{ title: 'chancellor', of: 'DE', from: '2025-05-06' }] },
  { id: 'theresa-may', name_en: 'Theresa May', name_ar: 'تيريزا ماي', names: ['Theresa May'], offices: [{ title: 'prime minister', of: 'GB', from: '2016-07-13', to: '2019-07-24' }] },
  { id: 'keir-starmer', name_en: 'Keir Starmer', name_ar: 'كير ستارمر', names: ['ستارمر', 'Starmer'], offices: [{ title: 'prime minister', of: 'GB', from: '2024-07-05' }] },
  { id: 'recep-tayyip-erdogan', name_en: 'Recep Tayyip Erdoğan', name_ar: 'رجب طيب أردوغان', names: ['أردوغان', 'إردوغان', 'Erdogan', 'Erdoğan'], offices: [{ title: 'president', of: 'TR', from: '2014-08-28' }] },
  { id: 'benjamin-netanyahu', name_en: 'Benjamin Netanyahu', name_ar: 'بنيامين نتنياهو', names: ['نتنياهو', 'Netanyahu'], offices: [{ title: 'prime minister', of: 'IL', from: '2009-03-31', to: '2021-06-13' }, { title: 'prime minister', of: 'IL', from: '2022-12-29' }] },
  { id: 'ali-khamenei', name_en: 'Ali Khamenei', name_ar: 'علي خامنئي', names: ['خامنئي', 'Khamenei'], offices: [{ title: 'supreme leader', of: 'IR', from: '1989-06-04' }] },
  { id: 'hassan-rouhani', name_en: 'Hassan Rouhani', name_ar: 'حسن روحاني', names: ['روحاني', 'Rouhani'], offices: [{ title: 'president', of: 'IR', from: '2013-08-03', to: '2021-08-03' }] },
  { id: 'ebrahim-raisi', name_en: 'Ebrahim Raisi', name_ar: 'إبراهيم رئيسي', names: ['Raisi'], offices: [{ title: 'president', of: 'IR', from: '2021-08-03', to: '2024-05-19' }] },
  { id: 'masoud-pezeshkian', name_en: 'Masoud Pezeshkian', name_ar: 'مسعود بزشكيان', names: ['بزشكيان', 'Pezeshkian'], offices: [{ title: 'president', of: 'IR', from: '2024-07-28' }] },
  { id: 'mohammad-javad-zarif', name_en: 'Mohammad Javad Zarif', name_ar: 'محمد جواد ظريف', names: ['ظريف', 'Zarif'], offices: [{ title: 'foreign minister', of: 'IR', from: '2013-08-15', to: '2021-08-25' }] },
  { id: 'abbas-araghchi', name_en: 'Abbas Araghchi', name_ar: 'عباس عراقجي', names: ['عراقجي', 'Araghchi'], offices: [{ title: 'foreign minister', of: 'IR', from: '2024-08-21' }] },
  { id: 'bashar-al-assad', name_en: 'Bashar al-Assad', name_ar: 'بشار الأسد', names: ['Bashar al-Assad', 'Assad'], offices: [{ title: 'president', of: 'SY', from: '2000-07-17', to: '2024-12-08' }] },
  { id: 'mohammed-bin-salman', name_en: 'Mohammed bin Salman', name_ar: 'محمد بن سلمان', names: ['Mohammed bin Salman'], offices: [{ title: 'crown prince', of: 'SA', from: '2017-06-21' }] },
  { id: 'abdel-fattah-el-sisi', name_en: 'Abdel Fattah el-Sisi', name_ar: 'عبد الفتاح السيسي', names: ['السيسي', 'Sisi', 'el-Sisi'], offices: [{ title: 'president', of: 'EG', from: '2014-06-08' }] },
  { id: 'narendra-modi', name_en: 'Narendra Modi', name_ar: 'ناريندرا مودي', names: ['مودي', 'Modi'], offices: [{ title: 'prime minister', of: 'IN', from: '2014-05-26' }] },
  { id: 'moon-jae-in', name_en: 'Moon Jae-in', name_ar: 'مون جاي إن', names: ['مون جيه إن', 'Moon Jae-in'], offices: [{ title: 'president', of: 'KR', from: '2017-05-10', to: '2022-05-10' }] },
  { id: 'antonio-guterres', name_en: 'António Guterres', name_ar: 'أنطونيو غوتيريش', names: ['غوتيريش', 'جوتيريش', 'Guterres'], offices: [{ title: 'secretary-general', of: 'UN', from: '2017-01-01' }] },
  { id: 'ursula-von-der-leyen', name_en: 'Ursula von der Leyen', name_ar: 'أورسولا فون دير لاين', names: ['فون دير لاين', 'von der Leyen'], offices: [{ title: 'president of the European Commission', of: 'EU', from: '2019-12-01' }] },
  { id: 'josep-borrell', name_en: 'Josep Borrell', name_ar: 'جوزيب بوريل', names: ['بوريل', 'Borrell'], offices: [{ title: 'foreign policy chief', of: 'EU', from: '2019-12-01', to: '2024-11-30' }] },
  { id: 'kaja-kallas', name_en: 'Kaja Kallas', name_ar: 'كايا كالاس', names: ['كالاس', 'Kallas'], offices: [{ title: 'foreign policy chief', of: 'EU', from: '2024-12-01' }] },
  { id: 'jens-stoltenberg', name_en: 'Jens Stoltenberg', name_ar: 'ينس ستولتنبرغ', names: ['ستولتنبرغ', 'Stoltenberg'], offices: [{ title: 'secretary-general', of: 'NATO', from: '2014-10-01', to: '2024-10-01' }] },
  { id: 'mark-rutte', name_en: 'Mark Rutte', name_ar: 'مارك روته', names: ['روته', 'Rutte'], offices: [{ title: 'secretary-general', of: 'NATO', from: '2024-10-01' }] },
  { id: 'hassan-nasrallah', name_en: 'Hassan Nasrallah', name_ar: 'حسن نصر الله', names: ['نصر الله', 'Nasrallah'], offices: [{ title: 'secretary-general', of: 'HEZBOLLAH', from: '1992-02-16', to: '2024-09-27' }] },
];
