/** Words around English names: offices that introduce a person, and what a name never runs into. */
import { SAME_OFFICE, type NameWords } from '../../engine/language.ts';
import { SKELETON } from './skeleton.ts';
import { isCommonEnglishWord, isGivenName } from './compromise.ts';

export const NAMES: NameWords = {
  // "Foreign Minister Jean-Noël Barrot". Longest title first wins.
  titles: {
    // "his counterpart": the same office as the person just named, in another state.
    'his counterpart': SAME_OFFICE,
    'her counterpart': SAME_OFFICE,
    'President': 'president',
    'Prime Minister': 'prime minister',
    'Foreign Minister': 'foreign minister',
    'foreign minister': 'foreign minister',
    'Defence Minister': 'defence minister',
    'Defense Minister': 'defence minister',
    'defence minister': 'defence minister',
    'defense minister': 'defence minister',
    'Secretary of State': 'secretary of state',
    'Defense Secretary': 'defence secretary',
    'spokesperson': 'spokesperson',
    'spokesman': 'spokesperson',
    'spokeswoman': 'spokesperson',
    'Chancellor': 'chancellor',
    'King': 'king',
    'Crown Prince': 'crown prince',
    'Ambassador': 'ambassador',
    'leader': 'leader',
    // The offices of US politics that name most people of the English press.
    'Vice President': 'vice president',
    'Senator': 'senator',
    'Sen': 'senator',
    'Representative': 'representative',
    'Rep': 'representative',
    'Speaker': 'speaker',
    'House Speaker': 'speaker',
    'Attorney General': 'attorney general',
    'Special Counsel': 'special counsel',
    'Secretary': 'secretary',
    // Hyphens part words: "Secretary-General Kofi Annan" is read as Secretary General.
    'Secretary General': 'secretary-general',
    'Treasury Secretary': 'treasury secretary',
    'Director': 'director',
    'Governor': 'governor',
    'Gov': 'governor',
    'Chairman': 'chairman',
    'General': 'general',
    'Gen': 'general',
    'Judge': 'judge',
    'Ambassador to': 'ambassador',
  },
  honorifics: ['Sheikh', 'Prince', 'Mr', 'Mrs', 'Ms', 'Dr'],
  // Titles that come before names ("Gen. Mark Milley"), and "Jr.", "vs.".
  abbreviations: ['Sen', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Adm', 'Sgt', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'St', 'Jr', 'Sr', 'Rev', 'vs'],
  links: ['von', 'de', 'van', 'al', 'bin', 'der'],
  stops: [
    'said', 'says', 'told', 'on', 'in', 'at', 'of', 'and', 'the', 'who', 'has', 'had', 'was', 'is', 'will', 'to', 'for', 'with',
  ],
  notTheHolder: [
    'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'widow', 'deputy', 'aide', 'adviser', 'advisor',
  ],
  // "Trump adviser Steve Bannon", "Trump son-in-law Jared Kushner" (hyphens part words, so "son in law").
  roles: [
    'campaign chairman', 'campaign manager', 'national security adviser', 'chief of staff', 'senior adviser', 'top aide', 'lawyer',
    'attorney', 'personal lawyer', 'envoy', 'ally', 'confidant', 'associate', 'son in law', 'spokesman', 'spokeswoman',
  ],
  // "former President Barack Obama"
  officeDescriptors: {
    former: ['former', 'late', 'ousted'],
    present: ['new', 'current'],
  },
  shape: {
    capitalised: true,
    isGivenName,
    isCommonWord: isCommonEnglishWord,
    leadersByFamilyName: true,
    triggerEndsName: false,
    // "President Barack Obama's plan"
    possessive: /['’]s?$/,
    ownerBeforeOffice: true,
    descriptorBeforeOffice: true,
    ownerAfterTitle: [],
  },
  skeleton: SKELETON,
};
