// The window of open arrival days of `s321 export`: when a day's rows may be decided, and with
// which other rows. Pure (no I/O, no engine): the export hands it rows and a `decide` function.
//
// A decision depends on every shipment to the same person on the same New York day and on the
// other lots of the same order (19 CFR 10.151: "imported by one person on one day"). A stream
// cannot know a person-day is complete until it has seen the whole file, unless the file is in
// arrival order; so rows wait until their arrival day is more than `window` days behind the
// watermark (the earliest arrival among the last WATERMARK_ROWS rows read: one row with a
// far-future date, a typo, cannot close days later rows still need). A day is then decided on its
// rows plus their order's other lots still held (lots up to `window` days apart). A row whose day
// was already decided cannot join its person-day any more: `tooLate` says so, and the export
// rejects it rather than decide on a partial sum.

/** How many recent rows the watermark looks back over. */
export const WATERMARK_ROWS = 256;

export interface WindowRow {
  /** New York arrival day (days since the epoch) */
  day: number;
  orderId: string | null;
}

/** Decides a day: `day` are that day's rows, `batch` the same rows first, then the other lots of
 * their orders (the engine groups by position in the batch). */
export type Decide<T> = (day: T[], batch: T[]) => void;

export class ArrivalWindow<T extends WindowRow> {
  /** the last day decided; rows of this day or earlier are too late */
  closedThrough = -Infinity;
  private readonly open = new Map<number, T[]>();
  private readonly orders = new Map<string, T[]>();
  private readonly orderDays = new Map<number, T[]>();
  /** the sliding-window minimum of the last WATERMARK_ROWS arrivals, as a monotonic deque */
  private readonly mins: Array<{ day: number; n: number }> = [];
  private minHead = 0;

  constructor(
    readonly window: number,
    private readonly decide: Decide<T>,
  ) {}

  /** The row's day was decided already: it can no longer join its person-day. */
  tooLate(day: number): boolean {
    return day <= this.closedThrough;
  }

  /** Holds a row read as the `seq`-th row of the input (rejected rows count too); decides the
   * days the watermark has left behind. Returns whether the window moved (closedThrough). */
  add(row: T, seq: number): boolean {
    const day = row.day;
    let list = this.open.get(day);
    if (!list) this.open.set(day, (list = []));
    list.push(row);
    if (row.orderId !== null) {
      let o = this.orders.get(row.orderId);
      if (!o) this.orders.set(row.orderId, (o = []));
      o.push(row);
      let od = this.orderDays.get(day);
      if (!od) this.orderDays.set(day, (od = []));
      od.push(row);
    }
    const mins = this.mins;
    while (mins.length > this.minHead && mins[mins.length - 1].day >= day) mins.pop();
    mins.push({ day, n: seq });
    while (mins[this.minHead].n <= seq - WATERMARK_ROWS) this.minHead++;
    if (this.minHead > 1024) {
      mins.splice(0, this.minHead);
      this.minHead = 0;
    }
    const watermark = mins[this.minHead].day;
    if (watermark - this.window - 1 <= this.closedThrough) return false;
    this.closeThrough(watermark - this.window - 1);
    return true;
  }

  /** Decides every open day (the end of the input). */
  finish(): void {
    this.closeThrough(Infinity);
  }

  private closeThrough(upTo: number): void {
    if (upTo <= this.closedThrough) return;
    const days = [...this.open.keys()].filter((d) => d <= upTo).sort((a, b) => a - b);
    for (const d of days) this.decideDay(d);
    this.closedThrough = upTo;
    // lots of an order are kept `window` days after their day closed, for later lots to join;
    // each order's list is filtered once, by day (a search and splice per row was quadratic in
    // the rows of one order)
    const keepFrom = upTo - this.window;
    const touched = new Set<string>();
    for (const [d, list] of this.orderDays) {
      if (d >= keepFrom) continue;
      this.orderDays.delete(d);
      let last: string | null = null;
      for (const row of list) if (row.orderId !== last) touched.add((last = row.orderId!));
    }
    for (const id of touched) {
      const l = this.orders.get(id);
      if (!l) continue;
      const kept = l.filter((row) => row.day >= keepFrom);
      if (kept.length) this.orders.set(id, kept);
      else this.orders.delete(id);
    }
  }

  private decideDay(day: number): void {
    const rows = this.open.get(day)!;
    this.open.delete(day);
    const batch = rows.slice();
    // each order once, however many of its rows the day has (once per row was quadratic); an
    // order's lots of this day are all in `rows` already, its other lots have another day
    let orderIds: Set<string> | undefined;
    let last: string | null = null;
    for (const row of rows) {
      const id = row.orderId;
      if (id === null || id === last) continue;
      last = id;
      const l = this.orders.get(id);
      // an order with only this day's lots has nothing to add
      if (!l || l.length === 1) continue;
      if ((orderIds ??= new Set()).has(id)) continue;
      orderIds.add(id);
      for (const mate of l) if (mate.day !== day) batch.push(mate);
    }
    this.decide(rows, batch);
  }
}
