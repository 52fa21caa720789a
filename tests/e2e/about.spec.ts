import { expect, test } from '@playwright/test';
import { loadSampleContent } from './fixtures';

test('About explains stars and bands, groups, the cycle, this year’s rounds and who does what', async ({
  page,
}) => {
  const { dataset, today } = await loadSampleContent();
  await page.goto('/vi/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Về Chương trình OCOP');

  const table = page.getByRole('table', { name: 'Hạng sao theo tổng điểm' });
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(table.getByRole('row', { name: /5 sao/ })).toContainText('Điểm 90 đến 100');
  await expect(table.getByRole('row', { name: /4 sao/ })).toContainText('Điểm 70 đến dưới 90');
  await expect(table.getByRole('row', { name: /2 sao/ })).toContainText('Không');

  const groups = page.getByRole('region', { name: 'Sáu nhóm sản phẩm' });
  await expect(groups.getByRole('heading', { level: 3 })).toHaveCount(
    dataset.groupScheme.groups.length,
  );
  await expect(groups).toContainText('Sinh vật cảnh');

  const year = Number(today.slice(0, 4));
  const rounds = page.getByRole('region', { name: `Các đợt đánh giá năm ${year}` });
  const roundsThisYear = dataset.rounds.filter((r) => r.year === year);
  await expect(rounds.getByRole('heading', { level: 3 })).toHaveCount(roundsThisYear.length);
  for (const round of roundsThisYear.filter((r) => r.decisionNumber)) {
    await expect(rounds).toContainText(round.decisionNumber!);
  }

  await expect(
    page.getByRole('region', { name: 'Chu trình OCOP hằng năm' }).getByRole('listitem'),
  ).toHaveCount(6);
  await expect(page.getByRole('region', { name: 'Ai làm gì' })).toContainText(
    'Sở Công Thương tỉnh Quảng Ngãi',
  );
});

test('About in English', async ({ page }) => {
  await page.goto('/en/about');
  await expect(
    page
      .getByRole('table', { name: 'Star rating by total score' })
      .getByRole('row', { name: /3 stars/ }),
  ).toContainText('Yes');
  await expect(page.getByRole('region', { name: 'Six product groups' })).toContainText(
    'Ornamental plants and animals',
  );
});
