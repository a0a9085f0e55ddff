// "Ships from X" in the languages of the marketplaces' own sites. Pure.

/** "Ships from X" in the languages of the marketplaces' own sites, as data. */
export const SHIPS_FROM_PHRASES: readonly RegExp[] = [
  /^(?:ships|dispatches|dispatched|shipped) from:?\s+(.+?)\.?$/i,
  /^se env[ií]a desde:?\s+(.+?)\.?$/i,
  /^versand (?:aus|von):?\s+(.+?)\.?$/i,
  /^(?:exp[ée]di[ée]|envoy[ée]) depuis:?\s+(.+?)\.?$/i,
  /^spedi(?:to|zione) da:?\s+(.+?)\.?$/i,
  /^verzonden (?:vanuit|uit):?\s+(.+?)\.?$/i,
];

export function shipsFromText(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const re of SHIPS_FROM_PHRASES) {
    const m = re.exec(text.trim());
    if (m) return m[1].trim();
  }
  return null;
}
