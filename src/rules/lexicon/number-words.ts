/** Words many numeric facts share: the counters things are counted in, and the verbs before a figure. */

export const COUNTERS = {
  patents: ['件', '个', '项'],
  firms: ['家', '个'],
  projects: ['项', '个'],
  countries: ['个', '国'],
  marks: ['件', '个'],
} as const;

/** A verb between a figure's name and its number (是, 有, 达到了). */
export const LINK_VERB = '(?:是|有|为|达到?了?)?';

/**
 * 还有个预警项目, 接了个项目: Chinese drops 一 before a counter after a verb, so the counter alone counts one.
 * Not 个人/个别/个体 (no counter there), not 件 (有件事 is no patent).
 */
export const BARE_COUNTER = /(?<=(?:有|了|接|拿|买|获|办|搞|做|建|承担|再加|加了))(?=[个项笔家](?![人别体性税数]))/g;
