// Tables 二, 三 and 四 of the 2021 format (国办公开办函〔2021〕30号) and of the 2019 format
// (国办公开办函〔2019〕60号), with every label, its accepted spellings and its cells, as data.

import type { FormatId, TableKind } from '../model/types';
import type { BlockDef, LabelDef, RowDef, TableTemplate, ValueKind } from './types';

export const T3_COLUMNS = ['np', 'biz', 'res', 'ngo', 'law', 'oth', 'tot'] as const;
export const T3_LEGAL_PERSON_COLUMNS = ['biz', 'res', 'ngo', 'law', 'oth'] as const;
export const T4_GROUPS = ['rv', 'ld', 'lr'] as const;
export const T4_RESULTS = ['keep', 'fix', 'other', 'open', 'tot'] as const;

const T3_COLUMN_NAMES: Record<string, string> = {
  np: '自然人',
  biz: '商业企业',
  res: '科研机构',
  ngo: '社会公益组织',
  law: '法律服务机构',
  oth: '其他',
  tot: '总计',
};

/** What a table 三 row may say besides its key and label: accepted spellings, prefix need, groups, flags. */
type T3RowExtra = Partial<LabelDef> & Pick<RowDef, 'groups' | 'result' | 'resultsTotal' | 'writtenBareAs'>;

function t3Row(key: string, standard: string, extra: T3RowExtra = {}): RowDef {
  return {
    key,
    standard,
    ...extra,
    columns: [...T3_COLUMNS],
    cellIds: T3_COLUMNS.map((c) => `t3.${key}.${c}`),
  };
}

function singleRow(table: TableKind, key: string, standard: string, amountUnit?: string): RowDef {
  const valueKinds: ValueKind[] = [amountUnit ? 'amount' : 'integer'];
  return { key, standard, columns: [''], cellIds: [`${table}.${key}`], valueKinds, ...(amountUnit ? { amountUnit } : {}) };
}

/** The value kinds of 2019 table 二's columns that do not hold counts: 本年增/减 and 采购总金额. */
const T2_2019_VALUE_KINDS: Record<string, ValueKind> = { delta: 'change', amount: 'amount' };

function multiRow(table: TableKind, key: string, standard: string, columns: string[]): RowDef {
  const valueKinds = columns.map((c) => T2_2019_VALUE_KINDS[c] ?? 'integer');
  return { key, standard, columns, cellIds: columns.map((c) => `${table}.${key}.${c}`), valueKinds };
}

const T3_HEADERS: LabelDef[] = [
  { key: 'note', standard: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' },
  { key: 'applicant', standard: '申请人情况' },
  { key: 'col.np', standard: '自然人' },
  { key: 'col.lp', standard: '法人或其他组织' },
  { key: 'col.biz', standard: '商业企业' },
  { key: 'col.res', standard: '科研机构' },
  { key: 'col.ngo', standard: '社会公益组织' },
  { key: 'col.law', standard: '法律服务机构' },
  { key: 'col.oth', standard: '其他' },
  { key: 'col.tot', standard: '总计' },
];

// The groups each row of table 三 stands under, outermost first: 三、本年度办理结果 holds （一）…（七）, and
// the sub-groups （三）…（六） hold their numbered rows.
const IN_RESULTS = ['g.results'];
const inSub = (group: string) => ['g.results', group];
const IN_R3 = inSub('g.r3');
const IN_R4 = inSub('g.r4');
const IN_R5 = inSub('g.r5');
const IN_R6 = inSub('g.r6');

const T3_ROWS_HEAD: RowDef[] = [
  t3Row('new', '一、本年新收政府信息公开申请数量'),
  t3Row('carry', '二、上年结转政府信息公开申请数量'),
  t3Row('r1', '（一）予以公开', { groups: IN_RESULTS, result: true, shortName: '予以公开' }),
  t3Row('r2', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', {
    aliases: ['（二）部分公开'],
    groups: IN_RESULTS,
    result: true,
    shortName: '部分公开',
  }),
  t3Row('r3.1', '1.属于国家秘密', { groups: IN_R3, result: true }),
  t3Row('r3.2', '2.其他法律行政法规禁止公开', { groups: IN_R3, result: true }),
  t3Row('r3.3', '3.危及“三安全一稳定”', { groups: IN_R3, result: true }),
  t3Row('r3.4', '4.保护第三方合法权益', { groups: IN_R3, result: true }),
  t3Row('r3.5', '5.属于三类内部事务信息', { groups: IN_R3, result: true }),
  t3Row('r3.6', '6.属于四类过程性信息', { groups: IN_R3, result: true }),
  t3Row('r3.7', '7.属于行政执法案卷', { groups: IN_R3, result: true }),
  t3Row('r3.8', '8.属于行政查询事项', { groups: IN_R3, result: true }),
  t3Row('r4.1', '1.本机关不掌握相关政府信息', { groups: IN_R4, result: true }),
  t3Row('r4.2', '2.没有现成信息需要另行制作', { groups: IN_R4, result: true }),
  t3Row('r4.3', '3.补正后申请内容仍不明确', { groups: IN_R4, result: true }),
  t3Row('r5.1', '1.信访举报投诉类申请', { groups: IN_R5, result: true }),
  t3Row('r5.2', '2.重复申请', { groups: IN_R5, result: true }),
  t3Row('r5.3', '3.要求提供公开出版物', { groups: IN_R5, result: true }),
  t3Row('r5.4', '4.无正当理由大量反复申请', { groups: IN_R5, result: true }),
  t3Row('r5.5', '5.要求行政机关确认或重新出具已获取信息', { groups: IN_R5, result: true }),
];

