/** Month and weekday names of the English press, and the words that qualify them. */
import type { Calendar } from '../../engine/language.ts';

export const CALENDAR: Calendar = {
  months: { january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12 },
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  pastWords: ['last'],
  nextWords: ['next'],
  // "on Sunday"
  dayPrepositions: ['on'],
  // "in 2017"
  yearWords: ['in'],
};
