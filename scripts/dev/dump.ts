// Prints what the parser sees in a draft: headings, tables, rows, cells, title, signature (a debugging aid).
import { readFileSync } from 'node:fs';
import { parseReport } from '../../server/src/service/parse';
import { positionAt } from '../../server/src/service/model/text';

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const doc = parseReport(text);
  const ln = (o: number) => positionAt(doc.lineStarts, o).line + 1;
  console.log(`=== ${file}`);
  console.log(`title: ${JSON.stringify(doc.title?.text)} agency=${doc.title?.agency} year=${doc.year} (${doc.yearSource}) expected=${doc.expectedFormat} tables=${doc.tableFormat}`);
  console.log(`signature: ${doc.signature ? `${doc.signature.agency} ${doc.signature.date?.year}-${doc.signature.date?.month}-${doc.signature.date?.day} L${ln(doc.signature.range.start)}` : 'none'}`);
  for (const s of doc.sections) {
    console.log(`  §${s.key} L${ln(s.heading.range.start)} num=${s.heading.number?.text ?? '-'} title=${s.heading.title.text} std=${s.heading.standardTitle} subs=${s.subheadings.map((x) => x.marker.text).join('')}`);
  }
  for (const t of doc.tables) {
    console.log(`  TABLE ${t.kind} ${t.format} §${t.section} L${ln(t.range.start)}-${ln(t.range.end)} ${t.status} ${t.unreadableReason ?? ''}`);
    console.log(`    headers: ${t.headers.map((h) => `${h.key}${h.match !== 'exact' ? `(${h.match}:${JSON.stringify(h.raw)})` : ''}`).join(' ')}`);
    if (t.markers2019.length) console.log(`    m2019: ${t.markers2019.map((m) => m.key).join(' ')}`);
    if (t.markers2021.length) console.log(`    m2021: ${t.markers2021.map((m) => m.key).join(' ')}`);
    for (const r of t.rows) {
      const vals = r.values.map((c) => (c.kind === 'number' ? String(c.value) : c.kind === 'blank' ? '_' : `${c.kind}:${c.raw}`)).join(',');
      console.log(`    L${ln(r.range.start)} ${r.id}${r.label && r.label.match !== 'exact' ? `[${r.label.match}:${JSON.stringify(r.label.raw)}]` : ''} ${r.values.length}/${r.expected}${r.cells.length ? '' : ' UNPLACED'} ${vals}`);
    }
  }
}
