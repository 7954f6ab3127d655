/** Fixed Chinese texts a follower may see. */
export const WECHAT_TEXTS = {
  onlyText: '抱歉，目前只能理解文字消息。请直接用文字描述您的问题，例如：“今年新增高价值发明专利35件，能奖励多少？”',
  empty: '没有收到文字内容。请直接输入您的问题，例如：“专利权质押贷款的贴息怎么算？”',
  tooLong: (max: number) => `您的消息超过 ${max} 字，请精简后分几次发送，每次说清一个问题。`,
  failed: '抱歉，系统暂时无法答复，请稍后再试。',
  tooFrequent: (seconds: number) => `您提问太频繁了，请 ${seconds} 秒后再试。`,
  late: '抱歉，这个问题需要较长时间处理，请稍后再发送一次同样的问题，即可收到答复。',
  unknownMenu: '该菜单暂无内容。您可以直接输入问题，例如：“这个政策的有效期是多久？”',
} as const;
