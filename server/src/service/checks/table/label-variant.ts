// table/label-variant: a row, group or column label that is a near miss of the standard one (a typo
// such as 本年度止件数 for 本年废止件数). The fix writes the standard label in its place.

import type { LabelRef } from '../../model/types';
import type { Check, FindingDraft } from '../check';
import { cellForLabel, tableData, templateOf } from './util';
import { t } from '../../l10n';

export const tableLabelVariant: Check = {
  id: 'table/label-variant',
  defaultSeverity: 'warning',
  get description() {
    return t('表格的行标签或列标题与标准格式不一致（错字、漏字、多字）');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    const seen = new Set<number>();
    for (const table of doc.tables) {
      const template = templateOf(table);
      const labels: LabelRef[] = [...table.rows.map((r) => r.label).filter((l): l is LabelRef => l !== null), ...table.headers];
      for (const label of labels) {
        if (label.match !== 'typo' || seen.has(label.range.start)) continue;
        seen.add(label.range.start);
        findings.push({
          message: t('“{0}”与标准标签“{1}”不一致，应改为“{1}”', label.raw.replace(/\s*\n\s*/g, ''), label.standard),
          range: label.range,
          fixes: [{ title: t('改为“{0}”', label.standard), edits: [{ range: label.range, newText: label.standard }], safe: true }],
          data: tableData(table.kind, cellForLabel(template, label.key), { label: label.key }),
        });
      }
    }
    return findings.sort((a, b) => a.range.start - b.range.start);
  },
};
