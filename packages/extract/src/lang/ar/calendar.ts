/** Month and weekday names of the Arabic press, all systems, and the words that qualify them. */
import type { Calendar } from '../../engine/language.ts';

export const CALENDAR: Calendar = {
  months: {
    // Egyptian / Gulf
    يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, مايو: 5, يونيو: 6, يونيه: 6, يوليو: 7, يوليه: 7, اغسطس: 8, سبتمبر: 9, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
    // Levantine / Iraqi
    'كانون الثاني': 1, شباط: 2, اذار: 3, نيسان: 4, ايار: 5, حزيران: 6, تموز: 7, اب: 8, ايلول: 9, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12,
    // Moroccan
    ماي: 5, يوليوز: 7, غشت: 8, شتنبر: 9, نونبر: 11, دجنبر: 12,
    // Tunisian / Algerian
    جانفي: 1, فيفري: 2, افريل: 4, جوان: 6, جويليه: 7, اوت: 8,
  },
  weekdays: { الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6 },
  pastWords: ['الماضي', 'الفائت', 'المنصرم'],
  nextWords: ['المقبل', 'القادم'],
  dayPrepositions: [],
  yearWords: ['عام', 'العام', 'سنه'],
};
