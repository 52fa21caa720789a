import { expect, test } from '@playwright/test';
import { eventUid } from '../../lib/calendar/ics';
import { isUpcomingEvent } from '../../lib/events/timing';
import { loadSampleContent } from './fixtures';

/** RFC 5545 unfolding: a line break followed by a space or tab continues the line. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** The text of each VEVENT, keyed by UID. */
function veventsByUid(text: string): Map<string, string> {
  const blocks = unfold(text).split('BEGIN:VEVENT\r\n').slice(1);
  return new Map(blocks.map((block) => [/^UID:(.*)$/m.exec(block)?.[1]?.trim() ?? '', block]));
}

test('a journalist subscribes to the events calendar and finds every upcoming event', async ({
  request,
}) => {
  const { dataset } = await loadSampleContent();
  const response = await request.get('/feeds/events.ics');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  // Inline, so that webcal:// subscriptions work.
  expect(response.headers()['content-disposition']).toBeUndefined();
  const text = await response.text();
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(unfold(text)).toContain('X-WR-CALNAME:Hội chợ và phiên chợ OCOP Quảng Ngãi\r\n');

  const vevents = veventsByUid(text);
  const upcoming = dataset.events.filter((event) => isUpcomingEvent(event, new Date()));
  for (const event of upcoming) expect(vevents.has(eventUid(event.slug)), event.slug).toBe(true);

  const cancelled = vevents.get(eventUid('phien-cho-ocop-ba-to-thang-12-2026'));
  expect(cancelled).toContain('STATUS:CANCELLED\r\n');
  expect(cancelled).toContain('SUMMARY:Phiên chợ OCOP Ba Tơ tháng 12/2026\r\n');
});

test('the events calendar comes in English on request', async ({ request }) => {
  const text = unfold(await (await request.get('/feeds/events.ics?lang=en')).text());
  expect(text).toContain('X-WR-CALNAME:Quảng Ngãi OCOP fairs and market sessions\r\n');
  expect(text).toContain('SUMMARY:Ba Tơ OCOP market session\\, December 2026\r\n');
});

test('a visitor adds one event to a calendar, past ones included', async ({ request }) => {
  const response = await request.get('/api/v1/events/hoi-cho-ocop-xuan-dinh-mui-2027/ics');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe(
    'attachment; filename="hoi-cho-ocop-xuan-dinh-mui-2027.ics"',
  );
  const vevents = veventsByUid(await response.text());
  expect([...vevents.keys()]).toEqual([eventUid('hoi-cho-ocop-xuan-dinh-mui-2027')]);

  const past = await request.get('/api/v1/events/hoi-cho-ocop-quang-ngai-2023/ics?lang=en');
  expect(past.status()).toBe(200);
  expect(unfold(await past.text())).toContain('/en/events/hoi-cho-ocop-quang-ngai-2023\r\n');
});

test('calendar addresses answer bad requests in JSON, never with a server error', async ({
  request,
}) => {
  const missing = await request.get('/api/v1/events/no-such-event/ics');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toContain('no-such-event');

  for (const url of [
    '/feeds/events.ics?lang=fr',
    '/feeds/events.ics?lang=vi&lang=en',
    '/api/v1/events/hoi-cho-ocop-xuan-dinh-mui-2027/ics?lang=fr',
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect((await response.json()).issues[0].parameter, url).toBe('lang');
  }

  const post = await request.post('/feeds/events.ics');
  expect(post.status()).toBe(405);
});
