/**
 * Prints, after jest's summary, one line per suite that skipped for want of a system service or a setting
 * (see system-service.ts), so a bare machine shows what it did not test and how to test it.
 * Plain JavaScript: jest loads reporters without the TypeScript transform.
 */
const { relative } = require('node:path');

const SKIP_MARK = '〔已跳过〕';

class SkippedSuitesReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.lines = [];
  }

  onTestResult(_test, result) {
    const counts = new Map();
    for (const t of result.testResults) {
      const marked = t.ancestorTitles.find((a) => a.startsWith(SKIP_MARK));
      if (!marked || t.status !== 'pending') continue;
      const reason = marked.slice(SKIP_MARK.length).split(' —— ')[0];
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    for (const [reason, n] of counts) {
      this.lines.push(`  ${relative(this.rootDir, result.testFilePath)}：跳过 ${n} 个测试。${reason}`);
    }
  }

  onRunComplete() {
    if (this.lines.length === 0) return;
    process.stderr.write(`\n已跳过的测试（缺少系统服务或设置）：\n${this.lines.join('\n')}\n`);
  }
}

module.exports = SkippedSuitesReporter;
