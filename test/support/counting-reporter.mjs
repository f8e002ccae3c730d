// web-test-runner prints its totals behind a progress bar; CI wants `N passed, N failed, N skipped` alone
// on the last line. This reporter counts every test and prints that line as the process exits (the default
// reporter flushes after stop(), so printing earlier would not be last).

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countingReporter() {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      counts.passed = counts.failed = counts.skipped = 0;
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that fails to load runs no test: count it as a failure, never as nothing.
        if (!session.passed && (!session.testResults || session.errors?.length)) counts.failed += 1;
      }
      process.once('exit', () => {
        console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      });
    },
  };
}
