// The checks of the `table/` area: presence, format and shape of tables 二, 三 and 四, and their cells.

import type { Check } from '../check';
import { tableCellBlank } from './cell-blank';
import { tableCellCount } from './cell-count';
import { tableCellInvalid } from './cell-invalid';
import { tableLabelVariant } from './label-variant';
import { tableMissing } from './missing';
import { tableOldFormat } from './old-format';
import { tableRowMissing } from './row-missing';
import { tableUnreadable } from './unreadable';

export const TABLE_CHECKS: Check[] = [
  tableMissing,
  tableOldFormat,
  tableRowMissing,
  tableLabelVariant,
  tableCellCount,
  tableCellBlank,
  tableUnreadable,
  tableCellInvalid,
];
