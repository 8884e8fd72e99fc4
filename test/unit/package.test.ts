// @vitest-environment node
/**
 * The npm package as a front-end developer receives it: what `npm pack` ships, the `exports` map, importing in Node
 * (SSR), what a bundler keeps (no preact behind `cookiegate/core`, tree-shaking of the full entry) and the public
 * types (test/types/, compiled with tsc). Runs against the built dist/: `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../src/locales/reopen-labels';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

beforeAll(() => {
  const missing = ['dist/cookiegate.mjs', 'dist/core.mjs', 'dist/cookiegate.js', 'dist/cookiegate.schema.json'].filter((f) => !existsSync(join(ROOT, f)));
  if (missing.length) throw new Error(missing.join(', ') + ' missing: run `npm run build` first');
});

/** Every file path an `exports` entry points at, with the condition that leads there. */
function exportTargets(): Array<{ subpath: string; condition: string; target: string }> {
  const targets: Array<{ subpath: string; condition: string; target: string }> = [];
  for (const [subpath, value] of Object.entries(pkg.exports as Record<string, unknown>)) {
    if (typeof value === 'string') targets.push({ subpath, condition: 'default', target: value });
    else for (const [condition, target] of Object.entries(value as Record<string, string>)) targets.push({ subpath, condition, target });
  }
  return targets;
}

