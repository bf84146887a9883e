/**
 * A state's armed forces are an actor of their own, PART_OF the state (ONTOLOGY.md), named by a noun
 * and the state's demonym: «الجيش الإسرائيلي», «القوات المسلحة المصرية», "the Syrian army". Other
 * nouns with a demonym («القوات التركية», "Chilean officials") stand for the state itself
 * (ANNOTATION.md), so only these nouns are listed.
 */
export const ARMED_FORCES_NOUNS: { ar: { noun: string; feminine: boolean }[]; en: string[] } = {
  // The adjective agrees with the noun: الجيش المصري, القوات المسلحة المصرية.
  ar: [
    { noun: 'الجيش', feminine: false },
    { noun: 'القوات المسلحة', feminine: true },
  ],
  // Not "military", which is an adjective as often as a noun ("Syrian military officials").
  en: ['army', 'armed forces'],
};

/** Armies the press also calls by a name of their own, by state. */
export const NAMED_ARMIES: Record<string, string[]> = {
  IL: ['جيش الدفاع الإسرائيلي', 'Israel Defense Forces', 'IDF'],
  SY: ['الجيش العربي السوري', 'Syrian Arab Army'],
  KP: ['الجيش الشعبي الكوري', "Korean People's Army", 'KPA'],
  CN: ['جيش التحرير الشعبي', 'جيش التحرير الشعبي الصيني', "People's Liberation Army"],
  US: ['U.S. Army', 'US Army', 'U.S. armed forces', 'US armed forces'],
  GB: ['British Army'],
  // Yemen's government forces, as the region's press calls them since 2015.
  YE: ['القوات الشرعية', 'قوات الشرعية', 'الجيش الوطني اليمني'],
};

/** The id of a state's armed forces. */
export const armyId = (state: string) => `${state}-ARMY`;
