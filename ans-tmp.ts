import { createChatContext } from './evals/chat-metrics';
import { ChatService } from './src/chat/chat.service';
(async () => {
  const c = await createChatContext();
  const chat = c.get(ChatService);
  const r = await chat.chat({ message: process.argv[2] });
  console.log(r.answer);
  await c.close();
})();
