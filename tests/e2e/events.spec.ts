import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { getUpcomingEvents } from '../../lib/events/timing';
import { loadSampleContent } from './fixtures';

const cancelled = {
  slug: 'phien-cho-ocop-ba-to-thang-12-2026',
  titleEn: 'Ba Tơ OCOP market session, December 2026',
};

test('a visitor finds the next fair, opens it and downloads it for their calendar', async ({
  page,
}) => {
  const { dataset } = await loadSampleContent();
  const nextFair = getUpcomingEvents(
    dataset.events.filter((e) => e.kind === 'fair' && e.status !== 'cancelled'),
    new Date(),
  )[0];
  test.skip(!nextFair, 'the sample content has no fair to come any more');
  const title = nextFair!.title.en!;

  await page.goto('/en/events');
  await page.getByRole('group', { name: 'Kind of event' }).getByLabel('Fair').check();
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/\/en\/events\?kind=fair(&|$)/);
  const cards = page.getByRole('article');
  await expect(cards.first()).toContainText(title);
  for (const text of await cards.allInnerTexts()) expect(text).toContain('Fair');

  await cards.first().getByRole('link').click();
  await expect(page).toHaveURL(`/en/events/${nextFair!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('region', { name: 'When' })).toContainText('Vietnam time (UTC+7)');
  await expect(
    page.getByRole('region', { name: 'Where' }).getByRole('link', { name: 'Google Maps' }),
  ).toHaveAttribute('href', /google\.com\/maps\/dir/);
  await expect(page.getByRole('link', { name: 'Add to Google Calendar' })).toHaveAttribute(
    'href',
    /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&/,
  );

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the calendar file (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${nextFair!.slug}.ics`);
  const ics = await readFile((await download.path())!, 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR/);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(ics).toContain(`UID:${nextFair!.slug}@`);
});

test('a cancelled event shows as cancelled everywhere', async ({ page, request }) => {
  const { dataset } = await loadSampleContent();
  const event = dataset.events.find((e) => e.slug === cancelled.slug)!;
  const isUpcoming = Date.parse(event.end) > Date.now();

  // The listing it belongs to, and the month calendar.
  await page.goto(`/en/events${isUpcoming ? '' : '?when=past'}`);
  const card = page.getByRole('article').filter({ hasText: cancelled.titleEn });
  await expect(card).toContainText('Cancelled');
  await page.goto('/en/events?view=calendar&month=2026-12');
  await expect(
    page.getByRole('table').getByRole('link', { name: `Cancelled: ${cancelled.titleEn}` }),
  ).toHaveCount(2);

  // The home page, when it is among the next three.
  const nextThree = getUpcomingEvents(dataset.events, new Date()).slice(0, 3);
  if (nextThree.some((e) => e.slug === cancelled.slug)) {
    await page.goto('/en');
    await expect(page.getByRole('article').filter({ hasText: cancelled.titleEn })).toContainText(
      'Cancelled',
    );
  }

  // Its page, with its structured data, and registration closed.
  await page.goto(`/en/events/${cancelled.slug}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'This event is cancelled.' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Booth registration' })).toContainText(
    'No registration: the event is cancelled.',
  );
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(
    jsonLd.some((text) => text.includes('"eventStatus":"https://schema.org/EventCancelled"')),
  ).toBe(true);

  // The API and the calendars.
  const api = await (await request.get(`/api/v1/events/${cancelled.slug}?lang=en`)).json();
  expect(api.status).toBe('cancelled');
  const ics = await (await request.get(`/api/v1/events/${cancelled.slug}/ics`)).text();
  expect(ics).toContain('STATUS:CANCELLED');
  const feed = await (await request.get('/feeds/events.ics')).text();
  const entry = feed
    .split('BEGIN:VEVENT')
    .find((block) => block.includes(`UID:${cancelled.slug}@`));
  expect(entry).toContain('STATUS:CANCELLED');
});

test('a past fair says registration closed after its deadline', async ({ page }) => {
  await page.goto('/en/events/hoi-cho-cong-thuong-va-ocop-quang-ngai-2025');
  await expect(page.getByText('This event is over.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Booth registration' })).toContainText(
    'Registration closed (deadline 15 Aug 2025, 17:00).',
  );
});

test('the listing offers the calendar feed to subscribe to', async ({ page }) => {
  await page.goto('/vi/events');
  await expect(page.getByRole('link', { name: 'Đăng ký lịch (webcal)' })).toHaveAttribute(
    'href',
    /^webcal:\/\/[^/]+\/feeds\/events\.ics\?lang=vi$/,
  );
  await expect(page.locator('link[rel="alternate"][type="text/calendar"]')).toHaveAttribute(
    'href',
    /\/feeds\/events\.ics\?lang=vi$/,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('past events, filters and the month calendar work as links and a form', async ({ page }) => {
    await page.goto('/vi/events');
    await page.getByRole('link', { name: 'Đã diễn ra' }).click();
    await expect(page).toHaveURL(/\/vi\/events\?when=past$/);
    await expect(page.getByRole('link', { name: 'Đã diễn ra' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.getByRole('group', { name: 'Khu vực' }).getByLabel('Phía Tây (Kon Tum cũ)').check();
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await expect(page).toHaveURL(/when=past/);
    await expect(page).toHaveURL(/region=west/);
    await expect(page.getByRole('article')).not.toHaveCount(0);

    await page.goto('/vi/events?view=calendar&month=2026-12');
    await expect(page.getByRole('heading', { level: 2, name: /tháng 12.*2026/i })).toBeVisible();
    await page.getByRole('link', { name: /Tháng sau/ }).click();
    await expect(page).toHaveURL(/month=2027-01/);
    await expect(
      page
        .getByRole('table')
        .getByRole('link', { name: /Hoãn: Phiên chợ OCOP Đăk Hà/ })
        .first(),
    ).toBeVisible();
  });

  test('a bad query is named and the rest still works', async ({ page }) => {
    await page.goto('/en/events?when=soon&kind=fair');
    await expect(page.getByRole('alert')).toContainText('when');
    await expect(page.getByRole('article').first()).toContainText('Fair');
  });
});

test.describe('events API', () => {
  test('lists upcoming events with times in the province offset', async ({ request }) => {
    const response = await request.get('/api/v1/events?lang=en&limit=3');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ page: 1, limit: 3 });
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
      expect(Date.parse(item.end)).toBeGreaterThan(Date.now());
      expect(item.venue).toEqual(
        expect.objectContaining({
          name: expect.any(String),
          lat: expect.any(Number),
          lng: expect.any(Number),
        }),
      );
      expect(item.url).toMatch(/\/en\/events\//);
    }
  });

  test('answers bad values with 400 JSON and unknown slugs with 404 JSON', async ({ request }) => {
    for (const query of [
      'from=2026-12-10&to=2026-12-01',
      'from=tomorrow',
      'when=soon',
      'area=atlantis',
    ]) {
      const response = await request.get(`/api/v1/events?${query}`);
      expect(response.status(), query).toBe(400);
      expect((await response.json()).error).toEqual(expect.any(String));
    }
    const missing = await request.get('/api/v1/events/no-such-event');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-type']).toContain('application/json');
  });
});