describe('package.json', () => {
  it('maps every public entry, each JavaScript one with its types', () => {
    const exp = pkg.exports as Record<string, Record<string, string> | string>;
    expect(Object.keys(exp)).toEqual(expect.arrayContaining(['.', './core', './cookiegate.css', './schema.json', './package.json']));
    expect(exp['.']).toEqual({ types: './dist/cookiegate.d.ts', import: './dist/cookiegate.mjs', default: './dist/cookiegate.mjs' });
    expect(exp['./core']).toEqual({ types: './dist/core.d.ts', import: './dist/core.mjs', default: './dist/core.mjs' });
    expect(exp['./cookiegate.css']).toEqual({ types: './dist/cookiegate.css.d.ts', default: './dist/cookiegate.css' });
    expect(exp['./schema.json']).toBe('./dist/cookiegate.schema.json');
    // `types` must come first in a conditions object, or TypeScript picks the .mjs and finds no types.
    for (const value of Object.values(exp)) if (typeof value === 'object') expect(Object.keys(value)[0]).toBe('types');
    expect(pkg.types).toBe('./dist/cookiegate.d.ts');
    expect(pkg.type).toBe('module');
  });

  it('points every exports target at a file the build wrote', () => {
    // A pattern (`./dist/locales/*.json`) must match at least one file.
    const exists = (target: string) =>
      target.includes('*')
        ? readdirSync(join(ROOT, target.slice(0, target.lastIndexOf('/')))).some((f) =>
            new RegExp(
              '^' +
                target
                  .slice(target.lastIndexOf('/') + 1)
                  .replace(/[.]/g, '\\.')
                  .replace('*', '[^/]+') +
                '$',
            ).test(f),
          )
        : existsSync(join(ROOT, target));
    const missing = exportTargets().filter(({ target }) => !exists(target));
    expect(missing).toEqual([]);
    expect(exportTargets().length).toBeGreaterThanOrEqual(8);
  });

  it('has the `cookiegate` command, whose browser driver is an optional peer, never installed for sites', () => {
    expect(pkg.bin).toEqual({ cookiegate: './dist/cli.mjs' });
    expect(readFileSync(join(ROOT, 'dist/cli.mjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(Object.keys(pkg.peerDependencies)).toEqual(['playwright-core', 'react', 'svelte', 'vue']);
    expect(pkg.peerDependenciesMeta['playwright-core']).toEqual({ optional: true });
    expect(pkg.dependencies['playwright-core']).toBeUndefined();
  });

  it('declares side effects only for the stylesheet, the script-tag bundles and the auto-block entry, so bundlers tree-shake the rest', () => {
    expect(pkg.sideEffects).toEqual(['*.css', './dist/cookiegate.js', './dist/cookiegate.autoblock.js', './dist/auto-block.mjs']);
  });

  it('keeps examples, test and build tools out of the runtime dependencies', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['nanostores', 'preact']);
    expect(pkg.files).toEqual(['dist']);
  });
});

describe('npm pack', () => {
  let files: string[] = [];

  beforeAll(() => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    if (pack.status !== 0) throw new Error('npm pack --dry-run failed: ' + pack.stderr);
    files = (JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path).sort();
  }, 120_000);

  it('ships the bundles, the stylesheet, the schemas, the types, README, LICENSE and package.json', () => {
    const required = [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/cookiegate.js',
      'dist/cookiegate-ui.js',
      'dist/cookiegate-embeds.js',
      'dist/cookiegate.all.js',
      'dist/cookiegate.mjs',
      'dist/cookiegate.d.ts',
      'dist/core.mjs',
      'dist/core.d.ts',
      'dist/cookiegate.css',
      'dist/cookiegate.schema.json',
      'dist/record.schema.json',
      'dist/cli.mjs',
      'dist/audit-report.schema.json',
      'dist/types/index.d.ts',
      'dist/types/core/index.d.ts',
      'dist/types/core/types.d.ts',
      ...LOCALE_CODES.map((code) => 'dist/locales/' + code + '.json'),
    ];
    expect(required.filter((f) => !files.includes(f))).toEqual([]);
  });

  it('ships every chunk the ESM entries import', () => {
    const imported = new Set<string>();
    const queue = ['dist/cookiegate.mjs', 'dist/core.mjs'];
    while (queue.length) {
      const file = queue.pop()!;
      if (imported.has(file)) continue;
      imported.add(file);
      const code = readFileSync(join(ROOT, file), 'utf8');
      for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.\/[^"']+)["']/g)) queue.push('dist/' + spec!.slice(2));
    }
    expect(imported.size).toBeGreaterThan(2);
    expect([...imported].filter((f) => !files.includes(f))).toEqual([]);
  });

  it('ships nothing else: no sources, tests, examples, source maps or build config', () => {
    const allowed = (f: string) =>
      ['LICENSE', 'README.md', 'package.json', 'dist/bundle.sha256'].includes(f) ||
      /^dist\/[\w.-]+\.(mjs|js|css|json|d\.ts)$/.test(f) ||
      /^dist\/locales\/[a-z]{2,3}(-[A-Z][a-z]{3}|-[A-Z]{2})?\.(json|mjs)$/.test(f) ||
      /^dist\/catalogue\/[a-z0-9-]+\.(json|mjs)$/.test(f) ||
      /^dist\/types\/[\w/.-]+\.d\.ts$/.test(f);
    expect(files.filter((f) => !allowed(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(src|test|examples|node_modules)\/|\.map$|\.tsx?$(?<!\.d\.ts)/.test(f))).toEqual([]);
  });
});

describe('shipped locales', () => {
  it.each([...LOCALE_CODES])('dist/locales/%s.json and its ESM chunk hold exactly the texts of src/locales/', async (code) => {
    const source = (await import(join(ROOT, 'src/locales', code + '.ts'))).default;
    expect(JSON.parse(readFileSync(join(ROOT, 'dist/locales', code + '.json'), 'utf8'))).toEqual(source);
    expect((await import(join(ROOT, 'dist/locales', code + '.mjs'))).default).toEqual(source);
  });

  it('keeps them out of the script-tag bundle and the engine chunk', () => {
    for (const file of ['dist/cookiegate.js', 'dist/engine.mjs']) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      for (const locale of LOCALE_CODES) {
        const { banner } = JSON.parse(readFileSync(join(ROOT, 'dist/locales', locale + '.json'), 'utf8'));
        expect({ locale, file, found: code.includes(banner.description) || code.includes(banner.acceptAll) }).toEqual({ locale, file, found: false });
      }
    }
  });
});

describe('in Node (server-side rendering)', () => {
  /** Runs ES module code in a fresh Node with no DOM globals: any `window`/`document` use throws a ReferenceError. */
  const runNode = (code: string) => spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: 15_000 });

  it.each(['dist/cookiegate.mjs', 'dist/core.mjs'])(
    'imports %s without a DOM, touching nothing and scheduling nothing',
    (file) => {
      const run = runNode(`
      if (typeof window != 'undefined' || typeof document != 'undefined') throw new Error('test setup: DOM globals exist');
      const m = await import('./${file}');
      console.log(JSON.stringify({
        exports: Object.keys(m).sort(),
        hasConsent: m.hasConsent('performance'),
        necessary: m.hasConsent('necessary'),
        consent: m.getConsent(),
        store: m.$consent.get(),
        ui: m.$ui.get(),
      }));
    `);
      // A timer or open handle started on import would keep the process alive until the timeout (status null).
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.exports).toEqual(expect.arrayContaining(['init', 'acceptAll', 'hasConsent', '$consent', '$ui', 'on']));
      // What a server render sees: no choice, nothing optional granted, the banner not (yet) open.
      expect(result).toMatchObject({ hasConsent: false, necessary: true, consent: null, store: null, ui: { banner: false, preferences: false } });
    },
    30_000,
  );

  it('resolves both entries by package name to one engine (one set of stores)', () => {
    const run = runNode(`
      const full = await import('cookiegate');
      const core = await import('cookiegate/core');
      console.log(full.$consent === core.$consent && full.hasConsent === core.hasConsent && !('mountUi' in core) && 'mountUi' in full);
    `);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('true');
  }, 30_000);
});

