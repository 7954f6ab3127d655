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
