#!/usr/bin/env node
// Lists the functions of the project's own source that run over 60 lines, longest first (the house
// style's sign to split: ../shared/style.md, point 11). CI runs it with a ratchet so the list can
// only shrink: `--max-count N` fails when more than N functions are long, `--max-lines N` when any
// one is longer than N lines. Tests, fixtures and generated output are not counted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['lib', 'components', 'entrypoints', 'utils', 'bin', 'scripts', 'bench'];
const LONG = 60;

function parseArgs(argv) {
  const options = { maxCount: Number.POSITIVE_INFINITY, maxLines: Number.POSITIVE_INFINITY };
  for (let i = 0; i < argv.length; i += 1) {
    const value = Number(argv[i + 1]);
    if (argv[i] === '--max-count') options.maxCount = value;
    else if (argv[i] === '--max-lines') options.maxLines = value;
    else continue;
    if (!Number.isInteger(value) || value < 0) {
      console.error(`long-functions: ${argv[i]} takes a whole number, got "${argv[i + 1]}"`);
      process.exit(2);
    }
    i += 1;
  }
  return options;
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mjs|js)$/.test(name) && !/\.(test|spec)\./.test(name)) yield path;
  }
}

function nameOf(node, source) {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(source);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  if (parent && ts.isCallExpression(parent)) {
    return `(callback of ${parent.expression.getText(source).slice(0, 40)})`;
  }
  return '(anonymous)';
}

function longFunctions(path) {
  const text = readFileSync(path, 'utf8');
  const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const lines = end - start + 1;
      if (lines > LONG)
        found.push({ file: relative(root, path), start, lines, name: nameOf(node, source) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const options = parseArgs(process.argv.slice(2));
const all = SOURCE_DIRS.flatMap((dir) => {
  try {
    return [...sourceFiles(join(root, dir))];
  } catch {
    return [];
  }
}).flatMap(longFunctions);
all.sort((a, b) => b.lines - a.lines);
for (const f of all) console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.start}  ${f.name}`);
const longest = all[0]?.lines ?? 0;
console.log(
  all.length === 0
    ? `No function over ${LONG} lines.`
    : `${all.length} functions over ${LONG} lines; the longest has ${longest}.`,
);
const problems = [];
if (all.length > options.maxCount) problems.push(`more than ${options.maxCount} long functions`);
if (longest > options.maxLines) problems.push(`a function over ${options.maxLines} lines`);
if (problems.length > 0) {
  console.error(
    `long-functions: ${problems.join(' and ')}; split them (../shared/style.md, point 11).`,
  );
  process.exit(1);
}
