// The demo checkout: an editable cart whose every change goes to <de-minimis-check> as the full
// request of `s321 evaluate` (the `shipment` property), the way a merchant's checkout script
// would do it. Plain JavaScript, no framework, no inline script (the page runs under a strict CSP).

const ORIGINS = ['CN', 'DE', 'FR', 'GB', 'HK', 'IN', 'IT', 'JP', 'KR', 'MO', 'MX', 'PT', 'TW', 'VN', 'CA'];
const SHIP_FROM = ['DE', 'GB', 'FR', 'CN', 'HK', 'VN', 'JP', 'KR', 'MX', 'CA'];
const SHIPPING_CENTS = { express: 1900, air: 1400, postal: 900, truck: 1200, ocean: 700 };

// Each product carries its 10-digit HTS number and origin (products.js), as a merchant's catalogue
// does; the page passes the tariff set made for that catalogue (catalog-tariffs.js, the output of
// `s321 tariffs --catalog`) as `el.tariffs`, so the widget prices each item by its number: the MFN
// line and the Chapter 99 layers that reach it, and the fees. The summary's total includes the estimate.
import { PRODUCTS } from './products.js';
import { TARIFFS } from './catalog-tariffs.js';

const product = (key, quantity = 1) => ({ ...PRODUCTS.find((p) => p.key === key), quantity });
const cart = [product('sweater'), product('shoes'), product('tshirt', 2)];

const $ = (id) => document.getElementById(id);
const widget = $('duty-check');
widget.tariffs = TARIFFS;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const money = (cents) => usd.format(cents / 100);
/** exact cents -> "123.45" (the request's decimal string; never a float) */
const amount = (cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** Today in New York, "YYYY-MM-DD": what the widget uses when no arrival is given. */
function todayInNewYork() {
  const p = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const get = (t) => p.find((x) => x.type === t).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function options(select, codes, selected, withCode = true) {
  select.replaceChildren(...codes.map((c) => new Option(withCode ? `${regionNames.of(c)} (${c})` : regionNames.of(c), c, false, c === selected)));
}

function renderCart() {
  const body = $('lines');
  const rows = cart.map((line, i) => {
    const row = $('line').content.firstElementChild.cloneNode(true);
    const desc = row.querySelector('.desc');
    desc.value = line.description;
    desc.addEventListener('input', () => {
      line.description = desc.value;
      update();
    });
    const origin = row.querySelector('.origin');
    options(origin, ORIGINS, line.origin, false);
    origin.addEventListener('change', () => {
      line.origin = origin.value;
      update();
    });
    const price = row.querySelector('.price');
    price.value = amount(line.unitCents);
    price.addEventListener('input', () => {
      // an empty or invalid price is passed on as is: the widget shows "cannot check this order"
      const n = Number(price.value);
      line.unitCents = price.value === '' || !Number.isFinite(n) || n < 0 ? NaN : Math.round(n * 100);
      update();
    });
    const qty = row.querySelector('.qty');
    qty.value = String(line.quantity);
    qty.addEventListener('input', () => {
      const n = Number(qty.value);
      line.quantity = Number.isInteger(n) && n >= 1 ? Math.min(n, 99) : line.quantity;
      update();
    });
    row.querySelector('.remove').addEventListener('click', () => {
      cart.splice(i, 1);
      renderCart();
    });
    row.dataset.index = String(i);
    return row;
  });
  body.replaceChildren(...rows);
  update();
}

/** The order as the request of `s321 evaluate`: price is what was paid for the line. */
function shipmentOfCart() {
  return {
    id: 'NW-10482',
    arrival: $('arrival').value || todayInNewYork(),
    mode: $('mode').value,
    shipFrom: $('ship-from').value,
    kind: $('gift').checked ? 'gift' : 'purchase',
    recipient: { type: 'person', name: 'Demo Shopper' },
    items: cart.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      price: { amount: Number.isNaN(l.unitCents) ? '' : amount(l.unitCents * l.quantity), currency: 'USD' },
      origin: l.origin,
      hts: l.hts,
    })),
  };
}

/** The widget's last estimate, in cents (0 when the order is duty-free or cannot be checked). */
let chargesCents = 0;

function update() {
  const subtotal = cart.reduce((s, l) => s + (Number.isNaN(l.unitCents) ? 0 : l.unitCents * l.quantity), 0);
  const shipping = cart.length ? SHIPPING_CENTS[$('mode').value] : 0;
  $('subtotal').textContent = money(subtotal);
  $('shipping').textContent = money(shipping);
  $('total').textContent = money(subtotal + shipping + chargesCents);
  for (const row of $('lines').children) {
    const l = cart[Number(row.dataset.index)];
    row.querySelector('.line-total').textContent = Number.isNaN(l.unitCents) ? '—' : money(l.unitCents * l.quantity);
  }
  widget.lang = $('lang').value;
  if (cart.length === 0) {
    // an empty cart is not an order: no charge is left over from the last one, and the widget
    // shows a $0.00 order (attributes, which the shipment property no longer overrides)
    chargesCents = 0;
    $('total').textContent = money(0);
    for (const [name, value] of [
      ['value', '0.00'],
      ['currency', 'USD'],
      ['origin', $('ship-from').value],
      ['ship-from', $('ship-from').value],
      ['mode', $('mode').value],
      ['arrival', $('arrival').value || todayInNewYork()],
    ])
      widget.setAttribute(name, value);
    widget.shipment = null;
    $('duties').textContent = 'Add an item';
    return;
  }
  widget.shipment = shipmentOfCart();
}

// The merchant's own page reacts to the widget's answer (the event bubbles to the document).
// A dutiable order shows the estimate (the total includes it; "at least" when a layer or fee is not known).
function showCharges(text, cents) {
  $('duties').textContent = text;
  chargesCents = cents;
  const subtotal = cart.reduce((s, l) => s + (Number.isNaN(l.unitCents) ? 0 : l.unitCents * l.quantity), 0);
  $('total').textContent = money(subtotal + (cart.length ? SHIPPING_CENTS[$('mode').value] : 0) + cents);
}
document.addEventListener('de-minimis-decision', (e) => {
  const d = e.detail;
  const c = d.charges;
  if (cart.length === 0) showCharges('Add an item', 0);
  else if (d.exempt || !c) showCharges('None expected', 0);
  else {
    const cents = Math.round(Number(c.total) * 100);
    // a floor of $0.00 says nothing: the duty rates are not all known
    showCharges(c.complete ? money(cents) : cents ? `at least ${money(cents)}` : 'Not known yet', cents);
  }
  $('event').textContent = JSON.stringify(d, null, 2);
});
document.addEventListener('de-minimis-error', (e) => {
  showCharges('Not available', 0);
  $('event').textContent = e.detail.message;
});

options($('ship-from'), SHIP_FROM, 'DE');
$('arrival').value = todayInNewYork();
for (const id of ['ship-from', 'mode', 'arrival', 'lang', 'gift']) $(id).addEventListener('change', update);
$('arrival').addEventListener('input', update);
for (const b of document.querySelectorAll('.eras button')) {
  b.addEventListener('click', () => {
    $('arrival').value = b.dataset.date === 'today' ? todayInNewYork() : b.dataset.date;
    update();
  });
}
$('add').addEventListener('click', () => {
  cart.push(product('beanie'));
  renderCart();
  $('lines').lastElementChild.querySelector('.desc').focus();
});
renderCart();
