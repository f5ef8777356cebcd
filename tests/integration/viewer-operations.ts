import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type ViewerOperation = { name: string; file: string };

/** Whether a function's first parameter is the viewer: typed `Viewer` (the data layer's convention). */
function takesViewerFirst(parameters: ts.NodeArray<ts.ParameterDeclaration>, source: ts.SourceFile): boolean {
  const [first] = parameters;
  if (!first) return false;
  const type = first.type?.getText(source);
  return type === 'Viewer' || (type === undefined && first.name.getText(source) === 'viewer');
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/**
 * Every exported function of the data layer (lib/data/*.ts) whose first parameter is a viewer,
 * read from the sources' syntax trees: `export function f(viewer: Viewer, …)` and
 * `export const f = (viewer: Viewer, …) => …`.
 */
export function listViewerOperations(root: string): ViewerOperation[] {
  const folder = path.join(root, 'lib/data');
  const operations: ViewerOperation[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const file = `lib/data/${name}`;
    const source = ts.createSourceFile(file, readFileSync(path.join(folder, name), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!isExported(statement)) continue;
      if (ts.isFunctionDeclaration(statement) && statement.name && takesViewerFirst(statement.parameters, source)) {
        operations.push({ name: statement.name.text, file });
      }
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          const init = declaration.initializer;
          if (
            ts.isIdentifier(declaration.name) &&
            init &&
            (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) &&
            takesViewerFirst(init.parameters, source)
          ) {
            operations.push({ name: declaration.name.text, file });
          }
        }
      }
    }
  }
  return operations;
}
