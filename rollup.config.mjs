import { readFileSync, mkdirSync, writeFileSync, copyFileSync, existsSync, readdirSync, chmodSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { createHash } from 'node:crypto';
import ts from 'typescript';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * Strips comments and needless whitespace: our CSS is hand-written, so this is all the minifying it needs.
 * Lightning CSS was measured in its place and not kept: it saved 13 B of brotli on dist/cookiegate.css and 15 B on
 * the UI file, added 8 B to the gate, and rewrote values: `--cg-z: 2147483000` came out as 2147480000 (a lower
 * z-index) and, without targets, `max-width` media queries as range syntax that older Safari cannot read.
 */
const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    // Not around ':' (`.a :focus` is a descendant selector) nor '+' (calc() needs its spaces).
    .replace(/\s*([{};,>~])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();

/** `import css from './x.css?raw'` gives the minified stylesheet as a string (injected with the page's nonce). */
const rawCss = () => ({
  name: 'raw-css',
  resolveId(id, importer) {
    if (!id.endsWith('.css?raw')) return null;
    return new URL(id.slice(0, -4), 'file://' + importer).pathname + '?raw';
  },
  load(id) {
    if (!id.endsWith('.css?raw')) return null;
    return 'export default ' + JSON.stringify(minifyCss(readFileSync(id.slice(0, -4), 'utf8')));
  },
});

/** `dist/cookiegate.css`, for a page that links it: the gate's part, then the UI's (injected one by one otherwise). */
const STYLESHEETS = ['styles/base.css', 'styles/ui.css'];

/** Files shipped beside the bundles: the stylesheet and the JSON Schemas. */
const assets = () => ({
  name: 'assets',
  writeBundle() {
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/cookiegate.css', minifyCss(STYLESHEETS.map((file) => readFileSync(file, 'utf8')).join('\n')) + '\n');
    if (existsSync('src/record.schema.json')) copyFileSync('src/record.schema.json', 'dist/record.schema.json');
    writeFileSync('dist/core.d.ts', "export * from './types/core/index.js';\n");
    writeFileSync('dist/cookiegate.d.ts', "export * from './types/index.js';\n");
    writeFileSync('dist/server.d.ts', "export * from './types/server.js';\n");
    writeFileSync('dist/react.d.ts', "export * from './types/bindings/react.js';\n");
    writeFileSync('dist/vue.d.ts', "export * from './types/bindings/vue.js';\n");
    writeFileSync('dist/svelte.d.ts', "export * from './types/bindings/svelte.js';\n");
    // `import 'cookiegate/cookiegate.css'` type-checks (TypeScript 6 reports an unresolved side-effect import, TS2882).
    writeFileSync('dist/cookiegate.css.d.ts', '/** The stylesheet: importing it adds the styles, and exports nothing. */\nexport {};\n');
  },
});

/** JSON Schema (draft-07) of a TypeScript type, with its TSDoc as descriptions (ts-json-schema-generator). */
async function typeSchema(path, tsconfig, type) {
  const { createGenerator } = await import('ts-json-schema-generator');
  return createGenerator({ path, tsconfig, type, jsDoc: 'extended', extraTags: ['items'], skipTypeCheck: true }).createSchema(type);
}

/**
 * `dist/cookiegate.schema.json`: JSON Schema (draft-07) of `UserConfig`, generated from the type and its TSDoc by
 * ts-json-schema-generator, so editors show the same descriptions as the types and the schema cannot drift.
 * A `@default` in words ("the service's key") is not a JSON value of the field's type: it moves into the description,
 * or editors would offer to insert the words.
 */
const configSchema = () => ({
  name: 'config-schema',
  async writeBundle() {
    const schema = await typeSchema('src/core/types.ts', './tsconfig.json', 'UserConfig');
    // Real string defaults are single tokens ("cookiegate", "bottom-start"); words have spaces.
    const fits = ({ default: value, type, enum: choices, pattern }) =>
      [].concat(type ?? []).some((t) => (t === 'integer' ? Number.isInteger(value) : typeof value === t)) &&
      (!choices || choices.includes(value)) &&
      (typeof value !== 'string' || (!/\s/.test(value) && (!pattern || new RegExp(pattern, 'u').test(value))));
    const visit = (node) => {
      if (!node || typeof node !== 'object') return;
      if ('default' in node && node.type && !fits(node)) {
        node.description = (node.description ? node.description + ' ' : '') + 'Default: ' + node.default + '.';
        delete node.default;
      }
      Object.values(node).forEach(visit);
    };
    visit(schema);
    offerCatalogueIds(schema.definitions.UserCategory.properties.services);
    const out = {
      $schema: schema.$schema,
      $id: 'https://unpkg.com/cookiegate/dist/cookiegate.schema.json',
      title: 'cookiegate config',
      ...schema,
    };
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/cookiegate.schema.json', JSON.stringify(out, null, 2) + '\n');
  },
});

/** The service catalogue, as written (`src/catalogue/services.json`). */
const CATALOGUE = JSON.parse(readFileSync('src/catalogue/services.json', 'utf8')).services;

/** What the browser gets of one catalogue entry: the data without its sources. */
const catalogueEntry = ({ label, provider, purpose, policyUrl, cookies }) => ({
  label,
  provider,
  purpose,
  policyUrl,
  cookies: cookies.map(({ name, duration }) => ({ name, duration })),
});

/**
 * The gate knows the catalogue's ids and bindings only (`src/catalogue/index.ts`): its import of services.json gets
 * just that much. Each entry is a file of its own, `dist/catalogue/<id>.json` (script tag, fetched) and `<id>.mjs`
 * (ESM, imported by `src/catalogue/import-entry.ts`), so a page pays only for the entries its config names.
 */
const catalogueIndex = () => ({
  name: 'catalogue-index',
  resolveId: (id, importer) => (id === './services.json' && importer?.endsWith('/src/catalogue/index.ts') ? '\0catalogue-index' : null),
  // A plain object literal (no call at the top of the module): a bundler drops it where nothing reads it.
  load: (id) =>
    id === '\0catalogue-index'
      ? 'export default ' +
        JSON.stringify({
          services: Object.fromEntries(
            Object.entries(CATALOGUE).map(([key, { integration }]) => [
              key,
              integration ? { integration: { vendor: integration.vendor, consentMode: integration.consentMode } } : {},
            ]),
          ),
        })
      : null,
});

/** A service's host rules as `host` or `host/path`, without those another of its rules covers (`*.x.com` covers `a.x.com`). */
const blockingRules = (hosts) => {
  const covers = (a, b) => a !== b && !a.path && (a.host === b.host || (a.host.startsWith('*.') && b.host.endsWith(a.host.slice(1)) && b.host !== a.host));
  const kept = hosts.filter((rule) => !hosts.some((other) => covers(other, rule)));
  return [...new Set(kept.map(({ host, path }) => host + (path ?? '')))];
};

/**
 * Auto-blocking needs every entry's hosts at once (`src/core/auto-block/hosts.ts`): its import of services.json gets
 * those and nothing else, as one string of `host host/path… id` groups split by commas. That order (each group's
 * rules sorted, the id last, commas rather than `\n`) is simply the one that brotli packs smallest, about 80 bytes
 * under one `id host…` line per entry.
 */
const catalogueHosts = () => ({
  name: 'catalogue-hosts',
  resolveId: (id, importer) => (id === '../../catalogue/services.json' && importer?.endsWith('/src/core/auto-block/hosts.ts') ? '\0catalogue-hosts' : null),
  load: (id) =>
    id === '\0catalogue-hosts'
      ? 'export default { services: Object.fromEntries(' +
        JSON.stringify(
          Object.entries(CATALOGUE)
            .map(([key, { hosts }]) => [...blockingRules(hosts).sort(), key].join(' '))
            .join(','),
        ) +
        '.split(",").map((group) => { const hosts = group.split(" "), id = hosts.pop();' +
        ' return [id, { hosts: hosts.map((rule) => { const slash = rule.indexOf("/"); return slash < 0 ? { host: rule } : { host: rule.slice(0, slash), path: rule.slice(slash) }; }) }]; })) };'
      : null,
});

/** Writes the catalogue's entry files. */
const catalogueEntries = () => ({
  name: 'catalogue-entries',
  writeBundle() {
    mkdirSync('dist/catalogue', { recursive: true });
    for (const [key, entry] of Object.entries(CATALOGUE)) {
      const json = JSON.stringify(catalogueEntry(entry));
      writeFileSync(`dist/catalogue/${key}.json`, json + '\n');
      writeFileSync(`dist/catalogue/${key}.mjs`, 'export default ' + json + ';\n');
    }
  },
});

/**
 * How an entry arrives in each build: ESM imports `./catalogue/<id>.mjs` beside its chunk (`src/catalogue/load-entry.ts`,
 * a pattern app bundlers split into one chunk per entry); the script tag fetches (`importEntry` is `null` there).
 */
const catalogueImports = (esm) => ({
  name: 'catalogue-imports',
  resolveId: (id, importer) =>
    !esm && id === '../../catalogue/import-entry' && importer?.endsWith('/src/core/engine/catalogue.ts')
      ? '\0catalogue-imports'
      : esm && id === './load-entry' && importer?.endsWith('/src/catalogue/import-entry.ts')
        ? '\0catalogue-load-entry'
        : null,
  load: (id) =>
    id === '\0catalogue-imports'
      ? 'export const importEntry = null;'
      : id === '\0catalogue-load-entry'
        ? // biome-ignore lint/suspicious/noTemplateCurlyInString: generated code, whose template literal runs in the bundle
          'export const loadEntry = (id) => import(`./catalogue/${id}.mjs`).then((entry) => entry.default);'
        : null,
});

/**
 * Editors complete a service's key from the catalogue: `propertyNames` offers the ids (each bringing its entry), beside
 * the pattern every other name follows.
 */
function offerCatalogueIds(services) {
  services.propertyNames = {
    anyOf: [
      { enum: Object.keys(CATALOGUE), description: 'A service catalogue id: the service inherits its entry (see README, Service catalogue).' },
      services.propertyNames,
    ],
  };
}

/** Codes of the shipped locales: every `src/locales/<code>.ts` (`nl`, `pt-BR`, `zh-Hant`) but the modules that are not texts. */
const LOCALE_CODES = readdirSync('src/locales')
  .filter((f) => /^[a-z]{2,3}(-[A-Z][a-z]{3}|-[A-Z]{2})?\.ts$/.test(f))
  .map((f) => f.slice(0, -3))
  .sort();

/** The exports of a TypeScript module with no imports (a locale, the English texts), run once per build. */
const runModule = async (file) => {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 },
  });
  return import('data:text/javascript;base64,' + Buffer.from(outputText).toString('base64'));
};

