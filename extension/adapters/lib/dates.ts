// Dates as order pages write them. Pure: no clock, no locale data.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** YYYY-MM-DD from "March 3, 2025", "3 Mar 2025", "Mar 03, 2025 10:22 PM", "2025-03-03" or
 * "2025/03/03"; null for anything else (day-first numeric dates are ambiguous, so not read). */
export function isoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  const month = (name: string) => MONTHS[name.slice(0, 4).toLowerCase()] ?? MONTHS[name.slice(0, 3).toLowerCase()];
  let y: number, m: number, day: number;
  let r = /(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})/.exec(t);
  if (r) [y, m, day] = [+r[1], +r[2], +r[3]];
  else if ((r = /\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b/.exec(t)) && month(r[1])) [y, m, day] = [+r[3], month(r[1]), +r[2]];
  else if ((r = /\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(t)) && month(r[2])) [y, m, day] = [+r[3], month(r[2]), +r[1]];
  else return null;
  const dt = new Date(Date.UTC(y, m - 1, day));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== day) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
