/** Months as the timeline and the URL write them: "YYYY-MM", which also sort as text. */

export interface MonthRange {
  /** Both ends included. */
  from: string;
  to: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function parts(month: string): [number, number] {
  const [, year = '0', number = '1'] = MONTH.exec(month) ?? [];
  return [Number(year), Number(number)];
}

/** "2024-02" → "2024-02-29". */
export function lastDayOfMonth(month: string): string {
  const [year, number] = parts(month);
  const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included, so that months without events still take their place. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, number] = parts(from);
  const [lastYear, lastNumber] = parts(to);
  while (year < lastYear || (year === lastYear && number <= lastNumber)) {
    months.push(`${year}-${String(number).padStart(2, '0')}`);
    number += 1;
    if (number > 12) {
      number = 1;
      year += 1;
    }
  }
  return months;
}

/** A range in order whatever the direction it was brushed in. */
export function orderedRange(a: string, b: string): MonthRange {
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}
