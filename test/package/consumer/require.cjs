// A CommonJS consumer: Node >= 20.19 loads the ES module package through require().
const { evaluate } = require('s321');
const result = evaluate({
  id: 'cjs-1',
  arrival: '2015-11-20',
  mode: 'express',
  shipFrom: 'GB',
  items: [{ description: 'Lambswool sweater', quantity: 1, price: { amount: '150.00', currency: 'USD' }, origin: 'GB' }],
});
console.log(result.ok && result.output.exempt, result.ok && result.output.limitUsd);
