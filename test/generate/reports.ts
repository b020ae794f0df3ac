// Generates realistic annual reports from the template with random, consistent numbers: invented agencies
// over consecutive years (last year's 结转 is this year's 上年结转), both formats (2019 for 2019–2020,
// 2021 from 2021 on), tab-separated .txt and Markdown .md, UTF-8 and GB18030, some with planted errors.
// A manifest records every cell as written and every planted error, for tests and the bench.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { T3_COLUMNS, TABLES } from '../../server/src/service/template/tables';
import type { FormatId } from '../../server/src/service';
import { toDocx, toHtml } from '../import/generate';
import { toRawPdf } from '../import/rawPdf';

export type Layout = 'txt' | 'md';
export type Encoding = 'utf8' | 'gb18030';
export type PublishedForm = 'html' | 'docx' | 'pdf';

/** An error put into a report on purpose, and the check that must report it. */
export interface PlantedError {
  kind: 'row-total' | 'review-total' | 'carryover';
  /** The cell that was altered. */
  cell: string;
  /** The check that must report it (null for carry-over, which needs the previous year's report). */
  check: string | null;
}

export interface GeneratedReport {
  /** Path relative to the corpus folder, with `/`. */
  file: string;
  agency: string;
  year: number;
  format: FormatId;
  layout: Layout;
  encoding: Encoding;
  /** Written as a published form (web page, Word, PDF) made from the text draft, rather than as text. */
  form?: PublishedForm;
  /** Every cell of tables 二/三/四 as written, by cell id (`t3.r7.np`). */
  cells: Record<string, number>;
  planted: PlantedError[];
}

export interface Manifest {
  seed: number;
  reports: GeneratedReport[];
  /** Files in the folder that are not reports (a README, notes): a walk must skip them. */
  others: string[];
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same corpus. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  '青溪',
  '柳岸',
  '石湖',
  '云岭',
  '梅川',
  '桐江',
  '松阳',
  '兰台',
  '鹤鸣',
  '枫林',
  '白沙',
  '金坪',
  '望海',
  '芦花',
  '栗山',
  '竹溪',
  '莲塘',
  '雁南',
  '杏坛',
  '桂源',
];
const LEVELS = ['县', '区', '市'];
const DEPARTMENTS = [
  '人民政府办公室',
  '发展和改革局',
  '教育局',
  '财政局',
  '自然资源局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '农业农村局',
  '卫生健康委员会',
  '市场监督管理局',
  '民政局',
  '人力资源和社会保障局',
  '水利局',
  '应急管理局',
  '文化和旅游局',
];

/** An invented agency: a place, a level and a department, all made up. */
function agencyName(rand: () => number, index: number): string {
  const place =
    PLACES[index % PLACES.length] + (index >= PLACES.length ? PLACES[Math.floor(index / PLACES.length) % PLACES.length]!.slice(0, 1) : '');
  const level = LEVELS[Math.floor(rand() * LEVELS.length)];
  const department = DEPARTMENTS[Math.floor(index / 7) % DEPARTMENTS.length];
  return `${place}${level}${department}`;
}

function int(rand: () => number, max: number): number {
  return Math.floor(rand() * (max + 1));
}

/** Splits `total` into `parts` non-negative integers, weighted towards the first ones. */
function split(rand: () => number, total: number, weights: number[]): number[] {
  const out = weights.map(() => 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < total; i++) {
    let r = rand() * sum;
    let k = 0;
    while (k < weights.length - 1 && r >= weights[k]!) r -= weights[k++]!;
    out[k]!++;
  }
  return out;
}

