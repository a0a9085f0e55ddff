// The widget's locale tables as its bundles ship them (the size budget): one string per
// locale with the values joined by "|", and the key paths listed once for all locales, instead of
// three object literals that repeat every key; in that list the top-level texts come first and a
// nested table's name is written on its first key only ("mean.de-minimis,gift,..."). Same texts,
// same objects once unpacked; saves about 170 bytes gzip (docs/widget.md "Size"), and about 100
// more with the Chinese table coded (below). vite.widget.config.ts replaces widget/src/strings.ts
// with packedStringsModule(LOCALES, STRINGS, ['zh-Hans']); test/node/widget/pack-strings.test.ts
// imports the generated module and compares it with the source tables.
//
// Build-time only: throws (so the build fails, naming the entry) when a locale lacks a key that
// English has or has one English lacks, when a value holds the separator, or when the tables
// nest deeper than one level: the packed form would otherwise lose or mangle a text.

const SEP = '|';

type Table = { readonly [key: string]: string | { readonly [key: string]: string } };

function keyPaths(t: Table, where: string): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(t)) {
    if (/[.,]|^$/.test(k)) throw new Error(`pack-strings: ${where}: key "${k}" may not be empty or contain "." or ","`);
    if (typeof v === 'string') out.push(k);
    else if (v && typeof v === 'object') {
      for (const [k2, v2] of Object.entries(v)) {
        if (/[.,]|^$/.test(k2)) throw new Error(`pack-strings: ${where}: key "${k}.${k2}" may not be empty or contain "." or ","`);
        if (typeof v2 !== 'string') throw new Error(`pack-strings: ${where}: "${k}.${k2}" must be a string (one level of nesting at most)`);
        out.push(`${k}.${k2}`);
      }
    } else throw new Error(`pack-strings: ${where}: "${k}" must be a string or a table of strings`);
  }
  return out;
}

function valueAt(t: Table, path: string): string {
  const [a, b] = path.split('.');
  const v = b === undefined ? t[a] : (t[a] as Record<string, string> | undefined)?.[b];
  return v as string;
}

// A locale written mostly outside ASCII (Chinese) can be coded: the bundle is ASCII, so each
// such character would ship as a 6-byte \uXXXX escape, which gzip codes poorly (raw UTF-8 is no
// better). Coded, each distinct character of the text in '!'..'{' or above U+007F is listed
// once in a dictionary (sorted; the gaps between code points in base 26, see base26) and every
// such character is written as its index: one character from '#'..'{' for the first 89, else
// '!' or '"' and one character from '!'..'{'. Space, the separator "|", "}" and "~" stay as
// they are. About 100 bytes gzip less for zh-Hans (771 Chinese characters, 193 distinct).
const CODE_FIRST = 0x21; // '!'
const CODE_CHARS = 0x7b - CODE_FIRST + 1; // '!'..'{'
const CODE_PREFIXES = 2; // '!' and '"' start a two-character code
const CODE_SINGLE = CODE_CHARS - CODE_PREFIXES;

const isCoded = (c: string) => (c >= '!' && c <= '{') || c > '\x7f';

function codeOf(i: number): string {
  if (i < CODE_SINGLE) return String.fromCharCode(CODE_FIRST + CODE_PREFIXES + i);
  const j = i - CODE_SINGLE;
  return String.fromCharCode(CODE_FIRST + Math.floor(j / CODE_CHARS), CODE_FIRST + (j % CODE_CHARS));
}

/** A number in base 26 written with letters, the last digit lowercase and the others uppercase
 * (0 -> "a", 27 -> "Bb"), so that numbers follow each other without a separator. */
function base26(n: number): string {
  let out = String.fromCharCode(97 + (n % 26));
  for (n = Math.floor(n / 26); n > 0; n = Math.floor(n / 26)) out = String.fromCharCode(65 + (n % 26)) + out;
  return out;
}