/** The texts of `src/locales/<code>.ts` (typed as `Texts`, so the type checks them). */
const localeTexts = async (code) => (await runModule(`src/locales/${code}.ts`)).default;

/**
 * `dist/locales/<code>.json`: the shipped locales for the script tag, which fetches them from beside itself when
 * the page's language needs one. Generated from `src/locales/<code>.ts`, the same source the ESM build's
 * `dist/locales/<code>.mjs` chunks come from.
 */
const localeJson = () => ({
  name: 'locale-json',
  async writeBundle() {
    mkdirSync('dist/locales', { recursive: true });
    for (const code of LOCALE_CODES) writeFileSync(`dist/locales/${code}.json`, JSON.stringify(await localeTexts(code)) + '\n');
  },
});

/** The module the gate reads the shipped codes and its two labels from, generated by `gateLabels`. */
const GATE_LABELS_FILE = 'src/locales/reopen-labels.ts';

/**
 * Writes `src/locales/reopen-labels.ts` from the locale files before anything is compiled: the codes of the shipped
 * locales and, per locale, the two labels the gate shows before any locale file is fetched (`reopen`,
 * `notice.choices`). The locale files stay the one source of each text; the table is rewritten at every build and
 * `test/unit/locales/reopen-labels.test.ts` fails when it is stale. Written only when it changes, so a watching build
 * does not loop.
 */
