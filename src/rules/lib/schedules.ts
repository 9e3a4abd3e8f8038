import { unknown, type Unknown } from '../../model/unknown.js';

/**
 * AWS schedule expressions (`rate(12 hours)`, `cron(0 5 ? * * *)`, as AWS Backup plans and Secrets
 * Manager rotation use them) read as the longest time between two runs, in minutes: the figure a
 * "at least every N hours/days" control compares. Times are UTC; the year field must be `*` (a
 * schedule limited to some years stops running, which is reported as unknown, not guessed).
 */

const MINUTE = 1;
const HOUR = 60;
const DAY = 24 * HOUR;

const RATE = /^rate\(\s*(\d{1,9})\s+(minutes?|hours?|days?)\s*\)$/i;
const CRON = /^cron\((.*)\)$/i;
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** Whole years of days examined for day-of-month and day-of-week patterns (leap years included). */
const DAYS_EXAMINED = 4 * 366;
const MAX_EXPRESSION = 256;

export class ScheduleError extends Error {}

/** Values of one numeric cron field (`5`, `1-5`, `0/15`, `MON-FRI`, `1,15`) within `[low, high]`. */
function fieldValues(field: string, low: number, high: number, names: readonly string[] = [], nameBase = low): Set<number> {
  const values = new Set<number>();
  const token = (text: string): number => {
    const upper = text.toUpperCase();
    const named = names.indexOf(upper);
    if (named >= 0) return named + nameBase;
    if (!/^\d{1,4}$/.test(text)) throw new ScheduleError(`"${text}" is not a value of this field`);
    return Number(text);
  };
  for (const part of field.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : token(stepText);
    if (step < 1) throw new ScheduleError(`step ${stepText} must be at least 1`);
    let from: number;
    let to: number;
    if (range === '*' || range === '?') [from, to] = [low, high];
    else if (range.includes('-')) {
      const [a = '', b = ''] = range.split('-');
      [from, to] = [token(a), token(b)];
    } else {
      from = token(range);
      to = stepText === undefined ? from : high;
    }
    if (from < low || to > high || from > to) throw new ScheduleError(`"${part}" is outside ${low}-${high}`);
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

/** A day-of-month matcher: numbers, `L` (last day), `LW` (last weekday), `15W` (weekday nearest the 15th), `?`. */
function dayOfMonthMatcher(field: string): ((date: Date) => boolean) | undefined {
  if (field === '?') return undefined;
  if (field === '*') return () => true;
  const last = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  if (field.toUpperCase() === 'L') return (date) => date.getUTCDate() === last(date);
  const weekday = /^(\d{1,2}|L)W$/i.exec(field);
  if (weekday) {
    return (date) => {
      const lastDay = last(date);
      const wanted = weekday[1]?.toUpperCase() === 'L' ? lastDay : Math.min(Number(weekday[1]), lastDay);
      let nearest = wanted;
      const dayOf = (day: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), day)).getUTCDay();
      if (dayOf(wanted) === 6) nearest = wanted === 1 ? 3 : wanted - 1;
      else if (dayOf(wanted) === 0) nearest = wanted === lastDay ? wanted - 2 : wanted + 1;
      return date.getUTCDate() === nearest;
    };
  }
  const days = fieldValues(field, 1, 31);
  return (date) => days.has(date.getUTCDate());
}

/** A day-of-week matcher (1-7 = SUN-SAT): lists, ranges, `5L` (last Thursday), `6#3` (third Friday), `?`. */
function dayOfWeekMatcher(field: string): ((date: Date) => boolean) | undefined {
  if (field === '?') return undefined;
  if (field === '*') return () => true;
  const lastOf = /^([1-7]|[A-Z]{3})L$/i.exec(field);
  const nth = /^([1-7]|[A-Z]{3})#([1-5])$/i.exec(field);
  const dayNumber = (text: string) => [...fieldValues(text, 1, 7, DAY_NAMES)][0] as number;
  if (lastOf) {
    const wanted = dayNumber(lastOf[1] as string) - 1;
    return (date) => date.getUTCDay() === wanted && date.getUTCDate() + 7 > new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  }
  if (nth) {
    const wanted = dayNumber(nth[1] as string) - 1;
    const which = Number(nth[2]);
    return (date) => date.getUTCDay() === wanted && Math.ceil(date.getUTCDate() / 7) === which;
  }
  const days = fieldValues(field, 1, 7, DAY_NAMES);
  return (date) => days.has(date.getUTCDay() + 1);
}

