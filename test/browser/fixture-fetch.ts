// Fetching fixture pages inside Web Test Runner: committed fixtures are under the repository
// (rootDir); the shared real pages live one level above it and the dev server serves them
// through its /__wds-outside-root__/1/ prefix.
export const SHARED_PAGES = '/__wds-outside-root__/1/shared/fixtures/pages/';

/** The text of a served file, or null when it is absent. */
export async function text(url: string): Promise<string | null> {
  const r = await fetch(url);
  return r.ok ? r.text() : null;
}

export const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
