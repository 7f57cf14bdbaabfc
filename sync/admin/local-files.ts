/**
 * The admin's side of files: the file a command reads is read here, where the command was typed,
 * and a report's file is written here, so a command sent to the running server reads and writes
 * the same files as one run on the database directly.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { inputFileOf, type AdminCommand, type AdminRequest, type AdminResult } from './admin-request';
import { AdminError } from './output';
import type { SecretKind } from './pin-prompt';

/** The command with its file's text and the secret it needs from `askSecret`: `staff add`'s PIN, `user add`'s and `user reset`'s password. */
export async function prepareRequest(
  command: AdminCommand,
  askSecret: (kind: SecretKind) => Promise<string>,
): Promise<AdminRequest> {
  const file = inputFileOf(command);
  const fileText = file === undefined ? undefined : await readText(file);
  const pin = command.name === 'staff-add' ? await askSecret('pin') : undefined;
  const password =
    command.name === 'user-add' || command.name === 'user-reset' ? await askSecret('password') : undefined;
  return {
    command,
    ...(fileText === undefined ? {} : { fileText }),
    ...(pin === undefined ? {} : { pin }),
    ...(password === undefined ? {} : { password }),
  };
}

/** Writes the result's files, if any; returns the text to print. */
export async function deliverResult(result: AdminResult): Promise<string> {
  for (const file of [...(result.output ? [result.output] : []), ...(result.files ?? [])]) {
    try {
      await writeFile(file.path, 'base64' in file && file.base64 ? Buffer.from(file.text, 'base64') : file.text);
    } catch (error) {
      throw new AdminError(`Berkas ${file.path} tidak bisa ditulis: ${fileProblem(error)}`);
    }
  }
  return result.text;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new AdminError(`Berkas ${path} tidak bisa dibaca: ${fileProblem(error)}`);
  }
}

function fileProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'berkas atau foldernya tidak ada.';
    case 'EACCES':
    case 'EPERM':
      return 'tidak ada izin.';
    case 'EISDIR':
      return 'itu folder, bukan berkas.';
    default:
      return (error as Error).message;
  }
}
