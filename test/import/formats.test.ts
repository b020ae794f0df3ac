// The same invented report as .txt, .html (UTF-8 and GB18030), .docx and .pdf must give the same
// findings (check id and cell) and the same exported numbers: the published forms are generated here
// from one draft, read back through the importers and checked like the text.

import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import { exportDocument } from '../../server/src/cli/export';
import { importFile, isImportFailure, type ImportResult } from '../../server/src/import';
import { buildReport, cloneValues, defaultValues } from '../fixtures/drafts';
import { IN_CI, missingOutsideCi } from '../util/environment';
import { findCjkFont, toDocx, toHtml, toPdf } from './generate';
import { toRawPdf } from './rawPdf';

/** An invented agency whose report has planted errors in tables 二, 三 and 四. */
function plantedDraft(): string {
  const values = cloneValues(defaultValues());
  values.agency = '澄水县统计局';
  values.year = 2022;
  values.t2['nd.valid'] = '';
  values.t3['new']![0] = 6; // 自然人 of 一、本年新收 no longer adds up to its 总计, nor 一+二 to 三+四.
  values.t4[4] = 3; // 行政复议 总计 is not the sum of its results.
  return buildReport(values, { layout: 'tabs' });
}

function findingsOf(text: string): string[] {
  return analyze(text)
    .findings.map((f) => `${f.id}|${String(f.data?.cell ?? '')}`)
    .sort();
}

function numbersOf(text: string) {
  const exported = exportDocument('report', analyze(text));
  return { report: exported.report, tables: exported.tables, parse: exported.parse };
}

function draftOf(result: ImportResult): string {
  if (isImportFailure(result)) throw new Error(result.error);
  return result.text;
}

const DRAFT = plantedDraft();
const font = findCjkFont();

describe('one report in every published form', () => {
  const expectedFindings = findingsOf(DRAFT);
  const expectedNumbers = numbersOf(DRAFT);

  it('the planted errors are found in the text itself', () => {
    expect(expectedFindings.length).toBeGreaterThan(2);
    expect(expectedNumbers.tables.t3['new']?.['np']).toBe(6);
    expect(expectedNumbers.tables.t2['nd.valid']).toBeNull();
  });

  for (const [name, encoding] of [
    ['report.html', 'utf8'],
    ['report.htm', 'gb18030'],
  ] as const) {
    it(`web page ${name} (${encoding})`, async () => {
      const text = draftOf(await importFile(toHtml(DRAFT, encoding), name));
      expect(text).not.toContain('首页');
      expect(text).not.toContain('版权所有');
      expect(findingsOf(text)).toEqual(expectedFindings);
      expect(numbersOf(text)).toEqual(expectedNumbers);
    });
  }

  it('Word .docx', async () => {
    const text = draftOf(await importFile(toDocx(DRAFT), 'report.docx'));
    expect(findingsOf(text)).toEqual(expectedFindings);
    expect(numbersOf(text)).toEqual(expectedNumbers);
  });

  it('PDF with a font that is not embedded (STSong-Light, UniGB-UCS2-H: read through the CMaps)', async () => {
    const text = draftOf(await importFile(toRawPdf(DRAFT), 'report.pdf'));
    expect(findingsOf(text)).toEqual(expectedFindings);
    expect(numbersOf(text)).toEqual(expectedNumbers);
  }, 60_000);

  describe.skipIf(missingOutsideCi(!!font, 'a CJK font for PDFs (fonts-wqy-microhei)'))('PDF', () => {
    let pdf: Uint8Array;
    beforeAll(async () => {
      pdf = await toPdf(DRAFT, { font: font! });
    }, 60_000);

    it('reads back to the same findings and numbers', async () => {
      const text = draftOf(await importFile(pdf, 'report.pdf'));
      expect(findingsOf(text)).toEqual(expectedFindings);
      expect(numbersOf(text)).toEqual(expectedNumbers);
    }, 60_000);

    it('reads a form whose cells are centred, labels wrapped and centred in their rows', async () => {
      const centred = await toPdf(DRAFT, { font: font!, centre: true, wrap: { chars: 10, align: 'middle' } });
      const text = draftOf(await importFile(centred, 'report.pdf'));
      expect(findingsOf(text)).toEqual(expectedFindings);
      expect(numbersOf(text)).toEqual(expectedNumbers);
    }, 60_000);

    for (const align of ['top', 'middle'] as const) {
      it(`reads labels wrapped inside their cells (${align} of the row) with their numbers`, async () => {
        const wrapped = await toPdf(DRAFT, { font: font!, wrap: { chars: 12, align } });
        const text = draftOf(await importFile(wrapped, 'report.pdf'));
        expect(findingsOf(text)).toEqual(expectedFindings);
        expect(numbersOf(text)).toEqual(expectedNumbers);
      }, 60_000);
    }
  });
});

// The PDF half of the proof needs a CJK font: .ci/run installs fonts-wqy-microhei, so CI must find one.
it.runIf(IN_CI)('finds a CJK font in CI', () => {
  expect(font, 'install fonts-wqy-microhei').not.toBeNull();
});