const gateLabels = () => ({
  name: 'gate-labels',
  // First and alone: the TypeScript plugin reads the sources in its own buildStart.
  buildStart: {
    order: 'pre',
    sequential: true,
    async handler() {
      const texts = { en: (await runModule('src/core/texts/texts-en.ts')).TEXTS_EN };
      for (const code of LOCALE_CODES) texts[code] = await localeTexts(code);
      writeIfChanged(GATE_LABELS_FILE, gateLabelsModule(texts));
    },
  },
});

/** The source of `src/locales/reopen-labels.ts` for these texts by code. */
function gateLabelsModule(texts) {
  const rows = Object.keys(texts).map((code) => `  ${JSON.stringify(code)}: ${JSON.stringify([texts[code].reopen, texts[code].notice.choices])},\n`);
  return `// Generated from src/locales/<code>.ts and src/core/texts/texts-en.ts by rollup.config.mjs (gateLabels) at every
// build: edit those files, not this.

/** Codes of the shipped locales besides English (built in): one file each, \`src/locales/<code>.ts\`. */
export const LOCALE_CODES: readonly string[] = ${JSON.stringify(Object.keys(texts).filter((code) => code !== 'en'))};

/**
 * Per language (English and each shipped locale), the two labels the gate shows before any texts are fetched: the
 * re-open control's (\`reopen\`) and the opt-out link's (\`notice.choices\`). Both are on every page with a stored
 * choice or under an opt-out regime, and a returning visitor's page view loads nothing but the gate, so they ride in it.
 */
export const GATE_LABELS: Record<string, readonly [reopen: string, choices: string]> = {
${rows.join('')}};
`;
}

