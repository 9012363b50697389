import { test } from '@playwright/test';
test('explore', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Завантажити демонстраційні дані' }).click();
  await page.getByRole('table', { name: 'Контакти' }).waitFor();
  console.log(await page.locator('body').ariaSnapshot());
  await page.getByRole('button', { name: 'Стовпці' }).click();
  console.log(await page.locator('body').ariaSnapshot());
  await page.keyboard.press('Escape');
  await page.getByRole('row').nth(3).click();
  await page.getByRole('button', { name: 'Редагувати' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  console.log(await page.locator('main').ariaSnapshot());
});
