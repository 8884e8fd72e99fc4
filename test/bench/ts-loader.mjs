/**
 * Node module hooks that let the benchmark (plain `node`, no tsx) import the browser-test harness, which is
 * TypeScript: `.ts` files are transpiled with the project's own `typescript` (types stripped, nothing checked),
 * and extensionless relative imports inside them (`./server`) resolve to `.ts`. Registered by run.mjs.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (context.parentURL?.endsWith('.ts') && /^\.\.?\//.test(specifier)) return next(specifier + '.ts', context);
    throw error;
  }
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const source = await readFile(new URL(url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: url,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
