// The arithmetic relations (勾稽关系) of both formats, declared once over row and column keys and
// expanded, for a set of table templates, into concrete relations over cell ids. One generic evaluator
// checks them all.

import type { FormatId } from '../model/types';
import { T3_COLUMNS, T3_LEGAL_PERSON_COLUMNS, T4_GROUPS, TABLES } from './tables';
import type { Relation, TableTemplates } from './types';

function t3Relations(templates: TableTemplates, format: FormatId): Relation[] {
  const relations: Relation[] = [];
  // The rows the template marks as outcomes, a province's added outcome row among them.
  const resultRows = templates[format].t3.rows.filter((r) => r.result === true).map((r) => r.key);
  for (const c of T3_COLUMNS) {
    relations.push({
      check: 'sum/balance',
      table: 't3',
      left: [`t3.r7.${c}`, `t3.next.${c}`],
      right: [`t3.new.${c}`, `t3.carry.${c}`],
      op: '=',
      anchor: `t3.r7.${c}`,
      describe: '（七）总计 + 四、结转 = 一、新收 + 二、上年结转',
    });
    relations.push({
      check: 'sum/results-total',
      table: 't3',
      left: [`t3.r7.${c}`],
      right: resultRows.map((r) => `t3.${r}.${c}`),
      op: '=',
      anchor: `t3.r7.${c}`,
      describe: '（七）总计 = （一）至（六）各项之和',
    });
  }
  for (const row of templates[format].t3.rows) {
    relations.push({
      check: 'sum/row-total',
      table: 't3',
      left: [`t3.${row.key}.tot`],
      right: ['np', ...T3_LEGAL_PERSON_COLUMNS].map((c) => `t3.${row.key}.${c}`),
      op: '=',
      anchor: `t3.${row.key}.tot`,
      describe: '总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
    });
  }
  return relations;
}

function t4Relations(): Relation[] {
  return T4_GROUPS.map((g) => ({
    check: 'sum/review-total' as const,
    table: 't4' as const,
    left: [`t4.${g}.tot`],
    right: ['keep', 'fix', 'other', 'open'].map((r) => `t4.${g}.${r}`),
    op: '=' as const,
    anchor: `t4.${g}.tot`,
    describe: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  }));
}

function t2Relations(format: FormatId): Relation[] {
  // T2-1 (2021) and T2-7 (2019) are soft: a document made and repealed in the same year breaks T2-1.
  return ['reg', 'nd'].map((row) =>
    format === '2021'
      ? {
          check: 'plausibility/documents' as const,
          table: 't2' as const,
          left: [`t2.${row}.valid`, `t2.${row}.repealed`],
          right: [`t2.${row}.made`],
          op: '>=' as const,
          anchor: `t2.${row}.valid`,
          describe: '现行有效件数 ≥ 本年制发件数 − 本年废止件数',
        }
      : {
          check: 'plausibility/documents' as const,
          table: 't2' as const,
          left: [`t2.${row}.total`],
          right: [`t2.${row}.published`],
          op: '>=' as const,
          anchor: `t2.${row}.total`,
          describe: '对外公开总数量 ≥ 本年新公开数量',
        },
  );
}

function expand(templates: TableTemplates): Record<FormatId, Relation[]> {
  return {
    '2021': [...t2Relations('2021'), ...t3Relations(templates, '2021'), ...t4Relations()],
    '2019': [...t2Relations('2019'), ...t3Relations(templates, '2019'), ...t4Relations()],
  };
}

/**
 * The relations of the standard templates, expanded once when the module loads and never changed: nearly
 * every analysis uses them, and a constant is no state.
 */
const STANDARD_RELATIONS: Readonly<Record<FormatId, readonly Relation[]>> = Object.freeze(expand(TABLES));

/**
 * The relations of both formats over a set of table templates (default: the standard ones). Another set
 * (a province's variant) is expanded on each call, which costs microseconds and keeps nothing.
 */
export function relationsFor(templates: TableTemplates = TABLES): Readonly<Record<FormatId, readonly Relation[]>> {
  return templates === TABLES ? STANDARD_RELATIONS : expand(templates);
}
