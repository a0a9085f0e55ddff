// What the popup answers for a product page with nothing typed: the decision (core's), the kinds
// of product the page's title suggests (core/classify), each with its duty in plain words from
// the schedule and the Chapter 99 and origin layers (core's charges for that HTS number), the
// estimate as a range over them (one figure when the shopper picked one), and what was guessed.
// Pure: no DOM, no clock (the day is an argument). The classifier and the schedule are passed in,
// so only the modules that decide (the popup, `s321 extract --decide`) bundle them; the content
// script never imports this file.
import { abroadShipFrom, classify, evaluate, type Charges, type Classifier, type Decision, type InputIssue, type Schedule } from '../core/page.ts';
import { draftCountries, type CountrySource } from './adapters/lib/likely-countries.ts';
import type { Draft } from './adapters/types.ts';
import { decideAll, evaluateOptions, SHIPS_FROM_UNKNOWN, shipmentOf, type Candidate, type ShipsFromCases } from './decide.ts';
import type { StoredData } from './storage/schema.ts';

/** A kind of product the shopper may pick: a schedule heading with its duty for this origin and day. */
export interface ProductChoice {
  /** the HTS number (10 digits): also the id the shopper picks by */
  id: string;
  hts: string;
  /** the 4-digit heading */
  heading: string;
  /** the schedule's words for it ("Imitation jewelry") */
  description: string;
  /** the duty rates that apply, in plain words ("11% + 7.5%", "Free") */
  rateText: string;
  /** core's charges for the product under this number (null: core could not price it) */
  charges: Charges | null;
  /** the page states this number */
  stated?: boolean;
}

/** What was guessed rather than read or typed, as data (the popup words it in the shopper's language). */
export type Inferred =
  | { kind: 'ships-from'; country: string; source: CountrySource }
  | { kind: 'origin'; country: string; source: CountrySource }
  | { kind: 'rate'; date: string }
  | { kind: 'product'; count: number };

/** What would still be asked of the shopper. */
export type Missing = 'price' | 'origin' | 'ships-from' | 'product';

export interface Answer {
  /** the shipment core decided (null: something core needs is missing, see `missing`) */
  candidate: Candidate | null;
  decision: Decision | null;
  /** ships-from unknown: both cases */
  cases: ShipsFromCases | null;
  problems: InputIssue[];
  /** best first; empty until the classifier is ready, or when the title matches nothing */
  products: ProductChoice[];
  /** USD: a range over the products, or one figure (low = high) when one is picked or stated;
   * null when nothing is to pay or nothing could be priced */
  estimate: { low: string; high: string; complete: boolean } | null;
  inferred: Inferred[];
  missing: Missing[];
}

export interface AnswerInput {
  draft: Draft;
  data: Pick<StoredData, 'items' | 'settings' | 'rates'>;
  /** the day the goods arrive (New York), "YYYY-MM-DD" */
  today: string;
  /** prepared once by the caller (core/classify prepareClassifier); absent: no product candidates yet */
  classifier?: Classifier | null;
  /** the tariff schedule (core/schedule bundledSchedule()); absent: no product candidates */
  schedule?: Schedule | null;
  /** the HTS number the shopper picked, or one the page states (it wins) */
  picked?: string | null;
  /** how many distinct headings to offer (default 4) */
  limit?: number;
}

/** The countries of a draft as the popup fills them: the page first, then the shopper's default
 * ships-from, then the site's usual country ("likely"). */
export function countriesOf(
  d: Draft,
  defaultShipFrom: string | undefined,
): { shipFrom: string; shipFromSource: CountrySource | 'default' | null; origin: string; originSource: CountrySource | 'default' | null } {
  const c = draftCountries(d);
  const pageShip = c.shipsFrom && !c.shipsFrom.likely ? c.shipsFrom : null;
  const ship = pageShip
    ? { code: pageShip.code, source: pageShip.source as CountrySource | 'default' }
    : defaultShipFrom
      ? { code: defaultShipFrom, source: 'default' as const }
      : c.shipsFrom
        ? { code: c.shipsFrom.code, source: c.shipsFrom.source }
        : { code: '', source: null };
  const origin =
    c.origin && c.origin.source === 'ships-from'
      ? { code: ship.code, source: ship.code ? ('ships-from' as const) : null }
      : c.origin
        ? { code: c.origin.code, source: c.origin.source }
        : { code: '', source: null };
  return { shipFrom: ship.code, shipFromSource: ship.source, origin: origin.code, originSource: origin.source };
}

