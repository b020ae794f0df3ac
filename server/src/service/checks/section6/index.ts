// The checks of the `section6/` area: what 六、其他需要报告的事项 must contain.

import type { Check } from '../check';
import { section6FeeMissing } from './fee-missing';

export const SECTION6_CHECKS: Check[] = [section6FeeMissing];
