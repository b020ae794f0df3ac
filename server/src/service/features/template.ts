// New-report and insert-table templates: the complete 2021-format report for an agency and year, with
// the six standard parts, placeholders marked 【请填写…】 and the three tables filled with 0, built from
// the template data so that it passes every table and sum check as written.

import type { FormatId, TableKind } from '../model/types';
import { SECTIONS } from '../template/sections';
import { zeroTableText as tableText } from '../template/text';

export interface NewReportInput {
  /** The issuing agency as it should appear in the title and the 落款: `云溪镇人民政府`. */
  agency: string;
  /** The statistical (report) year; the report is published early in the following year. */
  year: number;
}

/** Placeholder prose under each part of 一、总体情况: the five aspects the 2021 format lists. */
const OVERVIEW_ASPECTS: Array<[string, string]> = [
  ['（一）主动公开', '主动公开政府信息的数量、渠道和重点领域信息公开情况'],
  ['（二）依申请公开', '收到和办理政府信息公开申请的总体情况'],
  ['（三）政府信息管理', '政府信息公开审查、动态调整和规范性文件清理等管理情况'],
  ['（四）政府信息公开平台建设', '政府网站、政务新媒体等公开平台的建设和运维情况'],
  ['（五）监督保障', '工作机构、考核评议、培训和责任追究等监督保障情况'],
];

function heading(key: number): string {
  const def = SECTIONS.find((s) => s.key === key)!;
  return `${def.numeral}、${def.title}`;
}

/**
 * The text of a new annual report in the 2021 format. Nothing in it needs fixing except the marked
 * placeholders: the tables are complete and consistent (all 0) and the fee statement names the year.
 */
export function newReportText(input: NewReportInput, eol = '\n'): string {
  const agency = input.agency.trim() || '【请填写机关名称】';
  const year = input.year;
  const lines: string[] = [];
  const para = (...text: string[]) => lines.push(...text, '');

  para(`${agency}${year}年政府信息公开工作年度报告`);
  para(
    `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室印发的政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）编制，` +
      `由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。` +
      `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。` +
      `【请填写：本报告电子版的查阅网址，以及对本报告有疑问时的联系单位、地址和电话】`,
  );

  para(heading(1));
  for (const [title, hint] of OVERVIEW_ASPECTS) para(title, `【请填写：${hint}】`);

  para(heading(2));
  para(tableText('t2', '2021', eol));

  para(heading(3));
  para(tableText('t3', '2021', eol));

  para(heading(4));
  para(tableText('t4', '2021', eol));

  para(heading(5));
  para(`【请填写：本年度政府信息公开工作存在的主要问题、上一年度问题的整改情况，以及下一年度的改进措施】`);

  para(heading(6));
  para(`本机关${year}年度未收取信息处理费。【如有收取，请改写为依据《政府信息公开信息处理费管理办法》收取信息处理费的件数和金额】`);
  para(`【请填写：落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开、工作创新等情况；没有可删去本段】`);

  // The 落款 date must be a full date the parser reads; January 20 is before every national deadline.
  lines.push(agency, `${year + 1}年1月20日`);
  return lines.join(eol) + eol;
}

/** The empty standard table (every value 0) for the `插入标准表格` command, in the tab-row layout. */
export function standardTableText(kind: TableKind, format: FormatId = '2021', eol = '\n'): string {
  return tableText(kind, format, eol);
}

/** Snippet syntax: `$`, `}` and `\` stand for themselves only when escaped. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** A heading or sub-heading line (`五、…`, `（一）…`); table rows (with tabs or pipes) are not headings. */
function isHeadingLine(line: string): boolean {
  return /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(line) && !/[\t|]/.test(line);
}

/**
 * An inserted template (a new report, a missing section) as a snippet whose tab stops are where the text
 * goes: each 【请填写…】 placeholder is a stop that selects it (typing replaces it); a template without
 * placeholders (a section's skeleton) gets an empty stop on each empty line right after a heading, before
 * the next heading or the end. Stops follow the text order; accepted without typing, the snippet inserts
 * exactly `text`.
 */
export function templateSnippet(text: string): string {
  const pieces = text.match(/[^\r\n]*(?:\r\n|\n|$)/g) ?? [];
  // The regex ends with an empty match at the end of the text; it stands for the line after the last break.
  const lines = pieces.map((piece) => {
    const body = piece.replace(/\r?\n$/, '');
    return { body, eol: piece.slice(body.length) };
  });
  if (lines.length > 1 && lines[lines.length - 1]!.body === '' && lines[lines.length - 2]!.eol === '') lines.pop();
  const placeholders = /【请填写[^【】]*】/.test(text);
  let stop = 0;
  const out: string[] = [];
  lines.forEach(({ body, eol }, i) => {
    if (!placeholders && body === '' && i > 0 && isHeadingLine(lines[i - 1]!.body)) {
      const next = lines[i + 1];
      if (!next || next.body === '' || isHeadingLine(next.body)) {
        out.push(`\${${++stop}}${eol}`);
        return;
      }
    }
    let written = '';
    let last = 0;
    for (const m of body.matchAll(/【请填写[^【】]*】/g)) {
      written += escapeSnippet(body.slice(last, m.index)) + `\${${++stop}:${escapeSnippet(m[0])}}`;
      last = m.index! + m[0].length;
    }
    out.push(written + escapeSnippet(body.slice(last)) + eol);
  });
  return out.join('');
}
