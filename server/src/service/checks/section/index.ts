// The checks of the `section/` area: the six parts of the report, their order, numbers and titles.

import type { Check } from '../check';
import { sectionEmpty } from './empty';
import { sectionMissing } from './missing';
import { sectionOrder } from './order';
import { sectionSubheadingSequence } from './subheading-sequence';
import { sectionTitleVariant } from './title-variant';
import { sectionUnnumbered } from './unnumbered';

export const SECTION_CHECKS: Check[] = [
  sectionMissing,
  sectionOrder,
  sectionUnnumbered,
  sectionTitleVariant,
  sectionSubheadingSequence,
  sectionEmpty,
];