const T3_ROWS_TAIL: RowDef[] = [
  t3Row('r7', '（七）总计', { needsPrefix: true, groups: IN_RESULTS, resultsTotal: true, writtenBareAs: 'col.tot' }),
  t3Row('next', '四、结转下年度继续办理', { shortName: '结转下年度' }),
];

const T3_GROUPS_COMMON: LabelDef[] = [
  { key: 'g.results', standard: '三、本年度办理结果' },
  { key: 'g.r3', standard: '（三）不予公开', shortName: '不予公开' },
  { key: 'g.r4', standard: '（四）无法提供', shortName: '无法提供' },
  { key: 'g.r5', standard: '（五）不予处理', shortName: '不予处理' },
];

const T3_2021: TableTemplate = {
  kind: 't3',
  format: '2021',
  section: 3,
  name: '表三',
  rows: [
    ...T3_ROWS_HEAD,
    t3Row('r6.1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', { groups: IN_R6, result: true }),
    t3Row('r6.2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', { groups: IN_R6, result: true }),
    t3Row('r6.3', '3.其他', { needsPrefix: true, groups: IN_R6, result: true, writtenBareAs: 'col.oth' }),
    ...T3_ROWS_TAIL,
  ],
  groups: [...T3_GROUPS_COMMON, { key: 'g.r6', standard: '（六）其他处理', shortName: '其他处理' }],
  headers: T3_HEADERS,
  columnNames: T3_COLUMN_NAMES,
  formatMarkers: ['r6.1', 'r6.2', 'r6.3'],
};

const T3_2019: TableTemplate = {
  ...T3_2021,
  format: '2019',
  rows: [...T3_ROWS_HEAD, t3Row('r6', '（六）其他处理', { groups: IN_RESULTS, result: true, shortName: '其他处理' }), ...T3_ROWS_TAIL],
  groups: T3_GROUPS_COMMON,
  formatMarkers: ['r6'],
};

const T4_RESULT_NAMES: Record<string, string> = { keep: '结果维持', fix: '结果纠正', other: '其他结果', open: '尚未审结', tot: '总计' };
const T4_GROUP_NAMES: Record<string, string> = { rv: '行政复议', ld: '行政诉讼·未经复议直接起诉', lr: '行政诉讼·复议后起诉' };
const T4_COLUMNS = T4_GROUPS.flatMap((g) => T4_RESULTS.map((r) => `${g}.${r}`));

const T4: TableTemplate = {
  kind: 't4',
  format: '2021',
  section: 4,
  name: '表四',
  rows: [{ key: 'data', standard: '', columns: T4_COLUMNS, cellIds: T4_COLUMNS.map((c) => `t4.${c}`) }],
  groups: [],
  headers: [
    { key: 'rv', standard: '行政复议' },
    { key: 'lit', standard: '行政诉讼' },
    { key: 'ld', standard: '未经复议直接起诉' },
    { key: 'lr', standard: '复议后起诉' },
    ...T4_RESULTS.map((r) => ({ key: `col.${r}`, standard: T4_RESULT_NAMES[r]! })),
  ],
  columnNames: Object.fromEntries(
    T4_COLUMNS.map((c) => {
      const [g, r] = c.split('.');
      return [c, `${T4_GROUP_NAMES[g!]}·${T4_RESULT_NAMES[r!]}`];
    }),
  ),
  formatMarkers: [],
};

