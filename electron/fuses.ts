/**
 * Electron's fuses, flipped in the packaged binary by electron-builder's afterPack hook (built to
 * dist/build/after-pack.cjs by `npm run build`, named in electron-builder.yml). With them off, the
 * shipped executable cannot be turned into a plain Node (ELECTRON_RUN_AS_NODE), be handed code through
 * NODE_OPTIONS or --inspect, or load an app.asar someone swapped or a loose app folder beside it:
 * each would run code with the main process's access to the token, the PIN pepper and the printer.
 */
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import { join } from 'node:path';

export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
} satisfies FuseV1Config;

/** What afterPack needs of electron-builder's context (AfterPackContext). */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** The executable electron-builder just packed, where the fuse wire lives. */
export function packedExecutable({ appOutDir, electronPlatformName, packager }: PackedApp): string {
  switch (electronPlatformName) {
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
  }
}

/** electron-builder's afterPack hook: runs before signing, as fuses must. */
export async function afterPack(context: PackedApp): Promise<void> {
  await flipFuses(packedExecutable(context), FUSES);
}
