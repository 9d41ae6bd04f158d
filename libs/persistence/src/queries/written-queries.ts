import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import * as ts from 'typescript';

const SQL_START = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|UNION|SET)\b/i;

/** Each repository file under `root`, with the `.sql` text its statements are written out as. */
export function writtenQueries(root: string): Map<string, string> {
  const files = repositoryFiles(root).sort();
  return new Map(files.map((file) => [`${basename(file, '.ts')}.sql`, sqlOf(file, root)]));
}

function repositoryFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return repositoryFiles(path);
    return name.endsWith('.repository.ts') ? [path] : [];
  });
}

/** Every SQL literal of the file, under the name of the function, method or constant that holds it. */
function sqlOf(file: string, root: string): string {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const header = [
    `-- Written out from ${relative(root, file)} by written-queries.ts; do not edit (a spec holds them equal).`,
    '-- ${…} are the parts the code fills in; statements built with the query builder are not listed.',
  ];
  const blocks: string[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null && (SQL_START.test(text) || isSqlConstant(node))) {
      blocks.push(`-- ${holderOf(node)}\n${dedent(text)};`);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return `${[...header, '', blocks.join('\n\n')].join('\n')}\n`;
}

function literalText(node: ts.Node): string | null {
  if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.getText().slice(1, -1);
  return null;
}

/** A module constant in capitals holding a piece of SQL (columns, a condition) that statements share. */
function isSqlConstant(node: ts.Node): boolean {
  const declaration = node.parent;
  return (
    ts.isVariableDeclaration(declaration) &&
    ts.isIdentifier(declaration.name) &&
    /^[A-Z][A-Z_]+$/.test(declaration.name.text) &&
    ts.isSourceFile(declaration.parent.parent.parent)
  );
}

function holderOf(node: ts.Node): string {
  const names: string[] = [];
  let variable: string | undefined;
  for (let at: ts.Node | undefined = node.parent; at !== undefined; at = at.parent) {
    if (
      (ts.isMethodDeclaration(at) || ts.isFunctionDeclaration(at) || ts.isClassDeclaration(at)) &&
      at.name
    ) {
      names.unshift(at.name.getText());
    } else if (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name) && variable === undefined) {
      variable = at.name.text;
    }
  }
  return names.join('.') || variable || '(module)';
}

function dedent(text: string): string {
  const lines = text
    .replace(/^\s*\n/, '')
    .trimEnd()
    .split('\n');
  const indents = lines
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => /^ */.exec(line)![0].length);
  const cut = Math.min(...indents, Number.POSITIVE_INFINITY);
  return lines
    .map((line, index) => (index === 0 ? line.trim() : line.slice(Number.isFinite(cut) ? cut : 0)))
    .join('\n');
}