const GUESSED: ReadonlySet<string> = new Set(['site-default', 'seller', 'ships-from']);

/** The page's product as the shipment core decides (price, countries guessed where the page is
 * silent), or what is missing. */
export function candidateOfDraft(
  d: Draft,
  data: Pick<StoredData, 'settings'>,
  today: string,
): { candidate: Candidate | null; inferred: Inferred[]; missing: Missing[] } {
  const c = countriesOf(d, data.settings.defaults.shipFrom || undefined);
  const inferred: Inferred[] = [];
  const missing: Missing[] = [];
  if (c.shipFrom && c.shipFromSource && GUESSED.has(c.shipFromSource))
    inferred.push({ kind: 'ships-from', country: c.shipFrom, source: c.shipFromSource as CountrySource });
  if (c.origin && c.originSource && GUESSED.has(c.originSource)) inferred.push({ kind: 'origin', country: c.origin, source: c.originSource as CountrySource });
  const price = d.price ?? d.priceRange?.max ?? null;
  if (price === null || !d.currency) missing.push('price');
  if (!c.origin) missing.push('origin');
  if (!c.shipFrom) missing.push('ships-from');
  if (missing.includes('price') || missing.includes('origin')) return { candidate: null, inferred, missing };
  return {
    candidate: {
      id: 'current-page',
      title: d.title || d.url,
      url: d.url,
      quantity: 1,
      price: { amount: price!, currency: d.currency! },
      origin: c.origin,
      shipFrom: c.shipFrom || SHIPS_FROM_UNKNOWN,
      mode: data.settings.defaults.mode,
      kind: 'purchase',
      arrival: today,
      seller: d.seller ?? undefined,
    },
    inferred,
    missing,
  };
}

/** The charges of the candidate alone under an HTS number (the schedule's MFN rate and the layers
 * by origin and number, core's evaluate); an unknown ships-from is taken as abroad (core's abroadShipFrom). */
export function chargesFor(candidate: Candidate, data: Pick<StoredData, 'settings' | 'rates'>, hts: string, schedule: Schedule): Charges | null {
  const s = shipmentOf(candidate.shipFrom === SHIPS_FROM_UNKNOWN ? { ...candidate, shipFrom: abroadShipFrom(candidate.origin) } : candidate, data.settings);
  s.items = s.items.map((it) => ({ ...it, hts }));
  const out = evaluate(s, { ...evaluateOptions(data.rates), schedule });
  if (!out.ok || 'decisions' in out.output) return null;
  return out.output.charges ?? null;
}

/** The duty rates of a charges estimate in plain words: "11% + 7.5%", "4.4¢/kg + 25%", "Free". */
export function rateTextOf(c: Charges | null, line: { general: string } | null): string {
  const duties = c?.lines.filter((l) => l.kind === 'duty') ?? [];
  const words = (l: (typeof duties)[number]) =>
    l.specific
      ? `${l.specific.replace(/^(\S+) (\S+)$/, '$1¢/$2')}${l.rate && l.rate !== '0' ? ` + ${l.rate}%` : ''}`
      : l.rate === '0'
        ? 'Free'
        : l.rate !== undefined
          ? `${l.rate}%`
          : '?';
  // the MFN rate first ("Free" when free), then the other layers that add something
  const parts = duties.filter((l, i) => i === 0 || l.specific || l.rate !== '0').map(words);
  if (parts.length) return parts.join(' + ');
  return c ? 'Free' : (line?.general ?? '');
}

