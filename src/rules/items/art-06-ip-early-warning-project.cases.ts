import { RuleCases } from '../testing/rule-case';
import { ipEarlyWarningProject } from './art-06-ip-early-warning-project.rule';

const n = (count: number) => ({ newIpEarlyWarningProjectsCount: count });

export const ART6_WARNING_CASES: RuleCases = {
  rule: ipEarlyWarningProject,
  cases: [
    // 1 × 20万 = 20万
    { name: '1项', facts: n(1), status: 'eligible', amountYuan: 200000 },
    // 3 × 20万 = 60万 (每项)
    { name: '3项', facts: n(3), status: 'eligible', amountYuan: 600000, mentions: ['3项 × 20万元 = 60万元'] },
    { name: '0项', facts: n(0), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newIpEarlyWarningProjectsCount'] },
  ],
};
