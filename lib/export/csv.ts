import { stringify } from 'csv-stringify';
import { Readable } from 'node:stream';

/** Excel reads UTF-8 CSV as Vietnamese only when the file starts with a byte-order mark. */
const byteOrderMark = '\uFEFF';

/**
 * An RFC 4180 CSV stream (CRLF line ends, quotes where needed, UTF-8 with BOM) from rows produced
 * lazily, so a national export of 10,000 rows starts at once and never sits whole in memory.
 */
export function csvStream(
  columns: Array<{ key: string; header: string }>,
  rows: Iterable<Record<string, unknown>>,
): ReadableStream<Uint8Array> {
  const stringifier = stringify({ header: true, columns, record_delimiter: 'windows', bom: false });
  const source = Readable.from(rows);
  const output = Readable.from(
    (async function* () {
      yield Buffer.from(byteOrderMark);
      for await (const chunk of source.pipe(stringifier)) {
        yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      }
    })(),
  );
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
