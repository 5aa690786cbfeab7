// A block as a moment: its date and time in the locale, and its number.

import { chain } from './chain.svelte';
import { i18n } from './i18n.svelte';

/** When block `number` was (or will be) made, about: `2 Dec 2026, 08:40 (#33)`. */
export function when(block: number): string {
  const ms = chain.timeOf(block);
  return ms === null ? `#${block}` : `${i18n.date(ms)} (#${block})`;
}
