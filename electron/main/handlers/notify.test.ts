import { describe, expect, it, vi } from 'vitest';
import { createNotifyHandler, type NotificationFactory, type ShownNotification } from './notify';

function fakeNotifications(supported = true) {
  const created: { options: { title: string; body: string }; notification: ShownNotification; emit: (event: string) => void }[] = [];
  const factory: NotificationFactory = {
    isSupported: () => supported,
    create: (options) => {
      const listeners = new Map<string, () => void>();
      const notification = { show: vi.fn(), on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)) };
      created.push({ options, notification, emit: (event) => listeners.get(event)?.() });
      return notification;
    },
  };
  return { factory, created };
}

describe('app:notify handler', () => {
  it('shows one OS notification with the given title and body', async () => {
    const { factory, created } = fakeNotifications();
    const result = await createNotifyHandler(factory, vi.fn())({ title: 'Follow-up due', body: 'Send the forum programme — Kharkiv' });
    expect(result).toBe('shown');
    expect(created).toHaveLength(1);
    expect(created[0]!.options).toMatchObject({ title: 'Follow-up due', body: 'Send the forum programme — Kharkiv' });
    expect(created[0]!.notification.show).toHaveBeenCalledTimes(1);
  });

  it('brings the window forward when the notification is clicked', async () => {
    const { factory, created } = fakeNotifications();
    const onClick = vi.fn();
    await createNotifyHandler(factory, onClick)({ title: 'Follow-up due', body: '' });
    expect(onClick).not.toHaveBeenCalled();
    created[0]!.emit('click');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('answers unsupported, showing nothing, where the OS has no notifications', async () => {
    const { factory, created } = fakeNotifications(false);
    expect(await createNotifyHandler(factory, vi.fn())({ title: 'Follow-up due', body: '' })).toBe('unsupported');
    expect(created).toHaveLength(0);
  });
});
