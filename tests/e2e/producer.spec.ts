import { expect, test } from '@playwright/test';

test('a buyer goes from a product to its supplier, sees wholesale terms, products and how to reach them', async ({
  page,
}) => {
  await page.goto('/en/products/nam-linh-chi-duc-nhuan');
  await page.getByRole('link', { name: 'See the supplier page' }).click();
  await expect(page).toHaveURL(/\/en\/producers\/htx-nam-duc-nhuan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Đức Nhuận Mushroom Cooperative',
  );

  const wholesale = page.getByRole('region', { name: 'Wholesale terms' });
  await expect(wholesale).toContainText('Takes wholesale orders');
  await expect(wholesale).toContainText('From 5 kg of dried lingzhi');
  await expect(wholesale).toContainText('5 days');

  const products = page.getByRole('region', { name: 'OCOP products' });
  await expect(products.getByRole('article')).toHaveCount(1);
  await expect(products).toContainText('best rating 4 stars');

  const contact = page.getByRole('complementary', { name: 'Contact' });
  await expect(contact.getByRole('link', { name: '0900 000 006' })).toHaveAttribute(
    'href',
    'tel:0900000006',
  );
  await expect(contact.getByRole('link', { name: '0900000006' })).toHaveAttribute(
    'href',
    'https://zalo.me/0900000006',
  );
  await expect(contact.getByRole('link', { name: 'namducnhuan@example.com' })).toHaveAttribute(
    'href',
    'mailto:namducnhuan@example.com',
  );
  await expect(contact.getByRole('link', { name: 'Google Maps' })).toHaveAttribute(
    'href',
    /google\.com\/maps\/dir\/\?api=1&destination=/,
  );
  await expect(contact.getByRole('link', { name: 'OpenStreetMap' })).toHaveAttribute(
    'href',
    /openstreetmap\.org/,
  );

  await expect(
    page
      .getByRole('region', { name: 'Fairs and market sessions, past and coming' })
      .getByRole('article'),
  ).not.toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Where their products are sold' }).getByRole('listitem'),
  ).not.toHaveCount(0);

  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (t) => JSON.parse(t),
  );
  expect(jsonLd.find((d) => d['@type'] === 'Organization')).toMatchObject({
    makesOffer: [expect.objectContaining({ '@type': 'Offer' })],
  });
});

test('a household business without wholesale says so, and the former address is shown', async ({
  page,
}) => {
  await page.goto('/vi/producers/tho-cam-y-hoa');
  await expect(page.getByRole('region', { name: 'Điều kiện bán sỉ' })).toContainText(
    'Chưa nhận đơn hàng sỉ',
  );
  await expect(page.getByRole('complementary', { name: 'Liên hệ' })).toContainText(
    'Địa chỉ cũ (trước 7/2025)',
  );
});