/** The longest gap, in minutes, between two runs of an AWS cron expression (6 fields). */
function cronInterval(body: string): number {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) throw new ScheduleError(`a cron expression has 6 fields, not ${fields.length}`);
  const [minuteField, hourField, domField, monthField, dowField, yearField] = fields as [string, string, string, string, string, string];
  if (yearField !== '*') throw new ScheduleError(`the year field ${yearField} limits the schedule to some years`);
  const minutes = [...fieldValues(minuteField, 0, 59)].sort((a, b) => a - b);
  const hours = [...fieldValues(hourField, 0, 23)].sort((a, b) => a - b);
  const months = fieldValues(monthField, 1, 12, MONTH_NAMES, 1);
  const byMonthDay = dayOfMonthMatcher(domField);
  const byWeekDay = dayOfWeekMatcher(dowField);
  if (byMonthDay && byWeekDay && domField !== '*' && dowField !== '*') throw new ScheduleError('day-of-month and day-of-week can not both be given (one must be ?)');
  const times = hours.flatMap((hour) => minutes.map((minute) => hour * HOUR + minute));
  const first = times[0] as number;
  const lastTime = times[times.length - 1] as number;
  let longest = 0;
  for (let index = 1; index < times.length; index++) longest = Math.max(longest, (times[index] as number) - (times[index - 1] as number));
  // Days that run, over several whole years from a fixed start (pure: no clock).
  let previousDay: number | undefined;
  let firstDay: number | undefined;
  const start = Date.UTC(2024, 0, 1);
  for (let day = 0; day < DAYS_EXAMINED; day++) {
    const date = new Date(start + day * DAY * 60_000);
    if (!months.has(date.getUTCMonth() + 1)) continue;
    if (byMonthDay && !byMonthDay(date)) continue;
    if (byWeekDay && !byWeekDay(date)) continue;
    if (previousDay !== undefined) longest = Math.max(longest, (day - previousDay) * DAY + first - lastTime);
    firstDay ??= day;
    previousDay = day;
  }
  if (previousDay === undefined || firstDay === undefined) throw new ScheduleError('the expression never runs');
  // Runs on one day of the examined years only (29 February): years apart.
  if (firstDay === previousDay) longest = Math.max(longest, DAYS_EXAMINED * DAY);
  return longest;
}

/**
 * The longest time between two runs of a schedule expression, in minutes, or an Unknown naming
 * why it can not be read (malformed, or limited to some years).
 */
export function scheduleInterval(expression: string): number | Unknown {
  const text = expression.trim();
  if (text.length > MAX_EXPRESSION) return unknown(`malformed: the schedule expression is longer than ${MAX_EXPRESSION} characters`);
  const rate = RATE.exec(text);
  if (rate) {
    const amount = Number(rate[1]);
    const unit = (rate[2] as string).toLowerCase();
    if (amount < 1) return unknown(`malformed: ${text} has a rate below 1`);
    return amount * (unit.startsWith('day') ? DAY : unit.startsWith('hour') ? HOUR : MINUTE);
  }
  const cron = CRON.exec(text);
  if (!cron) return unknown(`malformed: ${JSON.stringify(text)} is neither rate(...) nor cron(...)`);
  try {
    return cronInterval(cron[1] as string);
  } catch (error) {
    if (error instanceof ScheduleError) return unknown(`${text} can not be read: ${error.message}`);
    throw error;
  }
}

/** Minutes as a short text: `90 minutes`, `12 hours`, `3 days`. */
export function describeInterval(minutes: number): string {
  if (minutes % DAY === 0) return `${minutes / DAY} day(s)`;
  if (minutes % HOUR === 0) return `${minutes / HOUR} hour(s)`;
  return `${minutes} minute(s)`;
}

export const MINUTES = { hour: HOUR, day: DAY } as const;
