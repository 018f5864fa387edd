/**
 * Prints the one closing line CI reads: `Tests: N passed, N failed`.
 * Jest's own summary is not a format CI understands, so this comes last.
 */
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    // A suite that fails to load has no failed tests of its own; count it so the line never hides it.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
module.exports = ClosingLineReporter;