/** The 第二十条 block headers both formats of table 二 share; 2019 adds （九）. */
const T2_BLOCK_HEADERS: LabelDef[] = [
  { key: 'b1', standard: '第二十条第（一）项' },
  { key: 'b5', standard: '第二十条第（五）项' },
  { key: 'b6', standard: '第二十条第（六）项' },
  { key: 'b8', standard: '第二十条第（八）项' },
];

const T2_2021: TableTemplate = {
  kind: 't2',
  format: '2021',
  section: 2,
  name: '表二',
  rows: [
    multiRow('t2', 'reg', '规章', ['made', 'repealed', 'valid']),
    multiRow('t2', 'nd', '行政规范性文件', ['made', 'repealed', 'valid']),
    singleRow('t2', 'lic', '行政许可'),
    singleRow('t2', 'pen', '行政处罚'),
    singleRow('t2', 'coe', '行政强制'),
    singleRow('t2', 'fee', '行政事业性收费', '万元'),
  ],
  groups: [],
  blocks: [
    { header: 'b1', columns: ['col.made', 'col.repealed', 'col.valid'], rows: ['reg', 'nd'] },
    { header: 'b5', columns: ['col.decisions'], rows: ['lic'] },
    { header: 'b6', columns: ['col.decisions'], rows: ['pen', 'coe'] },
    { header: 'b8', columns: ['col.fee'], rows: ['fee'] },
  ],
  headers: [
    ...T2_BLOCK_HEADERS,
    { key: 'content', standard: '信息内容' },
    { key: 'col.made', standard: '本年制发件数' },
    { key: 'col.repealed', standard: '本年废止件数' },
    { key: 'col.valid', standard: '现行有效件数' },
    { key: 'col.decisions', standard: '本年处理决定数量' },
    { key: 'col.fee', standard: '本年收费金额（单位：万元）', aliases: ['本年收费金额（单位：万元，保留4位小数）', '本年收费金额'] },
  ],
  columnNames: {
    'reg.made': '规章·本年制发件数',
    'reg.repealed': '规章·本年废止件数',
    'reg.valid': '规章·现行有效件数',
    'nd.made': '行政规范性文件·本年制发件数',
    'nd.repealed': '行政规范性文件·本年废止件数',
    'nd.valid': '行政规范性文件·现行有效件数',
    lic: '行政许可·本年处理决定数量',
    pen: '行政处罚·本年处理决定数量',
    coe: '行政强制·本年处理决定数量',
    fee: '行政事业性收费·本年收费金额（万元）',
  },
  formatMarkers: ['col.made', 'col.repealed', 'col.valid', 'col.decisions', 'col.fee'],
};

