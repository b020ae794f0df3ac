// The checks of the `sum/` area: the hard 勾稽关系 of tables 三 and 四, evaluated from the template's relations.

import type { Check } from '../check';
import { sumBalance } from './balance';
import { sumResultsTotal } from './results-total';
import { sumReviewTotal } from './review-total';
import { sumRowTotal } from './row-total';

export const SUM_CHECKS: Check[] = [sumBalance, sumResultsTotal, sumRowTotal, sumReviewTotal];
