/** Exposes exactly the bridge contract as window.pos, nothing of Node or Electron itself. */
import { contextBridge, ipcRenderer } from 'electron';
import type { PosBridge } from '#bridge/bridge-contract';
import { IPC_EVENT, IPC_INVOKE } from './ipc-names';

const pos = {
  invoke(channel, ...args) {
    return ipcRenderer.invoke(IPC_INVOKE, channel, args);
  },
  on(event, listener) {
    const relay = (_event: unknown, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as never);
    };
    ipcRenderer.on(IPC_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, relay);
    };
  },
} satisfies PosBridge;

contextBridge.exposeInMainWorld('pos', pos);