const T2_2019: TableTemplate = {
  kind: 't2',
  format: '2019',
  section: 2,
  name: '表二',
  rows: [
    multiRow('t2', 'reg', '规章', ['made', 'published', 'total']),
    multiRow('t2', 'nd', '规范性文件', ['made', 'published', 'total']),
    multiRow('t2', 'lic', '行政许可', ['prev', 'delta', 'decisions']),
    multiRow('t2', 'svc', '其他对外管理服务事项', ['prev', 'delta', 'decisions']),
    multiRow('t2', 'pen', '行政处罚', ['prev', 'delta', 'decisions']),
    multiRow('t2', 'coe', '行政强制', ['prev', 'delta', 'decisions']),
    multiRow('t2', 'fee', '行政事业性收费', ['prev', 'delta']),
    multiRow('t2', 'proc', '政府集中采购', ['count', 'amount']),
  ],
  groups: [],
  blocks: [
    { header: 'b1', columns: ['col.made19', 'col.published', 'col.total'], rows: ['reg', 'nd'] },
    { header: 'b5', columns: ['col.prev', 'col.delta', 'col.decisions19'], rows: ['lic', 'svc'] },
    { header: 'b6', columns: ['col.prev', 'col.delta', 'col.decisions19'], rows: ['pen', 'coe'] },
    { header: 'b8', columns: ['col.prev', 'col.delta'], rows: ['fee'] },
    { header: 'b9', columns: ['col.count', 'col.amount'], rows: ['proc'] },
  ],
  headers: [
    ...T2_BLOCK_HEADERS,
    { key: 'b9', standard: '第二十条第（九）项' },
    { key: 'content', standard: '信息内容' },
    { key: 'col.made19', standard: '本年新制作数量' },
    { key: 'col.published', standard: '本年新公开数量' },
    { key: 'col.total', standard: '对外公开总数量' },
    { key: 'col.prev', standard: '上一年项目数量' },
    { key: 'col.delta', standard: '本年增/减', aliases: ['本年增减'] },
    { key: 'col.decisions19', standard: '处理决定数量' },
    { key: 'col.count', standard: '采购项目数量' },
    { key: 'col.amount', standard: '采购总金额' },
  ],
  columnNames: {
    'reg.made': '规章·本年新制作数量',
    'reg.published': '规章·本年新公开数量',
    'reg.total': '规章·对外公开总数量',
    'nd.made': '规范性文件·本年新制作数量',
    'nd.published': '规范性文件·本年新公开数量',
    'nd.total': '规范性文件·对外公开总数量',
    'lic.prev': '行政许可·上一年项目数量',
    'lic.delta': '行政许可·本年增/减',
    'lic.decisions': '行政许可·处理决定数量',
    'svc.prev': '其他对外管理服务事项·上一年项目数量',
    'svc.delta': '其他对外管理服务事项·本年增/减',
    'svc.decisions': '其他对外管理服务事项·处理决定数量',
    'pen.prev': '行政处罚·上一年项目数量',
    'pen.delta': '行政处罚·本年增/减',
    'pen.decisions': '行政处罚·处理决定数量',
    'coe.prev': '行政强制·上一年项目数量',
    'coe.delta': '行政强制·本年增/减',
    'coe.decisions': '行政强制·处理决定数量',
    'fee.prev': '行政事业性收费·上一年项目数量',
    'fee.delta': '行政事业性收费·本年增/减',
    'proc.count': '政府集中采购·采购项目数量',
    'proc.amount': '政府集中采购·采购总金额',
  },
  formatMarkers: [
    'col.made19',
    'col.published',
    'col.total',
    'col.prev',
    'col.delta',
    'col.decisions19',
    'col.count',
    'col.amount',
    'b9',
    'svc',
    'proc',
  ],
};

export const TABLES: Record<FormatId, Record<TableKind, TableTemplate>> = {
  '2021': { t2: T2_2021, t3: T3_2021, t4: T4 },
  '2019': { t2: T2_2019, t3: T3_2019, t4: { ...T4, format: '2019' } },
};

export const TABLE_TITLES: Record<TableKind, string> = {
  t2: '表二 主动公开政府信息情况',
  t3: '表三 收到和处理政府信息公开申请情况',
  t4: '表四 政府信息公开行政复议、行政诉讼情况',
};

/** The block of table 二 a row belongs to (`b5` for 行政许可), or undefined for other tables and unknown rows. */
export function blockOf(template: TableTemplate, rowId: string): BlockDef | undefined {
  return template.blocks?.find((b) => b.rows.includes(rowId));
}

/** The standard text of a header label by key (`b1` → `第二十条第（一）项`), or undefined. */
export function headerLabel(template: TableTemplate, key: string): string | undefined {
  return template.headers.find((h) => h.key === key)?.standard;
}

/** The standard text of a group label by key (`g.r3` → `（三）不予公开`), or undefined. */
export function groupLabel(template: TableTemplate, key: string): string | undefined {
  return template.groups.find((g) => g.key === key)?.standard;
}

/** A row label without the parenthesised note: `（二）部分公开`. */
export function shortLabel(standard: string): string {
  return standard.replace(/（[^（）]*情形[^（）]*）$/, '');
}

/** The row of a template that holds a cell, and the cell's column index in it. */
export function cellPlace(template: TableTemplate, cellId: string): { row: RowDef; index: number } | undefined {
  for (const row of template.rows) {
    const index = row.cellIds.indexOf(cellId);
    if (index >= 0) return { row, index };
  }
  return undefined;
}

/** What a cell of the template holds: a count unless its column says otherwise. */
export function valueKindOf(template: TableTemplate, cellId: string): ValueKind {
  const place = cellPlace(template, cellId);
  return place?.row.valueKinds?.[place.index] ?? 'integer';
}

/** A row of a table template by its id (`r7`, `nd`, `data`). */
export function rowDefOf(template: TableTemplate, id: string): RowDef | undefined {
  return template.rows.find((r) => r.key === id);
}
