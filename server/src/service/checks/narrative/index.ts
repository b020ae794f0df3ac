// The checks of the `narrative/` area.

import type { Check } from '../check';

export const NARRATIVE_CHECKS: Check[] = [];
