import type { IpcHandler } from '../ipc';

/** The parts of an Electron `Notification` this handler drives. */
export interface ShownNotification {
  show(): void;
  on(event: 'click' | 'close', listener: () => void): unknown;
}

/** The parts of Electron's `Notification` class: a factory and the OS support check. */
export interface NotificationFactory {
  isSupported(): boolean;
  create(options: { title: string; body: string; silent: boolean }): ShownNotification;
}

/**
 * Shows a desktop notification (a follow-up falling due). Clicking it brings the app's window
 * forward. Shown notifications are held until closed or clicked: one that is garbage-collected
 * early loses its click handler on some platforms.
 */
export function createNotifyHandler(notifications: NotificationFactory, onClick: () => void): IpcHandler<'app:notify'> {
  const shown = new Set<ShownNotification>();
  return ({ title, body }) => {
    if (!notifications.isSupported()) return 'unsupported';
    const notification = notifications.create({ title, body, silent: false });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      onClick();
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
    return 'shown';
  };
}
