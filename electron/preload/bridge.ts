import type { Bridge, IpcInvoke } from '#shared/ipc/contract';

/**
 * Builds `window.delegationDesk`: one method per contract channel, each a single invoke.
 * Only types come from the contract, so the sandboxed preload bundle carries no zod.
 * The page never gets `ipcRenderer` itself, so it can reach no channel outside this list.
 */
export function createBridge(invoke: IpcInvoke): Bridge {
  return Object.freeze({
    getAppInfo: () => invoke('app:info'),
    openExternal: (url: string) => invoke('app:openExternal', url),
    notify: ({ title, body }) => invoke('app:notify', { title, body }),
    saveFile: ({ name, mimeType, bytes }) => invoke('file:save', { name, mimeType, bytes }),
    printToPdf: ({ landscape }) => invoke('pdf:printPage', { landscape }),
    configureSyncTarget: (connection) =>
      invoke(
        'sync:configureTarget',
        connection.kind === 'webdav'
          ? {
              kind: 'webdav',
              id: connection.id,
              baseUrl: connection.baseUrl,
              username: connection.username,
              ...(connection.password === undefined ? {} : { password: connection.password }),
            }
          : { kind: 'folder', id: connection.id, folderPath: connection.folderPath },
      ),
    syncTargetStatus: ({ targetId }) => invoke('sync:targetStatus', { targetId }),
    forgetSyncTarget: ({ targetId }) => invoke('sync:forgetTarget', { targetId }),
    chooseSyncFolder: () => invoke('sync:chooseFolder'),
    probeSyncTarget: ({ targetId, folder }) => invoke('sync:probe', { targetId, folder }),
    putSyncFiles: ({ targetId, files }) =>
      invoke('sync:put', {
        targetId,
        files: files.map(({ path, bytes, contentHash, replacePartial, mimeType }) => ({ path, bytes, contentHash, replacePartial, mimeType })),
      }),
    chooseBackupFolder: () => invoke('backup:chooseFolder'),
    backupFolderStatus: () => invoke('backup:folderStatus'),
    writeScheduledBackup: ({ fileName, bytes, keep }) => invoke('backup:writeScheduled', { fileName, bytes, keep }),
  } satisfies Bridge);
}
