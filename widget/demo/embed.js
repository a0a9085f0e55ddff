// The live example of the `shipment` property on the embed page (no inline script: strict CSP).
const duty = document.getElementById('prop-example');
duty.shipment = {
  arrival: '2026-11-28',
  mode: 'express',
  shipFrom: 'DE',
  items: [
    { description: 'Trail shoes', quantity: 1, price: { amount: '139.00', currency: 'USD' }, origin: 'VN' },
    { description: 'Water bottle', quantity: 2, price: { amount: '64.00', currency: 'USD' }, origin: 'CN' },
  ],
};
