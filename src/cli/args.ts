/** The command line: `cookiegate audit <url> [options]`, parsed with Node's own `util.parseArgs`. */
import { parseArgs } from 'node:util';

/** What the user asked for. */
export interface AuditOptions {
  url: string;
  json?: string;
  html?: string;
  /** Same-origin links to visit besides the page (0 = the page only). */
  pages: number;
  browser?: string;
  /** Run a fourth phase with JavaScript off (finds `<noscript>` pixels). */
  noJs: boolean;
  /** Extra catalogue files (the same shape as the shipped one), merged over it. */
  catalogues: string[];
}

export const USAGE = `Usage: cookiegate audit <url> [options]

Opens <url> in a fresh Chrome, Chromium or Edge profile three times (no choice, after Reject all, after
Accept all) and reports every request, cookie and storage key, named from the service catalogue.
A non-necessary one before consent or after refusal is a leak.

Options:
  --json FILE        write the report as JSON (schema: cookiegate/dist/audit-report.schema.json)
  --html FILE        write a self-contained HTML report with screenshots
  --pages N          also visit up to N same-origin links found on the page (default 0)
  --browser PATH     the browser to drive (else CHROME_PATH, else the usual install paths)
  --no-js            add a fourth phase with JavaScript off (finds <noscript> pixels)
  --catalogue FILE   more services in the catalogue's shape, merged over the shipped catalogue
  -h, --help         show this help

Exit code: 0 no leak, 1 a leak, 2 the audit could not run.`;

/** Parses `process.argv.slice(2)`; `{ error }` explains what is wrong, `{ help }` asks for the usage text. */
export function parseAuditArgs(argv: string[]): { options: AuditOptions } | { error: string } | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'string' },
        html: { type: 'string' },
        pages: { type: 'string' },
        browser: { type: 'string' },
        'no-js': { type: 'boolean', default: false },
        catalogue: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, url, ...rest] = positionals;
  if (command !== 'audit') return { error: command ? `unknown command "${command}"; the command is "audit"` : 'no command; try `cookiegate audit <url>`' };
  if (!url) return { error: 'no URL: `cookiegate audit <url>`' };
  if (rest.length) return { error: 'one URL at a time; also got ' + rest.join(' ') };
  try {
    const protocol = new URL(url).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') return { error: `expected an http or https URL, got "${url}"` };
  } catch {
    return { error: `"${url}" is not a URL (write it in full: http://localhost:8080/)` };
  }
  const pages = values.pages === undefined ? 0 : Number(values.pages);
  if (!Number.isInteger(pages) || pages < 0) return { error: `--pages: expected a whole number of 0 or more, got "${values.pages}"` };
  return {
    options: {
      url,
      pages,
      noJs: values['no-js'] === true,
      catalogues: values.catalogue ?? [],
      ...(values.json ? { json: values.json } : {}),
      ...(values.html ? { html: values.html } : {}),
      ...(values.browser ? { browser: values.browser } : {}),
    },
  };
}
