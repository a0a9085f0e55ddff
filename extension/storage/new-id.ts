// Ids for what the extension stores (a person, a capture, an order line): random, 18 hex digits.

export function newId(): string {
  const b = new Uint8Array(9);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
