/**
 * The Delivery API stub as a process, for the browser tests that run a second server with
 * CONTENT_SOURCE=contentful (see playwright.config.ts):
 *
 *   tsx tests/support/contentful-stub-server.ts --port 4010 --site-url http://127.0.0.1:3100
 *
 * It serves the export of content/ and takes edits from tests on loopback:
 * `POST /__control/set-field` with `{ entryId, fieldId, locale, value, isDraft }`, and
 * `POST /__control/reset`.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toContentfulExport } from '../../lib/content/contentful/export';
import { loadLocalContent } from '../../lib/content/local/local-source';
import { startContentfulStub } from './contentful-stub';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    'control-port': { type: 'string' },
    'site-url': { type: 'string', default: 'http://127.0.0.1:3100' },
  },
});

async function main() {
  const { dataset } = await loadLocalContent(path.resolve('content'));
  const port = Number(values.port);
  const stub = await startContentfulStub({
    data: toContentfulExport(dataset, values['site-url']!),
    port,
  });
  const control = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      try {
        if (request.method === 'POST' && request.url === '/__control/set-field') {
          const edit = JSON.parse(body) as {
            entryId: string;
            fieldId: string;
            locale: string;
            value: unknown;
            isDraft?: boolean;
          };
          stub.control.setField(edit.entryId, edit.fieldId, edit.locale, edit.value, {
            isDraft: edit.isDraft,
          });
        } else if (request.method === 'POST' && request.url === '/__control/reset') {
          stub.control.reset();
        } else {
          response.writeHead(404).end();
          return;
        }
        response.writeHead(204).end();
      } catch (error) {
        response.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(error));
      }
    });
  });
  const controlPort = Number(values['control-port'] ?? port + 1);
  control.listen(controlPort, '127.0.0.1');
  console.log(
    `Contentful stub on ${stub.host} (space ${stub.space}), control on 127.0.0.1:${controlPort}`,
  );
}

void main();