/** Consistent numbers for one report: every relation of the format holds. */
function tableNumbers(rand: () => number, format: FormatId, carryIn: Record<string, number> | null): Record<string, number> {
  const cells: Record<string, number> = {};
  // Table 二.
  const t2 = TABLES[format].t2;
  for (const row of t2.rows) {
    for (const id of row.cellIds) cells[id] = int(rand, row.key === 'reg' ? 2 : row.key === 'nd' ? 12 : 400);
  }
  if (format === '2021') {
    for (const row of ['reg', 'nd']) {
      const drawn = int(rand, 40);
      const lastValid = carryIn?.[`t2.${row}.valid`];
      if (lastValid === undefined) {
        cells[`t2.${row}.valid`] = cells[`t2.${row}.made`]! + drawn;
        continue;
      }
      // Year over year (spec C.4 T2-2/T2-3): what is repealed was in force or made; what is in force now is
      // last year's plus this year's made, less the repealed and some that lapsed.
      cells[`t2.${row}.repealed`] = Math.min(cells[`t2.${row}.repealed`]!, lastValid + cells[`t2.${row}.made`]!);
      const made = cells[`t2.${row}.made`];
      const repealed = cells[`t2.${row}.repealed`];
      // Lapsed documents come out of last year's, and never take the count below zero.
      const lapsed = Math.min(drawn, lastValid, lastValid + made! - repealed!);
      cells[`t2.${row}.valid`] = lastValid - lapsed + made! - repealed!;
    }
    cells['t2.fee'] = int(rand, 5);
  } else {
    for (const row of ['reg', 'nd']) {
      cells[`t2.${row}.published`] = cells[`t2.${row}.made`]!;
      cells[`t2.${row}.total`] = cells[`t2.${row}.published`]! + int(rand, 40);
    }
    for (const row of ['lic', 'svc', 'pen', 'coe']) cells[`t2.${row}.decisions`] = cells[`t2.${row}.prev`]! + cells[`t2.${row}.delta`]!;
  }
  // Table 三: per applicant column, new + carried = handled + carried forward.
  const t3 = TABLES[format].t3;
  const resultRows = t3.rows.map((r) => r.key).filter((k) => /^r[1-6]/.test(k));
  const weights = resultRows.map((k) =>
    k === 'r1' ? 8 : k === 'r2' ? 3 : k === 'r4.1' ? 3 : k.startsWith('r5') || k.startsWith('r6') ? 0.6 : 0.3,
  );
  const columns = T3_COLUMNS.filter((c) => c !== 'tot');
  for (const c of columns) {
    const fresh = int(rand, c === 'np' ? 40 : c === 'biz' ? 8 : 2);
    const carried = carryIn ? (carryIn[`t3.next.${c}`] ?? 0) : int(rand, c === 'np' ? 3 : 1);
    const forward = int(rand, Math.min(3, fresh + carried));
    cells[`t3.new.${c}`] = fresh;
    cells[`t3.carry.${c}`] = carried;
    cells[`t3.next.${c}`] = forward;
    const handled = split(rand, fresh + carried - forward, weights);
    resultRows.forEach((row, i) => (cells[`t3.${row}.${c}`] = handled[i]!));
    cells[`t3.r7.${c}`] = fresh + carried - forward;
  }
  for (const row of t3.rows) cells[`t3.${row.key}.tot`] = columns.reduce((sum, c) => sum + cells[`t3.${row.key}.${c}`]!, 0);
  // Table 四.
  for (const g of ['rv', 'ld', 'lr']) {
    let total = 0;
    for (const r of ['keep', 'fix', 'other', 'open']) {
      cells[`t4.${g}.${r}`] = rand() < 0.6 ? 0 : int(rand, 3);
      total += cells[`t4.${g}.${r}`]!;
    }
    cells[`t4.${g}.tot`] = total;
  }
  return cells;
}

function row(layout: Layout, cells: Array<string | number>): string {
  return layout === 'md' ? `| ${cells.join(' | ')} |` : cells.join('\t');
}

function mdTable(lines: Array<Array<string | number>>): string[] {
  const width = Math.max(...lines.map((l) => l.length));
  const padded = lines.map((l) => [...l, ...Array(width - l.length).fill('')]);
  return [row('md', padded[0]!), `| ${Array(width).fill('---').join(' | ')} |`, ...padded.slice(1).map((l) => row('md', l))];
}

function table(layout: Layout, lines: Array<Array<string | number>>): string[] {
  return layout === 'md' ? mdTable(lines) : lines.map((l) => row('txt', l));
}

function table2(layout: Layout, format: FormatId, cells: Record<string, number>): string[] {
  const template = TABLES[format].t2;
  const out: string[] = [];
  for (const block of template.blocks ?? []) {
    const header = template.headers.find((h) => h.key === block.header)!.standard;
    const columns = block.columns.map((c) => template.headers.find((h) => h.key === c)!.standard);
    const lines: Array<Array<string | number>> = [[header], ['信息内容', ...columns]];
    for (const key of block.rows) {
      const def = template.rows.find((r) => r.key === key)!;
      lines.push([def.standard, ...def.cellIds.map((id) => formatNumber(id, cells[id]!))]);
    }
    out.push(...table(layout, lines), ...(layout === 'md' ? [''] : []));
  }
  return out;
}

