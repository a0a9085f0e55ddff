// Deciding 2,000 orders in core takes longer than opening the popup should: the popup shows
// what it has first and decides after the browser has painted it.

/** Runs `job` after the browser has painted what is on screen now; returns a cancel function
 * (for a useEffect cleanup). */
export function afterPaint(job: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(job, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
