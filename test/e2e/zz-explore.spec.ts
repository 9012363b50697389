import { test } from '@playwright/test';
import uk from '../../renderer/i18n/locales/uk/common.json' with { type: 'json' };
test('explore', async () => {
  console.log(uk.form.create);
});
