import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '#shared/ipc/bridge-key';
import type { IpcInvoke } from '#shared/ipc/contract';
import { createBridge } from './bridge';

// ipcRenderer.invoke is untyped; the contract types each channel's request and result.
const invoke: IpcInvoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args);

contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(invoke));
