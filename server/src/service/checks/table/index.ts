// The checks of the `table/` area.

import type { Check } from '../check';

export const TABLE_CHECKS: Check[] = [];
