// The US tariff schedule (HTSUS) as the project ships it: a compact, plain-JSON form built from
// the USITC's JSON export (core/schedule/build.ts), replaceable like the rule set and the tariff
// set (`s321 schedule import FILE`, then `--schedule FILE`).

/** The compact schedule. `lines` holds, in schedule order, for each line that carries rates
 * (an 8-digit line, or a 10-digit line with its own rate) one row
 * `DIGITS\tGENERAL\tSPECIAL\tOTHER\tDESCRIPTION` (indexes into `strings`), followed by its
 * 10-digit lines `DIGITS\tUNITS\tDESCRIPTION` (DIGITS: the last two digits when the number
 * starts with the rate line's 8 digits, else all ten). */
export interface ScheduleData {
  format: 1;
  /** "HTS 2026 Revision 10" */
  edition: string;
  /** the edition's effective date, "2026-06-08" */
  effective: string;
  /** the distinct rate texts and unit lists; index 0 is "" */
  strings: string[];
  lines: string;
}

/** One 10-digit number of the schedule with the line whose rates it takes. */
export interface ScheduleLine {
  /** "6109100012" */
  hts: string;
  /** "6109.10.00.12" */
  dotted: string;
  /** the line that carries the rates ("6109.10.00"): the 8-digit line, or the number itself */
  rateLine: string;
  /** column 1 general (MFN) rate as printed ("16.5%", "4.4¢/kg", "Free") */
  general: string;
  /** column 1 special rates as printed ("Free (AU,BH,CL,...)") */
  special: string;
  /** column 2 rate as printed (origins CU, KP, RU, BY) */
  other: string;
  /** the statistical units of the number ("doz., kg") */
  units: string;
  /** a short description: the rate line's, then the number's own */
  description: string;
  /** the citation of its general (MFN) rate: "HTSUS 6109.10.00 (HTS 2026 Revision 10)" */
  citation: string;
}
