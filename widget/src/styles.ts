// The widget's styles, inside its shadow root. Theming: every colour, the font, radius and
// padding read a documented --dmc-* custom property first (docs/widget.md), and every block has
// a part= name for ::part(). The defaults meet WCAG AA contrast (4.5:1) in light and dark
// schemes (test/browser/widget/a11y.test.ts measures them); dark follows prefers-color-scheme.
// Applied as a constructable stylesheet, which a strict CSP (no 'unsafe-inline' in style-src)
// allows, where a <style> element would be blocked. Each line ends with a backslash: the text has
// no line breaks (CSS needs none between these rules), 22 bytes gzip less in the bundle.

export const CSS = `\
:host{display:block;\
--f:var(--dmc-fg,#1f1f1f);--b:var(--dmc-bg,#fff);--m:var(--dmc-muted,#575757);--br:var(--dmc-border,#c7c7c7);\
--ok:var(--dmc-ok,#176437);--due:var(--dmc-due,#9a4200);--err:var(--dmc-error,#575757);\
--ln:var(--dmc-link,#0a55a0);--tr:var(--dmc-track,#e3e3e3);\
font:var(--dmc-font,inherit);line-height:1.4;color:var(--f)}\
@media (prefers-color-scheme:dark){:host{\
--f:var(--dmc-fg,#ececec);--b:var(--dmc-bg,#1d1f21);--m:var(--dmc-muted,#b4b4b4);--br:var(--dmc-border,#4a4d50);\
--ok:var(--dmc-ok,#6fd69b);--due:var(--dmc-due,#ffb070);--err:var(--dmc-error,#b4b4b4);\
--ln:var(--dmc-link,#8cb8ff);--tr:var(--dmc-track,#3a3d40)}}\
:host([hidden]){display:none}\
.card{--a:var(--err);background:var(--b);border:1px solid var(--br);border-left:4px solid var(--a);border-radius:var(--dmc-radius,8px);padding:var(--dmc-padding,12px 14px);margin:0}\
.exempt{--a:var(--ok)}.dutiable{--a:var(--due)}\
.badge{display:block;font-size:1.1em;color:var(--a)}\
.value{margin:.4em 0}\
.meter{height:6px;margin-top:.3em;background:var(--tr);border-radius:3px;overflow:hidden}\
.bar{height:100%;background:var(--a);transition:width .25s ease-out}\
.reason{margin:.4em 0}\
.cite,.foot{color:var(--m);font-size:.875em}\
.foot{margin:.5em 0 0}\
.toggle{font:inherit;color:var(--ln);background:none;border:0;padding:2px 0;cursor:pointer;text-decoration:underline;text-align:start}\
.toggle:focus-visible{outline:2px solid var(--ln);outline-offset:2px;border-radius:2px}\
.toggle::before{content:"\\25B8\\A0";display:inline-block;transition:transform .15s}\
.toggle[aria-expanded=true]::before{transform:rotate(90deg)}\
.details ul{margin:.3em 0;padding-left:1.2em}\
.details li{margin:.25em 0}\
.check{color:var(--due)}\
[hidden]{display:none!important}\
@media (prefers-reduced-motion:reduce){.bar,.toggle::before{transition:none}}\
`;

let sheet: CSSStyleSheet | null | undefined;

/** Adds the styles to a shadow root as one constructable sheet shared by every widget on the
 * page. Returns false where constructable sheets are missing (old browsers): the caller then
 * renders a <style> element itself. */
export function adoptStyles(root: ShadowRoot): boolean {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    } catch {
      sheet = null;
    }
  }
  if (!sheet || !('adoptedStyleSheets' in root)) return false;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return true;
}