/** The heading's own words: the classifier's description up to its first qualifier. */
function headingWords(description: string): string {
  let first = description.split(/[:;]/)[0].trim();
  if (first.length > 48 && first.indexOf(',') > 8) first = first.slice(0, first.indexOf(','));
  return first.length > 60 ? first.slice(0, 57) + '...' : first;
}

/** The product choices for a candidate: the best distinct 4-digit headings the classifier gives
 * for the title, each priced by core under its first 10-digit number. */
export function productChoices(
  d: Draft,
  candidate: Candidate | null,
  data: Pick<StoredData, 'settings' | 'rates'>,
  classifier: Classifier,
  schedule: Schedule,
  limit = 4,
  stated?: string | null,
): ProductChoice[] {
  const title = d.title?.trim();
  const out: ProductChoice[] = [];
  const seen = new Set<string>();
  const add = (hts: string, description: string, isStated: boolean) => {
    const line = schedule.lookup(hts);
    if (!line) return;
    const charges = candidate ? chargesFor(candidate, data, hts, schedule) : null;
    seen.add(hts.slice(0, 4));
    out.push({
      id: hts,
      hts,
      heading: hts.slice(0, 4),
      description: headingWords(description || line.description),
      rateText: rateTextOf(charges, line),
      charges,
      ...(isStated ? { stated: true } : {}),
    });
  };
  if (stated && /^\d{10}$/.test(stated)) add(stated, '', true);
  if (!title) return out;
  for (const c of classify(classifier, { title }, { limit: 12 }).candidates) {
    if (out.length >= limit) break;
    if (seen.has(c.hts.slice(0, 4))) continue;
    add(c.hts, c.description, false);
  }
  return out;
}

/** The answer the popup shows for a draft. */
export function answerFor(input: AnswerInput): Answer {
  const { draft, data, today } = input;
  const base = candidateOfDraft(draft, data, today);
  const inferred = [...base.inferred];
  const missing = [...base.missing];
  const candidate = base.candidate;
  let decision: Decision | null = null;
  let cases: ShipsFromCases | null = null;
  let problems: InputIssue[] = [];
  if (candidate) {
    const r = decideAll(data, candidate);
    decision = r.decisions.get(candidate.id) ?? null;
    cases = r.shipsFromUnknown.get(candidate.id) ?? null;
    problems = r.problems.get(candidate.id) ?? [];
    const d = decision ?? cases?.abroad ?? null;
    const approx = d?.reasons.find((x) => x.code === 'CURRENCY_APPROXIMATE') as { rateDate?: string } | undefined;
    if (approx?.rateDate) inferred.push({ kind: 'rate', date: approx.rateDate });
  }
  const products =
    input.classifier && input.schedule ? productChoices(draft, candidate, data, input.classifier, input.schedule, input.limit ?? 4, input.picked) : [];
  const payable = decision ? !decision.exempt : cases ? !cases.abroad.exempt : false;
  let estimate: Answer['estimate'] = null;
  if (payable && products.length) {
    const picked = products.find((p) => p.id === input.picked);
    const priced = (picked ? [picked] : products).flatMap((p) => (p.charges ? [p.charges] : []));
    if (priced.length) {
      const totals = priced.map((c) => c.total).sort((a, b) => Number(a) - Number(b));
      estimate = { low: totals[0], high: totals[totals.length - 1], complete: priced.every((c) => c.complete) };
    }
    if (!picked && products.length > 1) inferred.push({ kind: 'product', count: products.length });
  }
  if (payable && !estimate) {
    // no kind of product priced (a title the classifier does not match): core's charges without
    // an HTS number, the origin's layers and the fees, marked incomplete (a minimum)
    const c = ((decision ?? cases?.abroad) as (Decision & { charges?: Charges }) | null)?.charges;
    if (c) estimate = { low: c.total, high: c.total, complete: false };
  }
  if (payable && !input.picked && !estimate) missing.push('product');
  return { candidate, decision, cases, problems, products, estimate, inferred, missing };
}
