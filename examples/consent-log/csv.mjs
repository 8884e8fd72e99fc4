/**
 * CSV of consent records: fixed columns, then one column per category (`category:<id>`) and service
 * (`service:<name>`) seen in the range, `true`/`false`, empty when a record did not list it.
 */

const FIXED = [
  ['received_at', 'received_at'],
  ['time', 'time'],
  ['consent_id', 'consent_id'],
  ['previous_consent_id', 'previous_consent_id'],
  ['revision', 'revision'],
  ['version', 'version'],
  ['config_hash', 'config_hash'],
  ['language', 'language'],
  ['action', 'action'],
  ['source', 'source'],
  ['gpc', 'gpc'],
];

/**
 * Quotes a cell. A cell that starts like a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'`, so a record
 * POSTed by anyone cannot run a formula in the spreadsheet that opens the export (CSV injection).
 */
export function cell(value) {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\r\n']/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** @param {Array<Record<string, any>>} rows rows from a store's `range` */
export function toCsv(rows) {
  const categories = new Set();
  const services = new Set();
  for (const row of rows) {
    Object.keys(row.categories).forEach((id) => categories.add(id));
    Object.keys(row.services).forEach((name) => services.add(name));
  }
  const header = FIXED.map(([title]) => title)
    .concat([...categories].map((id) => 'category:' + id), [...services].map((name) => 'service:' + name));
  const lines = [header.map(cell).join(',')];
  for (const row of rows) {
    const values = FIXED.map(([, key]) => row[key])
      .concat([...categories].map((id) => row.categories[id]), [...services].map((name) => row.services[name]));
    lines.push(values.map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
