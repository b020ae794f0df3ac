// report/unrecognized: a text that reads like an annual report (its title, or several of the six section
// names) in which neither a section heading nor a table could be found. Nothing of it was checked, and
// one finding says so instead of a silent pass or a row of section/missing and table/missing findings.

import type { ReportDocument } from '../../model/types';
import { SECTIONS } from '../../template/sections';
import type { Check } from '../check';
import { msg } from '../../l10n';

/** Characters of text besides the title below which a draft is only begun, not a report gone unread. */
const BEGUN_DRAFT = 120;

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** How many of the six sections are named somewhere in the text, by their standard title or a variant. */
function sectionNamesIn(text: string): number {
  const flat = compact(text);
  return SECTIONS.filter((def) => [def.title, ...def.variants].some((name) => flat.includes(compact(name)))).length;
}

/** Whether the text presents itself as an annual report on government information disclosure. */
export function looksLikeReport(doc: ReportDocument): boolean {
  const head = compact(doc.title?.text ?? doc.text.slice(0, 300));
  if (/年度报告|年报/.test(head) && /政府信息公开|信息公开/.test(head)) return true;
  return sectionNamesIn(doc.text) >= 3;
}

/**
 * True when the text looks like a report, has more than a title, and yet no section and no table was
 * found: its structure is unrecognised, so the section and table checks say nothing and this check speaks.
 */
export function structureUnrecognized(doc: ReportDocument): boolean {
  if (doc.sections.length > 0 || doc.tables.length > 0) return false;
  if (!looksLikeReport(doc)) return false;
  const title = doc.title ? doc.title.range : { start: 0, end: 0 };
  const rest = compact(doc.text.slice(0, title.start) + doc.text.slice(title.end));
  return rest.length >= BEGUN_DRAFT;
}

export const reportUnrecognized: Check = {
  id: 'report/unrecognized',
  defaultSeverity: 'warning',
  get description() {
    return msg('像是政府信息公开工作年度报告，但未能识别出其中的部分标题和统计表格，未作任何核对');
  },
  run({ doc }) {
    if (!structureUnrecognized(doc)) return [];
    const range = doc.title?.range ?? { start: 0, end: 0 };
    return [
      {
        message: msg(
          '这份文本像是政府信息公开工作年度报告，但未能识别出六个部分的标题和表二、表三、表四，因此没有作任何核对。请把各部分标题和表格分行排列（每行一个标题，表格每行一个标签加数值）后再检查',
        ),
        range,
        data: { tables: ['t2', 't3', 't4'] },
      },
    ];
  },
};
