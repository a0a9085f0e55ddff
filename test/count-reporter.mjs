// Web Test Runner prints no bare count line; this reporter adds "N passed, N failed" as the very
// last line (written on process exit, or it lands above WTR's final progress block).
export function countReporter() {
  return {
    stop({ sessions }) {
      let passed = 0,
        failed = 0,
        skipped = 0;
      const walk = (s) => {
        for (const t of s.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        s.suites.forEach(walk);
      };
      for (const x of sessions) {
        if (x.testResults) walk(x.testResults);
        if (!x.passed && (x.errors?.length ?? 0) > 0) failed++; // a file that failed to load
      }
      process.once('exit', () => process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}
