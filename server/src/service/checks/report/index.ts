// The checks of the `report/` area: the title, the 落款, the publication deadline and the years.

import type { Check } from '../check';
import { reportDeadline } from './deadline';
import { reportSignature } from './signature';
import { reportTitle } from './title';
import { reportUnrecognized } from './unrecognized';
import { reportYearMismatch } from './year-mismatch';

export const REPORT_CHECKS: Check[] = [reportTitle, reportSignature, reportDeadline, reportYearMismatch, reportUnrecognized];
