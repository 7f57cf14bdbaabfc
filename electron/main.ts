/**
 * Electron's main process, kept thin: window, single instance, kiosk, the app:// protocol that
 * serves the built renderer with its CSP, and the bridge's IPC. Every decision it makes is a plain
 * function in electron/ with its own tests; this file only wires them to Electron.
 */
import { app, BrowserWindow, ipcMain, Menu, net, protocol, safeStorage, screen, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { IPC_EVENT, IPC_INVOKE } from './ipc-names';
import { contentType, resolveRendererFile } from './renderer-files';
import { customerDisplayWindow } from './customer-display-window';
import {
  APP_ORIGIN,
  APP_SCHEME,
  isAllowedNavigation,
  isAllowedPermission,
  secureWebPreferences,
  SECURITY_HEADERS,
} from './security';
import { osSecretBox } from './secrets/secret-box';
import { createBridgeHost } from './terminal-host';
import { fitWindowState, MIN_SIZE, readWindowState, saveWindowState } from './window-state';
import type { Result } from '#domain/result';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) =>
      customerDisplayWindow(
        url,
        screen.getAllDisplays(),
        screen.getPrimaryDisplay().id,
        join(__dirname, 'preload.cjs'),
      ),
    );
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const userDataDir = app.getPath('userData');
  const rendererDir = join(__dirname, '..', 'renderer');
  const {
    registry,
    events,
    config: settings,
    close,
  } = createBridgeHost(userDataDir, 'electron', app.getVersion(), osSecretBox(safeStorage, userDataDir));
  const config = settings.current();
  app.on('will-quit', () => void close());
  if (app.isPackaged) Menu.setApplicationMenu(null);

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererFile(rendererDir, new URL(request.url).pathname);
    if (!file) return new Response('Tidak ditemukan', { status: 404, headers: SECURITY_HEADERS });
    const body = await net.fetch(pathToFileURL(file).href);
    return new Response(body.body, {
      status: 200,
      headers: { 'Content-Type': contentType(file), ...SECURITY_HEADERS },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, 'mediaTypes' in details ? (details.mediaTypes ?? []) : [])),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isAllowedPermission(permission, details.mediaType ? [details.mediaType] : []),
  );

  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, args: unknown): Promise<Result<unknown>> | Result<never> => {
    if (!isAllowedNavigation(event.senderFrame?.url ?? ''))
      return { ok: false, error: { code: 'forbidden', message: 'Permintaan dari halaman asing ditolak.' } };
    return registry.invoke(channel, args);
  });
  events.subscribe((name, payload) => mainWindow?.webContents.send(IPC_EVENT, name, payload));

  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const state = fitWindowState(readWindowState(userDataDir), areas);
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    kiosk: config.kiosk,
    fullscreen: config.fullscreen,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#f4f1ea',
    title: 'NTT Mart POS',
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  mainWindow = window;
  if (state.maximized && !config.kiosk) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    saveWindowState(userDataDir, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}
