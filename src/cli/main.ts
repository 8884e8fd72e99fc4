/**
 * `cookiegate audit <url>`: the package's `bin`. Progress goes to stderr, the report to stdout; exit code 0 when
 * nothing leaked, 1 when something did, 2 when the audit could not run, each with a one-line reason.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAuditArgs, USAGE } from './args';
import { AuditFailed, runAudit } from './audit';
import { mergeCatalogues, readCatalogue, type Catalogue } from './catalogue';
import { formatHtmlReport } from './html-report';
import { formatTerminalReport } from './terminal-report';

/** The catalogue the build puts beside this file. */
const SHIPPED_CATALOGUE = fileURLToPath(new URL('./services.json', import.meta.url));

const cannotRun = (reason: string): number => {
  console.error('cookiegate audit: could not run: ' + reason);
  return 2;
};

async function main(argv: string[]): Promise<number> {
  const parsed = parseAuditArgs(argv);
  if ('help' in parsed) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in parsed) return cannotRun(parsed.error + '\n' + USAGE);
  const { options } = parsed;
  const progress = (line: string) => console.error(line);

  const catalogues: Catalogue[] = [];
  const shipped = readCatalogue(SHIPPED_CATALOGUE);
  if ('catalogue' in shipped) catalogues.push(shipped.catalogue);
  else progress(`Warning: ${shipped.error}; only cookiegate itself, the site's config and its marked elements name what is found.`);
  for (const file of options.catalogues) {
    const extra = readCatalogue(file);
    if ('error' in extra) return cannotRun('--catalogue: ' + extra.error);
    catalogues.push(extra.catalogue);
  }

  let report;
  try {
    report = await runAudit({
      url: options.url,
      pages: options.pages,
      noJs: options.noJs,
      ...(options.browser ? { browser: options.browser } : {}),
      catalogue: mergeCatalogues(catalogues),
      screenshots: !!options.html,
      progress,
    });
  } catch (error) {
    if (error instanceof AuditFailed) return cannotRun(error.message);
    return cannotRun('unexpected error: ' + ((error as Error).stack ?? String(error)));
  }

  console.log(formatTerminalReport(report));
  try {
    if (options.json) writeFileSync(options.json, JSON.stringify(report, null, 2) + '\n');
    if (options.html) writeFileSync(options.html, formatHtmlReport(report));
  } catch (error) {
    return cannotRun('could not write the report: ' + (error as Error).message);
  }
  if (options.json) progress('JSON report: ' + options.json);
  if (options.html) progress('HTML report: ' + options.html);
  return report.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => process.exit(cannotRun(String(error))),
);