describe('in a consumer bundle (rollup, tree-shaken, minified)', () => {
  let dir = '';
  const sizes: Record<string, number> = {};

  beforeAll(() => {
    // A throwaway app whose node_modules/cookiegate is this repository, so resolution goes through `exports`
    // and `sideEffects` exactly as after `npm install cookiegate`.
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    dir = mkdtempSync(join(ROOT, '.tmp/consumer-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules/cookiegate'), 'dir');
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (Object.keys(sizes).length) console.log('consumer bundle sizes (brotli, bytes):', sizes);
  });

  type Built = {
    code: string;
    brotli: number;
    modules: string[];
    rendered: Record<string, number>;
    lazy: { code: string; brotli: number; modules: string[] };
    /** How many locale chunks the bundle split off. */
    locales: number;
  };
  const built = new Map<string, Promise<Built>>();
  /**
   * Bundles `source` as an app would (once per name), returning the entry chunk's minified code, its brotli size and
   * the modules it kept, and the same of the chunks it splits off (loaded on demand through dynamic imports).
   */
  function bundle(name: string, source: string) {
    if (!built.has(name)) built.set(name, build(name, source));
    return built.get(name)!;
  }

  async function build(name: string, source: string) {
    const input = join(dir, name + '.js');
    writeFileSync(input, source);
    const build = await rollup({
      input,
      plugins: [
        resolve({ browser: true }),
        // What every app bundler does for production builds: nanostores' dev-only checks go away.
        { name: 'production', transform: (code) => code.replace(/process\.env\.NODE_ENV/g, '"production"') },
      ],
      onwarn: (warning) => {
        throw new Error('rollup: ' + warning.message);
      },
    });
    const { output } = await build.generate({ format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
    await build.close();
    const chunks = output.filter((o) => o.type === 'chunk');
    const kept = (chunk: (typeof chunks)[number]) => Object.keys(chunk.modules).filter((id) => chunk.modules[id]!.renderedLength > 0);
    const sizeOf = (code: string) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const chunk = chunks.find((c) => c.isEntry)!;
    const modules = kept(chunk);
    const rendered = Object.fromEntries(modules.map((id) => [id, chunk.modules[id]!.renderedLength]));
    const brotli = sizeOf(chunk.code);
    // A page loads at most one locale chunk, and each is budgeted on its own (test/unit/locales/): counted apart here.
    const isLocale = (c: (typeof chunks)[number]) => /[\\/]dist[\\/]locales[\\/]/.test(c.facadeModuleId ?? '');
    const locales = chunks.filter(isLocale).length;
    const others = chunks.filter((c) => c !== chunk && !isLocale(c));
    const lazy = { code: others.map((c) => c.code).join('\n'), brotli: others.reduce((sum, c) => sum + sizeOf(c.code), 0), modules: others.flatMap(kept) };
    sizes[name] = brotli;
    if (others.length) sizes[name + ' (on demand)'] = lazy.brotli;
    return { code: chunk.code, brotli, modules, rendered, lazy, locales };
  }

  const fromPreact = (modules: string[]) => modules.filter((id) => /[\\/]node_modules[\\/]preact[\\/]/.test(id));

  it('a custom banner on cookiegate/core contains no preact and no built-in UI', async () => {
    const app = await bundle(
      'headless-app',
      `import { init, $ui, $consent, acceptAll, rejectAll } from 'cookiegate/core';
       init({ controller: { name: 'Example Ltd' } });
       const banner = document.querySelector('#banner');
       $ui.subscribe(({ banner: open }) => { banner.hidden = !open; });
       $consent.subscribe((consent) => { document.body.dataset.consent = consent ? consent.categories.join(' ') : ''; });
       document.querySelector('#accept').onclick = () => acceptAll('banner');
       document.querySelector('#reject').onclick = () => rejectAll('banner');`,
    );
    expect(app.modules.some((id) => id.includes('/dist/engine.mjs'))).toBe(true);
    expect(fromPreact(app.modules.concat(app.lazy.modules))).toEqual([]);
    // No integration is configured: Consent Mode and the vendor APIs are chunks the app never loads.
    expect(app.code).not.toContain('requireConsent');
    expect(app.code).not.toContain('wait_for_update');
    expect(app.lazy.modules.filter((id) => /dist[\\/](consent-mode|vendors)\.mjs$/.test(id))).toHaveLength(2);
    expect(app.code + app.lazy.code).not.toContain('cg-banner');
    // The same check does find preact where it is: the full entry's init loads the preact UI, as a chunk of its own
    // that the app fetches only when the banner or dialog is needed.
    const full = await bundle('full-init', `import { init } from 'cookiegate'; init();`);
    expect(fromPreact(full.modules)).toEqual([]);
    expect(full.code).not.toContain('cg-banner');
    expect(fromPreact(full.lazy.modules).length).toBeGreaterThan(0);
    expect(full.lazy.code).toContain('cg-banner');
  }, 120_000);

  it('tree-shakes the full ESM entry: importing only hasConsent is a fraction of importing init', async () => {
    const small = await bundle('full-hasConsent', `import { hasConsent } from 'cookiegate'; console.log(hasConsent('performance'));`);
    const init = await bundle('full-init', `import { init } from 'cookiegate'; init();`);
    expect(small.code).not.toContain('cg-banner');
    // preact does not declare `sideEffects: false`, so a bundler keeps two of its top-level expressions (about
    // 100 bytes) whenever anything imports the full entry; none of its components or our UI stays.
    const preactKept = fromPreact(small.modules).reduce((sum, id) => sum + small.rendered[id]!, 0);
    expect(preactKept).toBeLessThan(200);
    expect(fromPreact(init.lazy.modules).length).toBeGreaterThan(0);
    expect(small.brotli).toBeLessThan((init.brotli + init.lazy.brotli) / 4);
  }, 120_000);

  it('measures everything each entry exports (reported in the README and the issue)', async () => {
    const core = await bundle('core-everything', `export * from 'cookiegate/core';`);
    const full = await bundle('full-everything', `export * from 'cookiegate';`);
    expect(fromPreact(core.modules)).toEqual([]);
    // Both entries split into chunks (the engine they share, the integrations and UI loaded on demand), each
    // compressed on its own, so in all they count more than one file would; what a page view downloads is smaller,
    // and size-limit budgets that. Count every chunk here.
    const total = (b: Built) => b.brotli + b.lazy.brotli;
    expect([core.locales, full.locales]).toEqual([LOCALE_CODES.length, LOCALE_CODES.length]);
    expect(total(core)).toBeLessThan(total(full));
    // Budgets with a small margin, like size-limit's: raising one needs a reason in the commit.
    expect(total(core)).toBeLessThan(23_000);
    expect(total(full)).toBeLessThan(35_000);
    writeFileSync(join(ROOT, '.tmp/consumer-sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
  }, 120_000);
});

describe('public types (test/types/)', () => {
  // One run per module resolution a consumer may use: tsconfig.json is Bundler (Vite, webpack, esbuild).
  const configs = readdirSync(join(ROOT, 'test/types')).filter((f) => /^tsconfig.*\.json$/.test(f));

  it.each(configs)(
    'compile with %s, and every @ts-expect-error in them is still an error',
    (config) => {
      const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'test/types/' + config], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    },
    120_000,
  );
});