const writeIfChanged = (file, text) => {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
};

/**
 * The ESM build splits each shipped locale into a chunk of its own (`dist/locales/<code>.mjs`): Rollup, and a site's
 * bundler after it, needs a literal `import('./nl.ts')` per file to do that, so the loader's one import with a
 * variable path becomes one per code found in `src/locales/`.
 */
const localeChunks = () => ({
  name: 'locale-chunks',
  transform(code, id) {
    if (!id.endsWith('/src/locales/index.ts')) return null;
    const pattern = /import\((\/\*[^*]*\*\/\s*)?`\.\/\$\{code\}\.ts`\)/;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the message quotes the source's template literal
    if (!pattern.test(code)) this.error('src/locales/index.ts no longer imports `./${code}.ts`: update localeChunks in rollup.config.mjs');
    const imports = LOCALE_CODES.map((c) => `${JSON.stringify(c)}: () => import(${JSON.stringify('./' + c + '.ts')})`);
    return code.replace(pattern, '({ ' + imports.join(', ') + ' })[code]()');
  },
});

/**
 * The script-tag bundle is one file (IIFE): it cannot split the locales into chunks, so `src/locales/index.ts`
 * (dynamic imports) becomes `importLocale = null` there, and the texts are fetched as `dist/locales/<code>.json`.
 */
const fetchedLocales = () => ({
  name: 'fetched-locales',
  resolveId: (id, importer) => (id === '../../locales/index' && importer?.endsWith('/src/core/texts/language.ts') ? '\0fetched-locales' : null),
  load: (id) => (id === '\0fetched-locales' ? 'export const importLocale = null;' : null),
});

