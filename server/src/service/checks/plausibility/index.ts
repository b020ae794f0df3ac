// The checks of the `plausibility/` area: soft rules whose failure is possible but suspicious.

import type { Check } from '../check';
import { plausibilityDocuments } from './documents';

export const PLAUSIBILITY_CHECKS: Check[] = [plausibilityDocuments];