/** 行政事业性收费 is in 万元 with decimals in real reports; the generator writes whole numbers as they are. */
function formatNumber(_id: string, value: number): string {
  return String(value);
}

function table3(layout: Layout, format: FormatId, cells: Record<string, number>): string[] {
  const template = TABLES[format].t3;
  const lines: Array<Array<string | number>> = [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
    ['', '自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
  ];
  let group = '';
  for (const def of template.rows) {
    // Group headings stand on their own line before their first row, as in Markdown copies of the form.
    const groups = def.groups ?? [];
    const inner = groups[groups.length - 1];
    if (inner && inner !== group) {
      if (groups[0] === 'g.results' && group === '') lines.push(['三、本年度办理结果']);
      if (inner !== 'g.results') lines.push([template.groups.find((g) => g.key === inner)!.standard]);
      group = inner;
    }
    lines.push([def.standard, ...def.cellIds.map((id) => cells[id]!)]);
  }
  return table(layout, lines);
}

function table4(layout: Layout, cells: Record<string, number>): string[] {
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const lines: Array<Array<string | number>> = [
    ['行政复议', '', '', '', '', '行政诉讼'],
    [...results, '未经复议直接起诉', '', '', '', '', '复议后起诉'],
    ['', '', '', '', '', ...results, ...results],
    TABLES['2021'].t4.rows[0]!.cellIds.map((id) => cells[id]!),
  ];
  return table(layout, lines);
}

export interface ReportSpec {
  agency: string;
  year: number;
  layout: Layout;
  cells: Record<string, number>;
  rand: () => number;
}

export function formatForYear(year: number): FormatId {
  return year <= 2020 ? '2019' : '2021';
}

/** The text of one report. */
export function reportText(spec: ReportSpec): string {
  const { agency, year, layout, cells, rand } = spec;
  const format = formatForYear(year);
  const h1 = layout === 'md' ? '# ' : '';
  const h2 = layout === 'md' ? '## ' : '';
  const h3 = layout === 'md' ? '### ' : '';
  // Signed in January, before the 31 January deadline of the regulations.
  const month = 1;
  const day = 5 + int(rand, 20);
  const phone = `0${730 + int(rand, 60)}-${2000000 + int(rand, 7999999)}`;
  const lines = [
    `${h1}${agency}${year}年政府信息公开工作年度报告`,
    '',
    `本报告根据《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式的要求编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。如对本报告有疑问，请与${agency}办公室联系（电话：${phone}）。`,
    '',
    `${h2}一、总体情况`,
    '',
    `${h3}（一）主动公开`,
    '',
    `本年度，${agency}坚持以公开为常态、不公开为例外，围绕中心工作及时发布政策文件、解读材料和重点领域信息。`,
    '',
    `${h3}（二）依申请公开`,
    '',
    '严格执行依申请公开登记、审核、答复流程，所有申请均在法定期限内答复。',
    '',
    `${h3}（三）政府信息管理`,
    '',
    '落实公开属性源头认定制度，对拟公开信息坚持先审后发。',
    '',
    `${h3}（四）政府信息公开平台建设`,
    '',
    '依托政府门户网站专栏和政务新媒体，形成相互补充的公开渠道。',
    '',
    `${h3}（五）监督保障`,
    '',
    '将政务公开纳入年度考核，全年组织专题培训。',
    '',
    `${h2}二、主动公开政府信息情况`,
    '',
    ...table2(layout, format, cells),
    '',
    `${h2}三、收到和处理政府信息公开申请情况`,
    '',
    ...table3(layout, format, cells),
    '',
    `${h2}四、政府信息公开行政复议、行政诉讼情况`,
    '',
    ...table4(layout, cells),
    '',
    `${h2}五、存在的主要问题及改进情况`,
    '',
    `${h3}（一）存在的主要问题`,
    '',
    '一是部分信息公开不够及时；二是政策解读形式较为单一。',
    '',
    `${h3}（二）改进情况`,
    '',
    `${year + 1}年，将加强公开属性审核把关，丰富解读形式。`,
    '',
    `${h2}六、其他需要报告的事项`,
    '',
    `本机关${year}年度未收取信息处理费。`,
    '',
    agency,
    `${year + 1}年${month}月${day}日`,
    '',
  ];
  return lines.join('\n');
}

export interface CorpusOptions {
  /** How many reports (the others are added on top). */
  count: number;
  seed?: number;
  /** Share of reports with a planted error (0–1). */
  errorRate?: number;
  /** Files per sub-folder, so that huge corpora do not make one huge folder. */
  perFolder?: number;
  /** Share of the text-layout reports written as a web page, a Word file or a PDF instead (0–1; default 0). */
  forms?: number;
}

/** Writes `count` reports (and a README and a note that are not reports) into `dir`; returns the manifest. */
export function generateCorpus(dir: string, options: CorpusOptions): Manifest {
  const seed = options.seed ?? 1;
  const rand = randomSource(seed);
  const errorRate = options.errorRate ?? 0.1;
  const perFolder = options.perFolder ?? 500;
  const manifest: Manifest = { seed, reports: [], others: [] };
  fs.mkdirSync(dir, { recursive: true });
  let agencyIndex = 0;
  while (manifest.reports.length < options.count) {
    const agency = agencyName(rand, agencyIndex++);
    // Two to four consecutive years between 2019 and 2024.
    const years = 2 + int(rand, 2);
    const first = 2019 + int(rand, 6 - years);
    let carryIn: Record<string, number> | null = null;
    for (let year = first; year < first + years && manifest.reports.length < options.count; year++) {
      const n = manifest.reports.length;
      const layout: Layout = rand() < 0.3 ? 'md' : 'txt';
      const encoding: Encoding = rand() < 0.3 ? 'gb18030' : 'utf8';
      const format = formatForYear(year);
      const cells = tableNumbers(rand, format, carryIn);
      const planted: PlantedError[] = [];
      if (rand() < errorRate) {
        const pick = rand();
        if (pick < 0.4) {
          const rowKey = ['r1', 'r2', 'new', 'next'][int(rand, 3)];
          cells[`t3.${rowKey}.tot`]! += 1 + int(rand, 2);
          planted.push({ kind: 'row-total', cell: `t3.${rowKey}.tot`, check: 'sum/row-total' });
        } else if (pick < 0.8) {
          const g = ['rv', 'ld', 'lr'][int(rand, 2)];
          cells[`t4.${g}.tot`]! += 1;
          planted.push({ kind: 'review-total', cell: `t4.${g}.tot`, check: 'sum/review-total' });
        } else if (carryIn !== null && cells['t3.new.np']! > 0) {
          // A carry-over break that keeps the report itself consistent: one application moves from
          // 新收 to 上年结转, so only the comparison with last year's report can see it.
          cells['t3.new.np']! -= 1;
          cells['t3.new.tot']! -= 1;
          cells['t3.carry.np']! += 1;
          cells['t3.carry.tot']! += 1;
          planted.push({ kind: 'carryover', cell: 't3.carry.np', check: null });
        }
      }
      const text = reportText({ agency, year, layout, cells, rand });
      const folder = `part-${String(Math.floor(n / perFolder)).padStart(3, '0')}`;
      // Published forms are made from the tab-separated text draft (web pages in either encoding).
      // (No random draw without forms, so that a seed gives the same corpus as before forms existed.)
      const forms = options.forms ?? 0;
      const form: PublishedForm | undefined =
        forms > 0 && layout === 'txt' && rand() < forms ? (['html', 'docx', 'pdf'] as const)[int(rand, 3)] : undefined;
      const file = `${folder}/${String(n).padStart(5, '0')}_${agency}${year}年报.${form ?? layout}`;
      fs.mkdirSync(path.join(dir, folder), { recursive: true });
      const bytes =
        form === 'html'
          ? toHtml(text, encoding)
          : form === 'docx'
            ? toDocx(text)
            : form === 'pdf'
              ? toRawPdf(text)
              : encoding === 'gb18030'
                ? iconv.encode(text, 'gb18030')
                : Buffer.from(text, 'utf8');
      fs.writeFileSync(path.join(dir, file), bytes);
      manifest.reports.push({ file, agency, year, format, layout, encoding, cells, planted, ...(form ? { form } : {}) });
      carryIn = cells;
    }
  }
  fs.writeFileSync(path.join(dir, 'README.md'), '# 说明\n\n本目录存放各单位报送的年度报告，由脚本生成。\n');
  fs.writeFileSync(path.join(dir, 'notes.txt'), '待办：催收未报送单位。\n');
  manifest.others.push('README.md', 'notes.txt');
  return manifest;
}