/** `.js` on relative imports in declarations: TypeScript's node16/nodenext (ESM) resolution needs it. */
const declarationExtensions = () => ({
  name: 'declaration-extensions',
  writeBundle() {
    const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    for (const file of walk('dist/types').filter((f) => f.endsWith('.d.ts'))) {
      const text = readFileSync(file, 'utf8').replace(/(from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]*?)\2/g, (m, pre, q, spec) => {
        if (/\.(js|mjs|json)$/.test(spec)) return m;
        const base = join(dirname(file), spec);
        const ext = existsSync(base + '.d.ts') ? '.js' : existsSync(join(base, 'index.d.ts')) ? '/index.js' : '';
        return pre + q + spec + ext + q;
      });
      writeFileSync(file, text);
    }
  },
});

const version = () => ({
  name: 'version',
  transform(code, id) {
    return id.endsWith('version.ts') ? code.replace(/'0\.0\.0-dev'|'[\d.]+'/, JSON.stringify(pkg.version)) : null;
  },
});

/** nanostores checks `process.env.NODE_ENV` for dev warnings; the script-tag bundle runs where there is no `process`. */
const production = () => ({
  name: 'production',
  transform(code) {
    return code.includes('process.env.NODE_ENV') ? code.replace(/process\.env\.NODE_ENV/g, '"production"') : null;
  },
});

/**
 * `'use client'` on top of the React binding: its components use hooks, so React Server Components must treat the
 * file as client code. Added after minifying (a minifier drops a directive it does not know).
 */
const useClient = (names) => ({
  name: 'use-client',
  renderChunk: (code, chunk) => (chunk.isEntry && names.includes(chunk.name) ? "'use client';" + code : null),
});

const minify = () =>
  terser({
    ecma: 2020,
    module: true,
    compress: { passes: 2, pure_getters: true },
    // Pure annotations stay: an app's bundler drops a binding's unused components (`defineComponent(…)` calls) by them.
    format: { comments: false, preserve_annotations: true },
  });

/**
 * `dist/bundle.sha256` (the `sha256sum` format): a hash of every shipped file, written last. With the library
 * `version` in each consent record it proves which exact code showed the visitor the banner; `sha256sum -c` checks a
 * deployed copy.
 */
const checksums = () => ({
  name: 'checksums',
  writeBundle() {
    const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const lines = walk('dist')
      .map((file) => relative('dist', file).split('\\').join('/'))
      .filter((file) => file !== 'bundle.sha256' && !file.startsWith('types/') && !file.endsWith('.d.ts'))
      .sort()
      .map(
        (file) =>
          createHash('sha256')
            .update(readFileSync(join('dist', file)))
            .digest('hex') +
          '  ' +
          file,
      );
    writeFileSync('dist/bundle.sha256', lines.join('\n') + '\n');
  },
});

/**
 * The engine module the script tag's on-demand files share with the gate, and where such a file finds it when it runs:
 * a property of window the gate sets before loading any (`KERNEL_PROPERTY` in src/gate/part-files.ts).
 */
const KERNEL = '/src/core/kernel.ts';
const KERNEL_GLOBAL = /KERNEL_PROPERTY = '([\w$]+)'/.exec(readFileSync('src/gate/part-files.ts', 'utf8'))[1];

/**
 * The script tag's on-demand files (`cookiegate-ui.js`, `cookiegate-embeds.js`) use the gate's engine rather than a
 * copy of it: their imports of `src/core/kernel.ts` become a read of the property of window where the gate put it. Any other module of
 * `src/core/` in such a file would be a second engine with stores of its own, so the build fails instead.
 */
const sharedKernel = (own) => ({
  name: 'shared-kernel',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      const copied = Object.keys(chunk.modules ?? {}).filter((id) => id.includes('/src/core/') && !own.some((file) => id.endsWith(file)));
      if (copied.length) this.error(chunk.fileName + ' would carry its own copy of ' + copied.join(', ') + ': import it from src/core/kernel.ts');
    }
  },
});

