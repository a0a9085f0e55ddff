// Calendar dates and instants in America/New_York, computed without a clock and without Intl.
//
// Why not Intl: the core is called half a million times a second by the benchmark and by
// `s321 export`, and Intl.DateTimeFormat with a time zone costs microseconds per call. US Eastern
// time follows a fixed rule (15 U.S.C. 260a as amended by the Energy Policy Act of 2005), which
// is cheap to compute exactly. Rule changes and executive actions are stated in Eastern time and
// apply to goods entered on or after the stated instant (EO 14324 sec. 2: "12:01 a.m. eastern
// daylight time"; CSMS 67834313: "00:00 EST").

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether integers y, m, d (as the date patterns read them: digits only) name a real date, 1900-9999. */
function isValidCivil(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const max = m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
  return d <= max;
}

/** Day of week, 0 = Sunday. */
function weekday(days: number): number {
  return (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The n-th (1-based) Sunday of a month, or the last one when n = -1; as days since epoch. */
function sundayOf(y: number, m: number, n: number): number {
  if (n > 0) {
    const first = daysFromCivil(y, m, 1);
    return first + ((7 - weekday(first)) % 7) + (n - 1) * 7;
  }
  const last = m === 12 ? daysFromCivil(y, 12, 31) : daysFromCivil(y, m + 1, 1) - 1;
  return last - weekday(last);
}

/** Daylight saving time in force for a year: [startUtcMs, endUtcMs). Transitions at 02:00 local. */
const dstCache = new Map<number, [number, number]>();
function dstWindow(y: number): [number, number] {
  let w = dstCache.get(y);
  if (w) return w;
  let startDay: number;
  let endDay: number;
  if (y >= 2007) {
    startDay = sundayOf(y, 3, 2); // second Sunday in March
    endDay = sundayOf(y, 11, 1); // first Sunday in November
  } else if (y >= 1987) {
    startDay = sundayOf(y, 4, 1); // first Sunday in April
    endDay = sundayOf(y, 10, -1); // last Sunday in October
  } else {
    startDay = sundayOf(y, 4, -1); // last Sunday in April (1967-1986 rule)
    endDay = sundayOf(y, 10, -1);
  }
  // 02:00 EST = 07:00 UTC starts DST; 02:00 EDT = 06:00 UTC ends it.
  w = [startDay * MS_PER_DAY + 7 * 3_600_000, endDay * MS_PER_DAY + 6 * 3_600_000];
  dstCache.set(y, w);
  return w;
}

/** UTC offset of New York at an instant, in minutes (-240 in summer, -300 in winter). */
export function newYorkOffsetMinutes(utcMs: number): number {
  const [y] = civilFromDays(Math.floor(utcMs / MS_PER_DAY));
  const [start, end] = dstWindow(y);
  return utcMs >= start && utcMs < end ? -240 : -300;
}

/** The instant of a New York wall-clock time. In the autumn overlap the first (EDT) reading wins;
 * a time inside the spring gap is read with the standard-time offset (so it lands after the gap). */
export function newYorkLocalToUtc(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0, ms = 0): number {
  const local = daysFromCivil(y, m, d) * MS_PER_DAY + ((hh * 60 + mm) * 60 + ss) * 1000 + ms;
  const asEdt = local + 240 * MS_PER_MINUTE;
  if (newYorkOffsetMinutes(asEdt) === -240) return asEdt;
  return local + 300 * MS_PER_MINUTE;
}

const WHEN_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/** The instant of a rule or tariff window's bound, a New York "YYYY-MM-DD" (its 00:00) or
 * "YYYY-MM-DDTHH:MM"; null when it is not a real date and time. Read by the request parser
 * (New York wall-clock time without an offset), which checks the same fields. */
export function newYorkWhenToMs(text: string): number | null {
  const m = WHEN_RE.exec(text);
  const when = m && parseWhen(m[1] ? text : `${text}T00:00`);
  return when && when.ok ? when.instant : null;
}

/** Days since epoch of the New York calendar date of an instant. */
export function newYorkDayOf(utcMs: number): number {
  return Math.floor((utcMs + newYorkOffsetMinutes(utcMs) * MS_PER_MINUTE) / MS_PER_DAY);
}

/** Formats a day number (days since 1970-01-01) as "YYYY-MM-DD". */
export function formatDay(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The New York calendar date of an instant, "YYYY-MM-DD": what "today" is for customs. The
 * door reads the clock and passes the instant (core has no clock). */
export function newYorkDateOf(utcMs: number): string {
  return formatDay(newYorkDayOf(utcMs));
}

/** "2025-08-29T00:01-04:00": a New York instant written with its offset, for messages and docs. */
export function formatNewYorkInstant(utcMs: number): string {
  const off = newYorkOffsetMinutes(utcMs);
  const local = utcMs + off * MS_PER_MINUTE;
  const day = Math.floor(local / MS_PER_DAY);
  const mins = Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE);
  const hh = Math.floor(mins / 60);
  const mm = mins % 60;
  const sign = off < 0 ? '-' : '+';
  const oh = Math.abs(off) / 60;
  return `${formatDay(day)}T${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}${sign}${oh < 10 ? '0' : ''}${oh}:00`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

export type ParsedWhen =
  | {
      ok: true;
      day: number;
      instant: number;
      hasTime: boolean;
      /** the New York date, YYYY-MM-DD */
      date: string;
    }
  | { ok: false; expected: string };

const whenMemo = new Map<string, ParsedWhen>();

/** Parses a calendar date (YYYY-MM-DD, a day in New York) or an instant (ISO 8601 with a time;
 * an offset or Z is honoured, a time without offset is New York wall-clock time). Remembers its
 * answers (at most 8,192 texts): the answer is a pure function of the text, and batches repeat
 * the same few dates. */
export function parseDateOrInstant(text: string): ParsedWhen {
  let r = whenMemo.get(text);
  if (r === undefined) {
    r = parseWhen(text);
    if (whenMemo.size >= 8192) whenMemo.clear();
    whenMemo.set(text, r);
  }
  return r;
}

function parseWhen(text: string): ParsedWhen {
  if (DATE_RE.test(text)) {
    const day = parseDay(text);
    if (day === null) return { ok: false, expected: 'a real calendar date (YYYY-MM-DD)' };
    // A date without a time counts as entered during that day after any change that took effect
    // on it (changes take effect at 00:00 or 00:01 Eastern): the last millisecond of the day.
    return { ok: true, day, instant: endOfNewYorkDay(day), hasTime: false, date: text };
  }
  const m = DATETIME_RE.exec(text);
  if (!m) return { ok: false, expected: 'a date YYYY-MM-DD or an ISO 8601 date-time such as 2025-08-29T00:00:30-04:00' };
  const y = +m[1],
    mo = +m[2],
    d = +m[3],
    hh = +m[4],
    mi = +m[5],
    ss = m[6] ? +m[6] : 0;
  const frac = m[7] ? Math.floor(+('0.' + m[7]) * 1000) : 0;
  if (!isValidCivil(y, mo, d) || hh > 23 || mi > 59 || ss > 59) {
    return { ok: false, expected: 'a real date and time (hours 00-23, minutes and seconds 00-59)' };
  }
  let instant: number;
  const zone = m[8];
  if (zone === undefined) {
    instant = newYorkLocalToUtc(y, mo, d, hh, mi, ss, frac);
  } else {
    let off = 0;
    if (zone !== 'Z') {
      const sign = zone[0] === '-' ? -1 : 1;
      const oh = +zone.slice(1, 3),
        om = +zone.slice(4, 6);
      if (oh > 23 || om > 59) return { ok: false, expected: 'a UTC offset between -23:59 and +23:59' };
      off = sign * (oh * 60 + om);
    }
    instant = daysFromCivil(y, mo, d) * MS_PER_DAY + ((hh * 60 + mi) * 60 + ss) * 1000 + frac - off * MS_PER_MINUTE;
  }
  const day = newYorkDayOf(instant);
  return { ok: true, day, instant, hasTime: true, date: formatDay(day) };
}

/** Parses a plain calendar date; returns days since epoch or null. */
export function parseDay(text: string): number | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const y = +m[1],
    mo = +m[2],
    d = +m[3];
  return isValidCivil(y, mo, d) ? daysFromCivil(y, mo, d) : null;
}

/** The last instant of a New York calendar day. */
export function endOfNewYorkDay(day: number): number {
  const [y, m, d] = civilFromDays(day + 1);
  return newYorkLocalToUtc(y, m, d) - 1;
}
