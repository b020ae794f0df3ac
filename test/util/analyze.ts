// The core's analysis with every finding's texts written in one language, as the edges show them: what
// tests that read messages, fix titles and related-location texts compare against.

import {
  analyze as analyzeCore,
  renderFinding,
  type AnalyzeOptions,
  type RenderedFinding,
  type UiLanguage,
} from '../../server/src/service';
import type { ReportDocument } from '../../server/src/service/model/types';

export interface RenderedAnalysis {
  doc: ReportDocument;
  findings: RenderedFinding[];
}

/** Options of the core plus the language the findings are rendered in (Chinese by default). */
export type RenderOptions = AnalyzeOptions & { language?: UiLanguage };

/** Analyses `text` and renders each finding in `options.language`; the core itself never sees the language. */
export function analyze(text: string, options: RenderOptions = {}): RenderedAnalysis {
  const { language, ...core } = options;
  const analysis = analyzeCore(text, core);
  return { doc: analysis.doc, findings: analysis.findings.map((f) => renderFinding(f, language ?? 'zh-cn')) };
}
