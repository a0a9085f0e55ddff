// The options page's one status line (#status): what the last action did, or why it failed.
// Every panel reports through it (`Report`), so a message never hides in a part of the page the
// user is not looking at.

export interface Status {
  ok: boolean;
  text: string;
}

export type Report = (status: Status) => void;

export function StatusLine({ status }: { status: Status | null }) {
  return (
    <span id="status" class={`status ${status && !status.ok ? 'warning' : ''}`} role="status">
      {status?.text}
    </span>
  );
}

/** An event handler that reports a thrown error on the status line instead of losing it. */
export function guarded(report: Report, job: (e: Event) => Promise<void>): (e: Event) => Promise<void> {
  return async (e) => {
    try {
      await job(e);
    } catch (err) {
      report({ ok: false, text: String((err as Error)?.message ?? err) });
    }
  };
}

/** The text of the file an <input type="file"> was given (and the input emptied, so the same
 * file can be chosen again); null when none was chosen. */
export async function fileText(e: Event): Promise<string | null> {
  const input = e.currentTarget as HTMLInputElement;
  const f = input.files?.[0];
  input.value = '';
  if (!f) return null;
  if (f.size > 20_000_000) throw new Error('the file is larger than 20 MB');
  return f.text();
}