/** Subresource Integrity value of a built file (sha384, as browsers check it). */
const sri = (file) =>
  'sha384-' +
  createHash('sha384')
    .update(readFileSync(join('dist', file)))
    .digest('base64');

/** Writes the on-demand files' integrity hashes into the gate: they are built before it (the order below). */
const partIntegrity = () => ({
  name: 'part-integrity',
  transform(code, id) {
    if (!id.endsWith('/src/gate/part-files.ts')) return null;
    return code.replace(/file: '([\w.-]+)', integrity: ''/g, (_, file) => `file: '${file}', integrity: '${sri(file)}'`);
  },
});

/** The one-file variant: the parts are inside, so the gate's loader hands them over instead of fetching files. */
const partsInside = () => ({
  name: 'parts-inside',
  resolveId: (id, importer) => (id === './gate/file-parts' && importer?.endsWith('/src/auto.ts') ? '\0parts-inside' : null),
  load: (id) =>
    id === '\0parts-inside'
      ? `import { setPartLoaders } from ${JSON.stringify(process.cwd() + KERNEL)};
         import { mountUi } from ${JSON.stringify(process.cwd() + '/src/ui/mount.tsx')};
         import { startPlaceholders } from ${JSON.stringify(process.cwd() + '/src/ui/placeholder.ts')};
         import { records } from ${JSON.stringify(process.cwd() + '/src/core/integrations/records.ts')};
         import { callbacks } from ${JSON.stringify(process.cwd() + '/src/core/integrations/callbacks.ts')};
         import { parseConfig } from ${JSON.stringify(process.cwd() + '/src/core/engine/config.ts')};
         const here = (exports) => () => Promise.resolve(exports);
         export function fileParts() {
           setPartLoaders({ ui: here({ mountUi }), embeds: here({ startPlaceholders }), records: here({ records }), callbacks: here({ callbacks }), check: here({ parseConfig }) });
         }`
      : null,
});

/**
 * The script tag cannot split code: its on-demand integrations are files (\`fileParts\`), not dynamic imports, and
 * Consent Mode and the vendor APIs are inside it (\`first-phase-inline.ts\`), acting before the page's next snippet.
 */
const fileIntegrations = () => ({
  name: 'file-integrations',
  resolveId(id, importer) {
    if (!importer?.endsWith('/src/core/engine/init.ts')) return null;
    if (id === '../integrations/import-parts') return '\0file-integrations';
    if (id === '../integrations/first-phase') return join(process.cwd(), 'src/core/integrations/first-phase-inline.ts');
    return null;
  },
  load: (id) => (id === '\0file-integrations' ? 'export const INTEGRATION_IMPORTS = null;' : null),
});

/** The modules of the texts file (`cookiegate-texts.js`), which the gate does without. */
const TEXTS_MODULES = ['/src/core/texts/language.ts', '/src/core/texts/check-texts.ts', '/src/core/texts/texts-en.ts'];

/** What the gate gets where its engine imports a module that is a file of its own in the script tag. */
const STAND_INS = {
  ...Object.fromEntries(TEXTS_MODULES.map((file) => [file, 'src/gate/texts-file.ts'])),
  '/src/core/engine/catalogue.ts': 'src/gate/catalogue-file.ts',
};

/**
 * The gate carries neither the texts nor the loading of catalogue entries: where its engine imports their modules, it
 * gets a stand-in from `src/gate/` with the same names, which answers from the file (`cookiegate-texts.js`,
 * `cookiegate-catalogue.js`) once loaded.
 */
const standIns = () => ({
  name: 'stand-ins',
  resolveId(id, importer) {
    if (!importer || !id.startsWith('.')) return null;
    const target = join(dirname(importer), id).replace(/(\.ts)?$/, '.ts');
    const file = Object.keys(STAND_INS).find((module) => target.endsWith(module));
    return file ? join(process.cwd(), STAND_INS[file]) : null;
  },
});

