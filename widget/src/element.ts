// <de-minimis-check>: the checkout widget. This file is the boundary: it reads the
// attributes, properties and child JSON, checks them, asks the core, and hands the answer to the
// Preact view in the shadow root. It never throws into the host page: setters and callbacks
// only store and schedule; the scheduled update catches everything and shows the neutral
// "cannot check this order" state with ONE console.warn saying what was wrong.
//
// A hand-rolled element rather than preact-custom-element: the wrapper needs its own attribute
// checks, lazy properties and a microtask batch anyway, and it saves about 1 KB of gzip
// (docs/widget.md "Size").

import { Fragment, h, render } from 'preact';
import { checkRatesOption, checkRulesOption, checkTariffsOption, MISSING_RATE, runPipeline } from '../../core/page.ts';
import type {
  CompiledRates,
  CompiledRules,
  CompiledTariffs,
  CompileRatesResult,
  CompileResult,
  Decision,
  EvaluateRequest,
  InputIssue,
  RatesTable,
  RuleSet,
  TariffSet,
  TariffsResult,
} from '../../core/page.ts';
import { bundledRules, bundledTariffs } from './bundled.ts';
import { ATTRIBUTES, attributeOfPath, requestFromAttributes } from './attributes.ts';
import { matchLocale } from './locales.ts';
import { adoptStyles, CSS } from './styles.ts';
import { View, type ViewProps } from './view.tsx';

export const TAG = 'de-minimis-check';
export const DECISION_EVENT = 'de-minimis-decision';
export const ERROR_EVENT = 'de-minimis-error';
export type WidgetState = 'exempt' | 'dutiable' | 'error';

