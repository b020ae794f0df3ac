// plausibility/documents: table 二's document counts do not look possible. 2021 format: 现行有效件数 is
// smaller than 本年制发件数 − 本年废止件数; 2019 format: 对外公开总数量 is smaller than 本年新公开数量.
// A soft rule (documents made this year may also have expired this year), so a warning and no fix.

import type { Check } from '../check';
import { relationFindings } from '../sum/relations';
import { msg } from '../../l10n';

export const plausibilityDocuments: Check = {
  id: 'plausibility/documents',
  defaultSeverity: 'warning',
  get description() {
    return msg('表二的文件件数不合常理（现行有效件数少于本年制发件数减本年废止件数）');
  },
  run(ctx) {
    return relationFindings(ctx, 'plausibility/documents', (v) => {
      const row = v.template.rows.find((r) => r.key === v.anchor.cell.row);
      const label = row?.standard ?? '';
      if (v.table.format === '2019') {
        // The template's relations for table 二 have exactly the parts named here.
        const [published] = v.right;
        return msg(
          '{0}：对外公开总数量 {1} 少于本年新公开数量 {2}，请核对（总数量应包含本年新公开的文件）',
          label,
          v.anchor.value,
          published!.value,
        );
      }
      const [valid, repealed] = v.left;
      const [made] = v.right;
      return msg(
        '{0}：现行有效件数 {1} 少于本年制发件数 {2} 减本年废止件数 {3}（= {4}），请核对（除非本年制发的文件当年即已失效）',
        label,
        valid!.value,
        made!.value,
        repealed!.value,
        made!.value - repealed!.value,
      );
    });
  },
};
