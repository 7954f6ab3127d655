import { createChatContext } from '/work/main/evals/chat-metrics';
import { ChatService } from '/work/main/src/chat/chat.service';
(async () => {
  const c = await createChatContext();
  const chat = c.get(ChatService);
  for (const conv of process.argv.slice(2)) {
    let sid: string | undefined;
    for (const m of conv.split(' || ')) {
      const r = await chat.chat({ message: m, sessionId: sid });
      sid = r.sessionId;
      console.log('>>', m, '\n', r.outcome, r.totalYuan, JSON.stringify(r.calculations.map((x) => [x.ruleId, x.status, x.amountYuan])), r.needsInfo.map((n) => n.fact).join(','), '\n', r.answer.slice(0, 400).replace(/\n+/g, ' / '), '\n');
    }
  }
  await c.close();
})();
