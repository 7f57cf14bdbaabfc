/**
 * The admin's side of files: the file a command reads is read here, where the command was typed,
 * and a report's file is written here, so a command sent to the running server reads and writes
 * the same files as one run on the database directly.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { inputFileOf, type AdminCommand, type AdminRequest, type AdminResult } from './admin-request';
import { AdminError } from './output';

/** The command with its file's text and, for `staff add`, the PIN from `askPin`. */
export async function prepareRequest(command: AdminCommand, askPin: () => Promise<string>): Promise<AdminRequest> {
  const file = inputFileOf(command);
  const fileText = file === undefined ? undefined : await readText(file);
  const pin = command.name === 'staff-add' ? await askPin() : undefined;
  return { command, ...(fileText === undefined ? {} : { fileText }), ...(pin === undefined ? {} : { pin }) };
}

/** Writes the result's file, if any; returns the text to print. */
export async function deliverResult(result: AdminResult): Promise<string> {
  if (result.output) {
    try {
      await writeFile(result.output.path, result.output.text);
    } catch (error) {
      throw new AdminError(`Berkas ${result.output.path} tidak bisa ditulis: ${fileProblem(error)}`);
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
