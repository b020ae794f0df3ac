// The checks of the `narrative/` area: the prose against the tables.

import type { Check } from '../check';
import { narrativeMismatch } from './mismatch';

export const NARRATIVE_CHECKS: Check[] = [narrativeMismatch];