function issuesText(issues: readonly { path: string; message: string }[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path || '(root)'}: ${i.message}`);
  if (issues.length > 3) shown.push(`and ${issues.length - 3} more`);
  return shown.join('; ');
}

const got = (v: string | null) => (v === null ? 'nothing' : JSON.stringify(v));

// Either variant is passed to the view as it is (its decision, original, items and fix props);
// the view ignores the warning fields.
type Outcome =
  | { decision: Decision; original: ViewProps['original']; items: ViewProps['items']; warning?: undefined; fromAttributes?: undefined }
  | { decision?: undefined; warning: string; fromAttributes?: boolean; fix?: string | null };

const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

export class DeMinimisCheckElement extends Base {
  static get observedAttributes(): readonly string[] {
    return ATTRIBUTES;
  }

  #root: ShadowRoot;
  #shipment: unknown = undefined;
  #rates: unknown = undefined;
  #rules: unknown = undefined;
  #ratesC: CompileRatesResult | null = null;
  #rulesC: CompileResult | null = null;
  #tariffs: unknown = undefined;
  #tariffsC: TariffsResult | null = null;
  #outcome: Outcome | null = null;
  #dirty = true;
  #pending = false;
  #open = false;
  #warned = '';
  #langWarned = '';
  #observer: MutationObserver | null = null;
  #waiting = false;
  #styled: boolean;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#styled = adoptStyles(this.#root);
    // properties set on the element before this script defined it (lazy upgrade)
    for (const p of ['shipment', 'rates', 'rules', 'tariffs'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, p)) {
        const v = (this as Record<string, unknown>)[p];
        delete (this as Record<string, unknown>)[p];
        // checked when the element updates, like any value set on the property
        (this as Record<string, unknown>)[p] = v;
      }
    }
  }

  /** The full request of `s321 evaluate` (one shipment, or {"shipments": [...]}: the first one is
   * shown, the others count toward the same person-day). Takes precedence over the attributes. */
  get shipment(): EvaluateRequest | null | undefined {
    return this.#shipment as EvaluateRequest | null | undefined;
  }
  set shipment(v: EvaluateRequest | null | undefined) {
    this.#shipment = v;
    this.#queue(true);
  }

  /** A rates table {"EUR": [{date, kind, unitsPerUsd}]} for currencies other than USD. */
  get rates(): RatesTable | CompiledRates | null | undefined {
    return this.#rates as RatesTable | CompiledRates | null | undefined;
  }
  set rates(v: RatesTable | CompiledRates | null | undefined) {
    this.#rates = v;
    this.#ratesC = null;
    this.#queue(true);
  }

  /** A replacement rule set (the JSON of `s321 --rules`); null or undefined: the bundled rules. */
  get rules(): RuleSet | CompiledRules | null | undefined {
    return this.#rules as RuleSet | CompiledRules | null | undefined;
  }
  set rules(v: RuleSet | CompiledRules | null | undefined) {
    this.#rules = v;
    this.#rulesC = null;
    this.#queue(true);
  }

  /** A replacement tariff set (the JSON of `s321 tariffs --json`: duty layers by origin and
   * fees); null or undefined: the bundled one. */
  get tariffs(): TariffSet | CompiledTariffs | null | undefined {
    return this.#tariffs as TariffSet | CompiledTariffs | null | undefined;
  }
  set tariffs(v: TariffSet | CompiledTariffs | null | undefined) {
    this.#tariffs = v;
    this.#tariffsC = null;
    this.#queue(true);
  }

  /** The current decision (the detail of the last de-minimis-decision event), or null. */
  get decision(): Decision | null {
    return this.#outcome?.decision ?? null;
  }

  connectedCallback(): void {
    if (!this.#observer && typeof MutationObserver !== 'undefined') {
      this.#observer = new MutationObserver(() => this.#queue(true));
    }
    this.#observer?.observe(this, { childList: true, subtree: true, characterData: true });
    this.#queue(true);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old !== value) this.#queue(name !== 'lang');
  }

  // Changes made together (a cart edit sets several attributes) are evaluated once, in a
  // microtask: before the next paint, so the old answer is replaced in place, never blanked.
  #queue(dirty: boolean): void {
    if (dirty) this.#dirty = true;
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => this.#flush());
  }

  #flush(): void {
    this.#pending = false;
    if (!this.isConnected) return;
    let changed = false;
    try {
      if (this.#dirty) {
        this.#dirty = false;
        const o = this.#compute();
        // A sync <script> in <head> can upgrade the element before the parser has reached its
        // attributes' companions (a child <script type="application/json">): wait for the
        // document before calling the input wrong.
        if (o.fromAttributes && document.readyState === 'loading') {
          if (!this.#waiting) {
            this.#waiting = true;
            document.addEventListener('DOMContentLoaded', () => this.#queue(true), { once: true });
          }
          return;
        }
        this.#outcome = o;
        changed = true;
      }
      this.#render();
    } catch (e) {
      this.#outcome = { warning: `internal error: ${e instanceof Error ? e.message : String(e)}` };
      changed = true;
      try {
        this.#render();
      } catch {
        // nothing more to do: never throw into the host page
      }
    }
    const o = this.#outcome!;
    if (o.warning !== undefined) {
      if (o.warning !== this.#warned) {
        this.#warned = o.warning;
        console.warn(`[${TAG}] ${o.warning}`);
      }
      if (changed) this.dispatchEvent(new CustomEvent(ERROR_EVENT, { detail: { message: o.warning }, bubbles: true, composed: true }));
    } else {
      this.#warned = '';
      if (changed) this.dispatchEvent(new CustomEvent(DECISION_EVENT, { detail: o.decision, bubbles: true, composed: true }));
    }
  }

  #compute(): Outcome {
    // null, like undefined, asks for the default: the bundled rules, no rates, the bundled tariffs
    const rules = (this.#rulesC ??= this.#rules == null ? bundledRules() : checkRulesOption(this.#rules));
    if (!rules.ok) return { warning: `property "rules": expected a rule set as \`s321 rules --json\` prints it; ${issuesText(rules.issues)}` };
    const rates = (this.#ratesC ??= checkRatesOption(this.#rates ?? undefined));
    if (!rates.ok) return { warning: `property "rates": expected a rates table {"EUR": [{"date", "kind", "unitsPerUsd"}]}; ${issuesText(rates.issues)}` };

    const t = (this.#tariffsC ??= this.#tariffs == null ? bundledTariffs() : checkTariffsOption(this.#tariffs));
    if (!t.ok) return { warning: `property "tariffs": expected a tariff set as \`s321 tariffs --json\` prints it; ${issuesText(t.issues)}` };

    let input: unknown;
    let where: string | null = null;
    let original: ViewProps['original'] = null;
    if (this.#shipment != null) {
      input = this.#shipment;
      where = 'property "shipment"';
    } else {
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (script) {
        where = 'child <script type="application/json">';
        try {
          input = JSON.parse(script.textContent ?? '');
        } catch (e) {
          return { warning: `${where}: expected JSON (the request of \`s321 evaluate\`), got a syntax error: ${(e as Error).message}` };
        }
      } else {
        const a = requestFromAttributes((n) => this.getAttribute(n));
        if (!a.ok)
          return {
            warning: `attribute "${a.problem.attribute}": expected ${a.problem.expected}, got ${got(a.problem.got)}`,
            fromAttributes: true,
            fix: a.problem.attribute,
          };
        input = a.request;
        const price = a.request.items[0].price;
        if (price.currency !== 'USD') original = price;
      }
    }

    const out = runPipeline(input, { rules: rules.rules, rates: rates.rates, tariffs: t.tariffs });
    if (!out.ok) {
      const issue = out.issues[0];
      const fix = issue.code === MISSING_RATE ? 'rates' : attributeOfPath(issue.path.replace(/^shipments\[\d+\]\./, ''));
      return { warning: where ? `${where}: ${issuesText(out.issues)}` : this.#attributeIssue(issue), fromAttributes: !where, fix };
    }
    const first = (input as { shipments?: unknown[] }).shipments?.[0] ?? input;
    const items = where ? ((first as { items: ViewProps['items'] }).items ?? null) : null;
    return { decision: out.decisions[0], original, items };
  }

  #attributeIssue(i: InputIssue): string {
    const name = attributeOfPath(i.path) ?? i.path;
    if (i.code === MISSING_RATE)
      return `attribute "${name}": ${i.message}; expected the rates property to hold a certified rate for ${JSON.stringify(this.getAttribute('currency'))} (or a USD value)`;
    return `attribute "${name}": ${i.message}`;
  }

  #locale(): Pick<ViewProps, 'locale' | 'intl'> {
    const own = this.getAttribute('lang');
    const tag = own ?? this.closest('[lang]')?.getAttribute('lang') ?? (typeof navigator === 'undefined' ? 'en' : navigator.language);
    const locale = matchLocale(tag);
    if (!locale && own !== null && own !== this.#langWarned) {
      this.#langWarned = own;
      console.warn(`[${TAG}] attribute "lang": expected en, es or zh-Hans (or a regional tag such as es-MX), got ${got(own)}; showing English`);
    }
    return locale ? { locale, intl: tag } : { locale: 'en', intl: 'en' };
  }

  #render(): void {
    const o = this.#outcome;
    if (!o) return;
    const d = o.decision;
    const state: WidgetState = d ? (d.exempt ? 'exempt' : 'dutiable') : 'error';
    if (this.getAttribute('data-state') !== state) this.setAttribute('data-state', state);
    const view = h(View, {
      ...this.#locale(),
      ...o,
      open: this.#open,
      onToggle: () => {
        this.#open = !this.#open;
        this.#queue(false);
      },
    });
    render(this.#styled ? view : h(Fragment, null, h('style', null, CSS), view), this.#root);
  }
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) customElements.define(TAG, DeMinimisCheckElement);

declare global {
  interface HTMLElementTagNameMap {
    'de-minimis-check': DeMinimisCheckElement;
  }
  interface HTMLElementEventMap {
    'de-minimis-decision': CustomEvent<Decision>;
    'de-minimis-error': CustomEvent<{ message: string }>;
  }
}

export type { Decision };
