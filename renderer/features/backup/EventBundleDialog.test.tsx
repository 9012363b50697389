// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test-support/render';
import { EventBundleDialog } from './EventBundleDialog';
import { backupHarness, button, click, fakePort, field, fieldError, text, type, waitForText, type BackupHarness } from './backup-test-harness';

const mount = backupHarness();
let harness: BackupHarness | null = null;
afterEach(async () => {
  await harness?.mounted.unmount();
  harness = null;
  document.body.innerHTML = '';
});

describe('handing an event over to another laptop', () => {
  it('says what goes in, requires a passphrase, and saves an encrypted bundle named after the event', async () => {
    const { port } = fakePort();
    harness = await mount(<EventBundleDialog eventId="e0" onClose={() => undefined} />, port, 'uk');
    await waitForText('Він містить: 3 контакти, 2 організації, 1 подія і 5 зустрічей.');
    expect(port.selectEventBundle).toHaveBeenCalledWith('e0');
    await click(button('Зберегти пакет'));
    await waitFor(() => expect(fieldError('Парольна фраза')).toBe('Введіть парольну фразу.'));
    expect(harness.saved).toEqual([]);
    await type(field('Парольна фраза'), 'Warsaw-handover');
    await type(field('Повторіть парольну фразу'), 'Warsaw-handover');
    await click(button('Зберегти пакет'));
    await waitFor(() => expect(harness!.saved).toHaveLength(1));
    expect(harness.saved[0]!.name).toBe('ReBuild Ukraine - Warsaw.ddbundle');
    expect(port.write).toHaveBeenCalledWith(expect.anything(), { kind: 'bundle', title: 'ReBuild Ukraine: Warsaw', passphrase: 'Warsaw-handover' });
    expect(text()).toContain('Пакет збережено як ReBuild Ukraine - Warsaw.ddbundle.');
  });
});
