// ISO 4217 active currency codes and their minor units (decimals), as published by the
// ISO 4217 maintenance agency (SIX) list "Current currency & funds". Most currencies use 2
// decimals, so the table lists the codes and only the exceptions' decimals.
// Funds codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW, XDR, XSU, XUA) and precious metals
// are left out on purpose: nobody pays for a parcel in them.

const TWO_DECIMALS =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD ' +
  'GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD ' +
  'MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP ' +
  'PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS ' +
  'TMT TOP TRY TTD TWD TZS UAH USD UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';
const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF';
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND';

const table = new Map<string, number>();
for (const c of TWO_DECIMALS.split(' ')) table.set(c, 2);
for (const c of ZERO_DECIMALS.split(' ')) table.set(c, 0);
for (const c of THREE_DECIMALS.split(' ')) table.set(c, 3);

/** Number of decimals (minor unit exponent) of an ISO 4217 currency, or undefined if unknown. */
export function currencyDecimals(code: string): number | undefined {
  return table.get(code);
}

/** Whether a code is an ISO 4217 currency s321 knows. */
export function isCurrency(code: string): boolean {
  return table.has(code);
}

/** The ISO 4217 currency codes s321 knows. */
export function currencyCodes(): string[] {
  return [...table.keys()].sort();
}
