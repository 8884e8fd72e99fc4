import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';

/**
 * Columns of the export, the same for every range: the choices are one JSON cell each (`categories`,
 * `services`), so the width of the file never depends on the names visitors send, and its cost grows with the
 * bytes of the records only.
 */
export const EXPORT_COLUMNS = [
  'received_at',
  'time',
  'consent_id',
  'previous_consent_id',
  'revision',
  'version',
  'config_hash',
  'language',
  'action',
  'source',
  'gpc',
  'regime',
  'categories',
  'services',
];

/** Records per query: memory stays flat however long the range. */
const PAGE = 1000;

/** The store's records with `from <= time <= last`, page by page (keyset on `(time, id)`, so a page is one index range). */
async function* recordsBetween(store, from, last) {
  let afterTime;
  let afterId;
  for (;;) {
    const rows = await store.page(from, last, afterTime, afterId, PAGE);
    yield* rows;
    if (rows.length < PAGE) return;
    ({ time: afterTime, id: afterId } = rows[rows.length - 1]);
  }
}

/**
 * A CSV stream of the records in a range. csv-stringify quotes what needs quoting and, with `escape_formulas`,
 * puts a `'` before a cell starting with `=`, `+`, `-`, `@`, tab or carriage return, so a spreadsheet shows it as
 * text instead of running it.
 * @param {object} store from `openStore`
 * @param {string} from ISO instant, included
 * @param {string} last ISO instant, included (times are kept to the millisecond)
 * @returns {import('node:stream').Readable}
 */
export function exportCsv(store, from, last) {
  const csv = stringify({
    header: true,
    columns: EXPORT_COLUMNS,
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { boolean: (value) => String(value) },
  });
  const source = Readable.from(recordsBetween(store, from, last));
  source.on('error', (error) => csv.destroy(error));
  return source.pipe(csv);
}
