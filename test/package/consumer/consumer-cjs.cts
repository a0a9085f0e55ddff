// A TypeScript consumer compiled to CommonJS: under "module": "nodenext" it may import the ES
// module package, since Node >= 20.19 loads it through require().
import { evaluate, type Decision } from 's321';

const result = evaluate({ id: 'cjs', arrival: '2024-06-01', mode: 'express', shipFrom: 'VN', items: [{ price: { amount: '1.00', currency: 'USD' }, origin: 'VN' }] });
export const decision: Decision | undefined = result.ok && !('decisions' in result.output) ? result.output : undefined;
