import { contextBridge, ipcRenderer } from 'electron';

// The whole bridge: one function. The renderer cannot reach ipcRenderer or any Node API.
contextBridge.exposeInMainWorld('kanalenregister', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('kanalenregister:invoke', method, input),
});
