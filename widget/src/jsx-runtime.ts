// The JSX factory of the widget's bundles (the size budget). vite.widget.config.ts points
// `preact/jsx-runtime` (which the compiled .tsx files import) here, so the view's elements are
// made by preact's own createElement (already in the bundle for element.ts) instead of the
// runtime's second copy of the vnode constructor: about 180 bytes gzip less. jsx(type, props,
// key) passes children inside props, which createElement reads as they are; key and ref are
// taken out of props by createElement exactly as the runtime does (refs only for DOM elements).
// test/browser/widget/jsx-runtime.test.ts compares the vnodes with preact/jsx-runtime's.
import { createElement, Fragment, type ComponentType, type VNode } from 'preact';

export { Fragment };

type Props = Record<string, unknown>;

export function jsx(type: string | ComponentType<never>, props: Props, key?: string | number): VNode<Props> {
  return createElement(type as string, key === undefined ? props : { ...props, key }) as unknown as VNode<Props>;
}

export { jsx as jsxs, jsx as jsxDEV };