/** Plugins of every script-tag build (IIFE: no `import`, runs where there is no `process`). */
const scriptTagPlugins = () => [
  catalogueIndex(),
  catalogueHosts(),
  catalogueImports(false),
  rawCss(),
  version(),
  resolve(),
  production(),
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }),
  minify(),
];

/** Whether an import names the kernel (`../core/kernel` from src/ui/, `../kernel` from src/core/integrations/). */
const isKernel = (id, importer) =>
  !!importer &&
  /(^|\/)kernel(\.ts)?$/.test(id) &&
  join(id.startsWith('.') ? dirname(importer) : '', id)
    .replace(/\.ts$/, '')
    .endsWith('/src/core/kernel');

/**
 * One on-demand file of the script tag; `own` lists the modules of `src/core/` that are the part itself (an
 * integration's own code), which it may carry.
 */
const part = (input, file, own = [], plugins = []) => ({
  input,
  external: isKernel,
  plugins: [...plugins, ...scriptTagPlugins(), sharedKernel(own)],
  output: { file: 'dist/' + file, format: 'iife', globals: (id) => (id.endsWith(KERNEL) || /core\/kernel$/.test(id) ? KERNEL_GLOBAL : id) },
});

/**
 * Code that the script tag ships as on-demand files (the texts, the config check, the catalogue's loader) imports the
 * engine from `src/core/kernel.ts`, which re-exports the engine's API, some of which those very modules provide. In a
 * bundle that holds both, that is a cycle by design: no module uses a kernel binding while it is first evaluated, only
 * inside functions. Any other cycle is still reported.
 */
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.endsWith(KERNEL))) return;
  warn(warning);
};

/** Never bundled: the runtime dependencies, and each binding's framework (a peer dependency of that binding only). */
const external = ['preact', 'preact/hooks', 'preact/jsx-runtime', 'nanostores', 'react', 'vue', 'svelte'];

/**
 * Beside `dist/cli.mjs`: `audit-report.schema.json`, the JSON Schema of the audit's `--json` report, generated from
 * its types (src/cli/report-types.ts) as the config's is; and `services.json`, the service catalogue the audit names
 * things from, copied when the source tree has it (the CLI says so when it is missing).
 */
const cliAssets = () => ({
  name: 'cli-assets',
  async writeBundle() {
    const schema = await typeSchema('src/cli/report-types.ts', './tsconfig.cli.json', 'AuditReport');
    const out = { $schema: schema.$schema, $id: 'https://unpkg.com/cookiegate/dist/audit-report.schema.json', title: 'cookiegate audit report', ...schema };
    writeFileSync('dist/audit-report.schema.json', JSON.stringify(out, null, 2) + '\n');
    if (existsSync('src/catalogue/services.json')) copyFileSync('src/catalogue/services.json', 'dist/services.json');
    chmodSync('dist/cli.mjs', 0o755);
  },
});

