// Prints the plain closing line CI reads ("N passed, N failed, N skipped"), like the jest tiers do.
class SummaryReporter {
  constructor() {
    this.counts = { passed: 0, failed: 0, skipped: 0 };
  }
  onTestEnd(test, result) {
    if (result.status === 'passed') this.counts.passed += 1;
    else if (result.status === 'skipped') this.counts.skipped += 1;
    else if (test.results.length > test.retries) this.counts.failed += 1;
  }
  onEnd() {
    const { passed, failed, skipped } = this.counts;
    process.stdout.write(`playwright: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryReporter;