/** The dictionary (sorted characters) of the coded locales' texts. */
function dictionaryOf(texts: readonly string[]): string[] {
  const chars = [...new Set(texts.flatMap((t) => [...t].filter(isCoded)))].sort();
  if (chars.some((c) => c.length > 1)) throw new Error('pack-strings: a coded locale may not hold characters beyond U+FFFF');
  if (chars.length > CODE_SINGLE + CODE_PREFIXES * CODE_CHARS) throw new Error(`pack-strings: ${chars.length} distinct characters are too many to code`);
  return chars;
}

/** The source of an ES module exporting LOCALES and STRINGS equal to the given ones; the
 * locales in `coded` are written with the dictionary above. */
export function packedStringsModule(locales: readonly string[], tables: Readonly<Record<string, object>>, coded: readonly string[] = []): string {
  const strings = tables as Readonly<Record<string, Table>>;
  const first = locales[0];
  // the top-level texts first, then each table of texts with its name on its first key only
  // ("mean.de-minimis,gift,..."): the unpacker fills the last table named until the next one
  const all = keyPaths(strings[first], first);
  const keys = [...all.filter((k) => !k.includes('.')), ...all.filter((k) => k.includes('.'))];
  const packed = locales.map((locale) => {
    const table = strings[locale];
    if (!table) throw new Error(`pack-strings: no table for locale "${locale}"`);
    const own = keyPaths(table, locale);
    const extra = own.filter((k) => !keys.includes(k));
    const missing = keys.filter((k) => !own.includes(k));
    if (extra.length || missing.length) {
      throw new Error(
        `pack-strings: locale "${locale}" must have the same keys as "${first}"${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; extra ${extra.join(', ')}` : ''}`,
      );
    }
    const values = keys.map((k) => {
      const v = valueAt(table, k);
      if (v.includes(SEP)) throw new Error(`pack-strings: ${locale} "${k}" contains the separator "${SEP}"`);
      return v;
    });
    return { locale, text: values.join(SEP) };
  });
  for (const locale of coded) if (!locales.includes(locale)) throw new Error(`pack-strings: no table for coded locale "${locale}"`);
  const isCodedLocale = (locale: string) => coded.includes(locale);
  const dict = dictionaryOf(packed.filter((p) => isCodedLocale(p.locale)).map((p) => p.text));
  const code = new Map(dict.map((c, i) => [c, codeOf(i)]));
  const entries = packed.map(({ locale, text }) =>
    isCodedLocale(locale)
      ? `${JSON.stringify(locale)}:u(z(${JSON.stringify([...text].map((c) => code.get(c) ?? c).join(''))}))`
      : `${JSON.stringify(locale)}:u(${JSON.stringify(text)})`,
  );
  const deltas = dict.map((c, i) => base26(c.charCodeAt(0) - (i ? dict[i - 1].charCodeAt(0) : 0)));
  const decoder = coded.length
    ? [
        `let c=0;const Z=${JSON.stringify(deltas.join(''))}.match(/[A-Z]*[a-z]/g).map(d=>String.fromCharCode(c+=[...d].reduce((n,x)=>n*26+parseInt(x,36)-10,0)));`,
        `function z(t){return t.replace(/[!"]?[!-{]/g,m=>Z[m[1]?${CODE_SINGLE}+(m.charCodeAt(0)-${CODE_FIRST})*${CODE_CHARS}+m.charCodeAt(1)-${CODE_FIRST}:m.charCodeAt(0)-${CODE_FIRST + CODE_PREFIXES}])}`,
      ]
    : [];
  return [
    '// generated by widget/build/pack-strings.ts from widget/src/strings.ts',
    `const K=${JSON.stringify(keys.map((k, i) => (k.split('.')[0] === keys[i - 1]?.split('.')[0] ? k.split('.')[1] : k)).join(','))}.split(",");`,
    `function u(t){const o={};let g=o;t.split(${JSON.stringify(SEP)}).forEach((v,i)=>{const[a,b]=K[i].split(".");if(b)(g=o[a]={})[b]=v;else g[a]=v});return o}`,
    ...decoder,
    `export const LOCALES=${JSON.stringify(locales)};`,
    `export const STRINGS={${entries.join(',')}};`,
    '',
  ].join('\n');
}
