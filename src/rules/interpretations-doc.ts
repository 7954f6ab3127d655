import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clauseRef } from './explanation';
import { INTERPRETATIONS } from './interpretations';
import { RULES } from './rules.registry';

export const INTERPRETATIONS_DOC = join(__dirname, '..', '..', 'docs', 'interpretations.md');

const ref = (clauseId: string) => (clauseId === 'title' ? '标题' : clauseRef(clauseId));

/** docs/interpretations.md, generated from src/rules/interpretations.ts and each rule's 测算口径. */
export function renderInterpretationsDoc(): string {
  const lines = [
    '# 原文理解',
    '',
    '<!-- 由 src/rules/interpretations-doc.ts 生成（npm run docs:interpretations），请勿手改；测试检查本文件与代码一致。 -->',
    '',
    '政策原文（征求意见稿）有些措辞可以有两种理解。下面列出本助手采用的理解、另一种理解和理由；两种理解金额不同时，',
    '测算结果（`calculations[].alternatives`）同时给出另一种理解的金额，答复用一句话说明，合计只按采用的理解计算。',
    '最终以正式印发的文件和主管部门的解释为准。',
    '',
    '## 有两种理解的措辞',
    '',
  ];
  for (const i of INTERPRETATIONS) {
    const rules = RULES.filter((r) => r.interpretations.includes(i.id));
    lines.push(
      `### ${i.id}（${ref(i.clauseId)}）`,
      '',
      `- 原文：“${i.wording}”`,
      `- 采用的理解：${i.reading}`,
      `- 另一种理解：${i.alternative}${i.alternativeLine ? '（金额不同时答复写明：“' + i.alternativeLine + '，则为……”）' : ''}`,
      `- 理由：${i.why}`,
      `- 涉及的规则：${rules.length === RULES.length ? '全部规则' : rules.map((r) => `\`${r.id}\``).join('、')}`,
      '',
    );
  }
  lines.push('## 各规则的测算口径', '', '每条规则的其他理解（门槛是否含本数、按年度还是按件等），随每个测算结果的 `assumptions` 一并给出。', '');
  for (const r of RULES) {
    lines.push(`### \`${r.id}\` ${r.title}（${ref(r.clauseId)}）`, '', `- 奖补对象：${r.applicants.kinds.join('、')}（原文“${r.applicants.quote}”）`);
    for (const a of r.assumptions) lines.push(`- ${a}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (require.main === module) {
  writeFileSync(INTERPRETATIONS_DOC, renderInterpretationsDoc());
  console.log(`已生成 ${INTERPRETATIONS_DOC}`);
}
