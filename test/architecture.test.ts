// Guards the core's rule that it keeps no module-level mutable state: every cache belongs to a language
// service (server/src/service/caches.ts) or to the object it memoises. A top-level `let` or `var`, a
// top-level Map, Set, WeakMap, WeakSet or Array made with `new`, or an empty `[]` or `{}` (a collection
// waiting to be filled), not typed Readonly*, fails the test.

import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = path.resolve(__dirname, '../server/src/service');
const MUTABLE_CONSTRUCTORS: ReadonlySet<string> = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array']);

function coreFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return coreFiles(full);
      return entry.name.endsWith('.ts') ? [full] : [];
    })
    .sort();
}

/** The module-level mutable state a source text declares, one line per declaration. */
export function moduleState(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of list.declarations) {
      const name = declaration.name.getText(source);
      if (!isConst) {
        found.push(`${where(declaration)} top-level let/var ${name}`);
        continue;
      }
      const init = declaration.initializer;
      const type = declaration.type?.getText(source) ?? '';
      if (!init || /^Readonly|^readonly /.test(type)) continue;
      if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && MUTABLE_CONSTRUCTORS.has(init.expression.text)) {
        found.push(`${where(declaration)} top-level new ${init.expression.text} ${name}`);
      } else if (
        (ts.isArrayLiteralExpression(init) && init.elements.length === 0) ||
        (ts.isObjectLiteralExpression(init) && init.properties.length === 0)
      ) {
        found.push(`${where(declaration)} top-level empty ${ts.isArrayLiteralExpression(init) ? '[]' : '{}'} ${name}`);
      }
    }
  }
  return found;
}

describe('the core keeps no module-level mutable state', () => {
  it('finds what it guards against (a let, a var, a new Map, a new Set, an Array) and lets Readonly* through', () => {
    const sample = [
      'let current = 1;',
      'var old = 2;',
      'const cache = new Map<string, number>();',
      'const seen = new WeakSet<object>();',
      'const list = new Array<number>(3);',
      "const KINDS: ReadonlySet<string> = new Set(['a']);",
      'const clearers: Array<() => void> = [];',
      'const byName: Record<string, number> = {};',
      'const NONE: readonly string[] = [];',
      'const LIMIT = 10;',
      'function f() { let local = 0; const inner = new Map(); return local + inner.size; }',
    ].join('\n');
    expect(moduleState('sample.ts', sample)).toEqual([
      'sample.ts:1 top-level let/var current',
      'sample.ts:2 top-level let/var old',
      'sample.ts:3 top-level new Map cache',
      'sample.ts:4 top-level new WeakSet seen',
      'sample.ts:5 top-level new Array list',
      'sample.ts:7 top-level empty [] clearers',
      'sample.ts:8 top-level empty {} byName',
    ]);
  });

  it('in server/src/service', () => {
    const files = coreFiles(CORE);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => moduleState(path.relative(CORE, file), fs.readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
