// The invented report the end-to-end feature tests work on (an invented agency, invented numbers), in
// the official 2021 layout. Options make it wrong or messy in one known way, so each test knows the
// exact text before and after a fix or a formatting run. Used by the extension-host suite and by
// prepare.js, which puts copies into the UI workspace.
'use strict';

const AGENCY = '南湾县测试局';
const YEAR = 2023;
const TITLE = `${AGENCY}${YEAR}年政府信息公开工作年度报告`;

/** Table 三's applicant columns, in the official order, as the header row names them. */
const T3_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

// Table 三 row by row: [row key or null for a group heading, label]. Keys match the CLI's export.
const T3_ROWS = [
  ['new', '一、本年新收政府信息公开申请数量'],
  ['carry', '二、上年结转政府信息公开申请数量'],
  [null, '三、本年度办理结果'],
  ['r1', '（一）予以公开'],
  ['r2', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  [null, '（三）不予公开'],
  ['r3.1', '1.属于国家秘密'],
  ['r3.2', '2.其他法律行政法规禁止公开'],
  ['r3.3', '3.危及“三安全一稳定”'],
  ['r3.4', '4.保护第三方合法权益'],
  ['r3.5', '5.属于三类内部事务信息'],
  ['r3.6', '6.属于四类过程性信息'],
  ['r3.7', '7.属于行政执法案卷'],
  ['r3.8', '8.属于行政查询事项'],
  [null, '（四）无法提供'],
  ['r4.1', '1.本机关不掌握相关政府信息'],
  ['r4.2', '2.没有现成信息需要另行制作'],
  ['r4.3', '3.补正后申请内容仍不明确'],
  [null, '（五）不予处理'],
  ['r5.1', '1.信访举报投诉类申请'],
  ['r5.2', '2.重复申请'],
  ['r5.3', '3.要求提供公开出版物'],
  ['r5.4', '4.无正当理由大量反复申请'],
  ['r5.5', '5.要求行政机关确认或重新出具已获取信息'],
  [null, '（六）其他处理'],
  ['r6.1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['r6.2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['r6.3', '3.其他'],
  ['r7', '（七）总计'],
  ['next', '四、结转下年度继续办理'],
];

/**
 * The numbers: 5 new applications (3 from natural persons, 2 from law firms); 3 disclosed, 2 not held.
 * Every relation of the format holds, so the correct draft has no finding at all. Rows not listed are 0.
 */
const T3_VALUES = {
  new: [3, 0, 0, 0, 2, 0, 5],
  r1: [2, 0, 0, 0, 1, 0, 3],
  'r4.1': [1, 0, 0, 0, 1, 0, 2],
  r7: [3, 0, 0, 0, 2, 0, 5],
};

/** The correct （七）总计 of the 总计 column; `wrongTotal` drafts write something else there. */
const R7_TOTAL = 5;

const STANDARD_SECTION5 = '五、存在的主要问题及改进情况';
const STANDARD_SECTION6 = '六、其他需要报告的事项';

/**
 * @param {object} [o]
 * @param {number} [o.r7Total] what （七）总计 says in the 总计 column (correct: R7_TOTAL)
 * @param {'tabs'|'spaces'} [o.t3Layout] table 三 tab separated (canonical) or with runs of spaces, as
 *   text copied out of a PDF often is
 * @param {string} [o.section5] the heading of part 五 (a variant wording makes section/title-variant fire)
 * @param {string} [o.section6] the heading of part 六 (without 六、 it makes section/unnumbered fire)
 * @returns {string} the whole report, LF line ends, ending with a newline
 */
function reportText(o = {}) {
  const sep = o.t3Layout === 'spaces' ? '  ' : '\t';
  const t3 = [
    sep + T3_COLUMNS.join(sep),
    ...T3_ROWS.map(([key, label]) => {
      if (!key) return label;
      const values = (T3_VALUES[key] || [0, 0, 0, 0, 0, 0, 0]).slice();
      if (key === 'r7' && o.r7Total !== undefined) values[6] = o.r7Total;
      return [label, ...values].join(sep);
    }),
  ];
  return [
    TITLE,
    '',
    `本报告所列数据的统计期限自${YEAR}年1月1日起至${YEAR}年12月31日止。`,
    '',
    '一、总体情况',
    '',
    '（一）主动公开',
    '本局全年主动公开政府信息52条。',
    '',
    '（二）依申请公开',
    '本局全年新收政府信息公开申请5件。',
    '',
    '二、主动公开政府信息情况',
    '',
    '第二十条第（一）项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t0\t0\t0',
    '行政规范性文件\t1\t0\t4',
    '第二十条第（五）项',
    '信息内容\t本年处理决定数量',
    '行政许可\t9',
    '第二十条第（六）项',
    '信息内容\t本年处理决定数量',
    '行政处罚\t3',
    '行政强制\t0',
    '第二十条第（八）项',
    '信息内容\t本年收费金额（单位：万元）',
    '行政事业性收费\t0',
    '',
    '三、收到和处理政府信息公开申请情况',
    '',
    ...t3,
    '',
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    '行政复议\t\t\t\t\t行政诉讼',
    '\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
    '',
    o.section5 || STANDARD_SECTION5,
    '',
    `信息更新还不够及时。${YEAR + 1}年，本局将按月检查栏目更新。`,
    '',
    o.section6 || STANDARD_SECTION6,
    '',
    `本局${YEAR}年度未收取信息处理费。`,
    '',
    AGENCY,
    `${YEAR + 1}年1月22日`,
    '',
  ].join('\n');
}

/** The 0-based line of the first line that starts with `prefix` (a row label or heading). */
function lineStartingWith(text, prefix) {
  const i = text.split('\n').findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with ${prefix}`);
  return i;
}

/**
 * Where a table 三 cell is: {line, character, length} of the value in column `col` (0 = 自然人 … 6 = 总计)
 * of the row whose label starts with `label`, in a tab-separated draft.
 */
function t3Cell(text, label, col) {
  const line = lineStartingWith(text, label);
  const cells = text.split('\n')[line].split('\t');
  let character = cells[0].length + 1;
  for (let i = 0; i < col; i++) character += cells[i + 1].length + 1;
  return { line, character, length: cells[col + 1].length };
}

module.exports = {
  AGENCY,
  YEAR,
  TITLE,
  T3_COLUMNS,
  T3_VALUES,
  R7_TOTAL,
  STANDARD_SECTION5,
  STANDARD_SECTION6,
  reportText,
  lineStartingWith,
  t3Cell,
};
