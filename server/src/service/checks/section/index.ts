// The checks of the `section/` area.

import type { Check } from '../check';

export const SECTION_CHECKS: Check[] = [];
