import { test, expect, type Page } from '@playwright/test';
import { UI, bodyRows, countStatus, format, loadSampleWorkspace, openSection, plural } from './support/desk';

const uk = UI.uk;

function trashLink(page: Page) {
  return page.getByRole('navigation', { name: uk.common.nav.label }).getByRole('link', { name: new RegExp(`^${uk.common.nav.trash}`) });
}

async function openContact(page: Page, name: string): Promise<void> {
  await page.getByRole('table', { name: uk.contacts.title }).getByRole('row', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${name}$`) })).toBeVisible();
}

async function moveToTrash(page: Page): Promise<void> {
  await page.getByRole('button', { name: uk.contacts.detail.moveToTrash }).click();
  await expect(page.getByRole('heading', { level: 1, name: uk.contacts.title })).toBeVisible();
}

test.describe('trash', () => {
  test('delete, undo, restore and delete forever a contact', async ({ page }) => {
    await loadSampleWorkspace(page);
    const contacts = page.getByRole('table', { name: uk.contacts.title });
    const trashed = format(uk.trash.movedToTrash, { name: 'Ігор Терехов' });

    // Delete, then Undo from the notification.
    await openContact(page, 'Ігор Терехов');
    await moveToTrash(page);
    const notice = page.getByRole('alert').filter({ hasText: trashed });
    await expect(notice).toBeVisible();
    await expect(countStatus(page)).toHaveText('8 контактів');
    await expect(trashLink(page)).toHaveAccessibleName(`${uk.common.nav.trash} ${plural('uk', uk.common.nav, 'trashCount', 1)}`);
    await notice.getByRole('button', { name: uk.trash.undo }).click();
    await expect(notice).toBeHidden();
    await expect(countStatus(page)).toHaveText('9 контактів');
    await expect(contacts.getByRole('row', { name: /Ігор Терехов/ })).toBeVisible();
    await expect(trashLink(page)).toHaveAccessibleName(uk.common.nav.trash);

    // Delete again: it waits in the Trash, counted in the sidebar.
    await openContact(page, 'Ігор Терехов');
    await moveToTrash(page);
    await expect(contacts.getByRole('row', { name: /Ігор Терехов/ })).toHaveCount(0);
    await expect(trashLink(page)).toHaveAccessibleName('Кошик 1 запис у кошику');
    await expect(trashLink(page)).toContainText('1');

    await openSection(page, 'uk', 'trash');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('1 запис у кошику');
    const trash = page.getByRole('table', { name: uk.trash.title });
    await expect(bodyRows(trash)).toHaveCount(1);
    await expect(trash.getByRole('row', { name: /Ігор Терехов/ })).toContainText(uk.trash.kinds.contacts);

    // Restore: back in the list, Trash empty, no badge.
    await trash.getByRole('button', { name: format(uk.trash.restoreNamed, { name: 'Ігор Терехов' }) }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(uk.trash.nothing);
    await expect(trashLink(page)).toHaveAccessibleName(uk.common.nav.trash);
    await openSection(page, 'uk', 'contacts');
    await expect(contacts.getByRole('row', { name: /Ігор Терехов/ })).toBeVisible();

    // Delete forever, after a confirmation that can be cancelled.
    await openContact(page, 'Ігор Терехов');
    await moveToTrash(page);
    await openSection(page, 'uk', 'trash');
    const purge = trash.getByRole('button', { name: format(uk.trash.purgeNamed, { name: 'Ігор Терехов' }) });
    await purge.click();
    const dialog = page.getByRole('dialog', { name: uk.trash.confirm.title });
    await expect(dialog).toContainText(plural('uk', uk.trash.confirm, 'body', 1));
    await dialog.getByRole('button', { name: uk.trash.confirm.cancel }).click();
    await expect(dialog).toBeHidden();
    await expect(trash.getByRole('row', { name: /Ігор Терехов/ })).toBeVisible();

    await purge.click();
    await dialog.getByRole('button', { name: uk.trash.confirm.purge }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(uk.trash.nothing);
    await expect(trashLink(page)).toHaveAccessibleName(uk.common.nav.trash);

    await openSection(page, 'uk', 'contacts');
    await expect(countStatus(page)).toHaveText('8 контактів');
    await expect(contacts.getByRole('row', { name: /Терехов/ })).toHaveCount(0);
    // Gone for good: a reload does not bring it back.
    await page.reload();
    await expect(countStatus(page)).toHaveText('8 контактів');
  });

  test('deleting an organization forever clears it from its people', async ({ page }) => {
    await loadSampleWorkspace(page);
    await openSection(page, 'uk', 'organizations');
    await page.getByRole('table', { name: uk.organizations.title }).getByRole('row', { name: /Харківська міська рада/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Харківська міська рада' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Люди: 1' }).getByRole('link', { name: 'Ігор Терехов' })).toBeVisible();
    await page.getByRole('button', { name: uk.organizations.detail.moveToTrash }).click();
    await expect(page.getByRole('heading', { level: 1, name: uk.organizations.title })).toBeVisible();
    await expect(countStatus(page)).toHaveText('10 організацій');

    await openSection(page, 'uk', 'trash');
    const trash = page.getByRole('table', { name: uk.trash.title });
    await expect(trash.getByRole('row', { name: /Харківська міська рада/ })).toContainText(uk.trash.kinds.organizations);
    await trash.getByRole('button', { name: format(uk.trash.purgeNamed, { name: 'Харківська міська рада' }) }).click();
    await page.getByRole('dialog', { name: uk.trash.confirm.title }).getByRole('button', { name: uk.trash.confirm.purge }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(uk.trash.nothing);

    // The person stays, without an organization.
    await openSection(page, 'uk', 'contacts');
    const row = page.getByRole('table', { name: uk.contacts.title }).getByRole('row', { name: /Ігор Терехов/ });
    await expect(row).not.toContainText('Харківська міська рада');
    await openContact(page, 'Ігор Терехов');
    await expect(page.getByRole('term').filter({ hasText: uk.contacts.fields.organization })).toHaveCount(0);
    await page.getByRole('link', { name: uk.contacts.detail.edit }).click();
    await expect(page.getByRole('combobox', { name: uk.contacts.fields.organization })).toHaveValue('');
  });
});
