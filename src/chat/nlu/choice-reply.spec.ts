import { choiceReply } from './choice-reply';

describe('choiceReply: a free-form answer to a question about a choice', () => {
  it.each([
    ['大奖', 'newZhejiangIpAwards', ['省知识产权奖大奖']],
    ['门类奖，专利奖二等', 'newZhejiangIpAwards', ['门类奖二等奖']],
    ['银奖和优秀奖各一个', 'newChinaPatentAwards', ['银奖', '优秀奖']],
    ['自身新增授权的', 'firstInventionPatentSource', '自身新增授权'],
  ])('%s (%s) → %j', (reply, field, value) => {
    expect(choiceReply(reply, field as never)).toEqual(value);
  });

  it.each([
    // Nothing distinctive, a denial, a long story, or a field that is no choice: left to the other readers.
    ['门类奖', 'newZhejiangIpAwards'],
    ['没拿到大奖', 'newZhejiangIpAwards'],
    ['我们今年参加了很多评选，最后拿了一个大奖，还有别的一些荣誉', 'newZhejiangIpAwards'],
    ['大奖', 'newHighValueInventionPatentsCount'],
  ])('%s (%s) → nothing', (reply, field) => {
    expect(choiceReply(reply, field as never)).toBeUndefined();
  });
});