export default [
  {
    input: {
      core: 'src/core/index.ts',
      cookiegate: 'src/index.ts',
      'auto-block': 'src/core/auto-block/index.ts',
      server: 'src/server.ts',
      react: 'src/bindings/react.ts',
      vue: 'src/bindings/vue.ts',
      svelte: 'src/bindings/svelte.ts',
    },
    external,
    onwarn,
    plugins: [
      gateLabels(),
      localeChunks(),
      catalogueIndex(),
      catalogueHosts(),
      catalogueImports(true),
      rawCss(),
      version(),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/types', outDir: 'dist' }),
      minify(),
      useClient(['react']),
      assets(),
      declarationExtensions(),
      configSchema(),
      localeJson(),
      catalogueEntries(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].mjs',
      // Everything under src/core/ lives in one chunk (engine.mjs) that core.mjs and cookiegate.mjs both import: an app that imports both
      // 'cookiegate' and 'cookiegate/core' gets one set of stores, not two.
      // The shipped locales (src/locales/<code>.ts, imported dynamically) stay chunks of their own: dist/locales/<code>.mjs.
      // The integrations loaded on demand (records, callbacks, and Consent Mode and the vendor APIs when the config
      // names them) stay chunks of their own, imported only when needed.
      manualChunks: (id) =>
        (id.includes('/src/core/') && !/\/src\/core\/(integrations\/(records|callbacks|consent-mode|vendors)\.ts$|auto-block\/)/.test(id)) ||
        id.endsWith('/src/locales/index.ts')
          ? 'engine'
          : undefined,
      chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/src/locales/') ? 'locales/[name].mjs' : '[name].mjs'),
    },
  },
  part('src/ui/part.ts', 'cookiegate-ui.js'),
  part('src/ui/embeds-part.ts', 'cookiegate-embeds.js'),
  part('src/core/integrations/records-part.ts', 'cookiegate-records.js', [
    '/src/core/integrations/records-part.ts',
    '/src/core/integrations/records.ts',
    '/src/core/integrations/records-queue.ts',
  ]),
  // The config check: loaded by the gate only for a config that is new to the visitor (src/gate/read-config.ts).
  part('src/gate/check-part.ts', 'cookiegate-check.js', [
    '/src/core/engine/config.ts',
    '/src/core/engine/config-advice.ts',
    '/src/core/engine/config-messages.ts',
    '/src/core/engine/pattern-safety.ts',
  ]),
  // The loading of catalogue entries: for a config that names catalogue ids, when something needs them (src/gate/catalogue-file.ts).
  part('src/core/engine/catalogue-part.ts', 'cookiegate-catalogue.js', [
    '/src/core/engine/catalogue-part.ts',
    '/src/core/engine/catalogue.ts',
    '/src/core/engine/pattern-safety.ts',
  ]),
  // The texts: loaded when something shows or checks them (src/gate/texts-file.ts).
  part('src/core/texts/texts-part.ts', 'cookiegate-texts.js', ['/src/core/texts/texts-part.ts', ...TEXTS_MODULES], [fetchedLocales()]),
  part('src/core/integrations/callbacks-part.ts', 'cookiegate-callbacks.js', [
    '/src/core/integrations/callbacks-part.ts',
    '/src/core/integrations/callbacks.ts',
  ]),
  {
    input: 'src/auto.ts',
    plugins: [partIntegrity(), standIns(), fileIntegrations(), ...scriptTagPlugins()],
    output: { file: 'dist/cookiegate.js', format: 'iife' },
  },
  // The gate with blocking by host in front of it: a page that sets `autoBlock` loads this file instead.
  {
    input: 'src/autoblock.ts',
    plugins: [partIntegrity(), standIns(), fileIntegrations(), ...scriptTagPlugins()],
    output: { file: 'dist/cookiegate.autoblock.js', format: 'iife' },
  },
  {
    // `cookiegate audit`: Node, not a page; its browser driver stays an import the user installs (a peer dependency).
    input: 'src/cli/main.ts',
    external: (id) => id.startsWith('node:') || id === 'playwright-core',
    plugins: [typescript({ tsconfig: './tsconfig.cli.json', declaration: false, outDir: 'dist' }), cliAssets()],
    output: { file: 'dist/cli.mjs', format: 'es', banner: '#!/usr/bin/env node' },
  },
  {
    input: 'src/auto.ts',
    onwarn,
    plugins: [
      partsInside(),
      fetchedLocales(),
      fileIntegrations(),
      ...scriptTagPlugins(),
      // Last: rollup builds the configs in order, so every shipped file is on disk by now.
      checksums(),
    ],
    output: { file: 'dist/cookiegate.all.js', format: 'iife' },
  },
];
