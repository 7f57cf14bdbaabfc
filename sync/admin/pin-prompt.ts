/**
 * A secret a command needs — the new staff member's PIN for `staff add`, a back-office user's
 * password for `user add` and `user reset` — never on the command line (it would stay in shell
 * history and the process list): typed twice at a hidden prompt, or, when stdin is not a
 * terminal (scripts, tests), its first line.
 */
import type { Readable, Writable } from 'node:stream';
import { AdminError } from './output';

type Input = Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

export type SecretKind = 'pin' | 'password';

const WORDS: Record<SecretKind, { ask: string; again: string; mismatch: string; missing: string }> = {
  pin: {
    ask: 'PIN staf baru (4–6 angka, tidak tampil): ',
    again: 'Ketik PIN itu sekali lagi: ',
    mismatch: 'Kedua PIN tidak sama; staf tidak ditambahkan. Jalankan perintahnya lagi.',
    missing: 'PIN tidak diberikan: ketik saat diminta, atau kirim di baris pertama stdin.',
  },
  password: {
    ask: 'Kata sandi (minimal 10 karakter, tidak tampil): ',
    again: 'Ketik kata sandi itu sekali lagi: ',
    mismatch: 'Kedua kata sandi tidak sama; tidak ada yang diubah. Jalankan perintahnya lagi.',
    missing: 'Kata sandi tidak diberikan: ketik saat diminta, atau kirim di baris pertama stdin.',
  },
};

export async function askSecret(
  kind: SecretKind,
  input: Input = process.stdin,
  output: Writable = process.stderr,
): Promise<string> {
  const words = WORDS[kind];
  if (!input.isTTY || !input.setRawMode) return firstLine(input, words.missing);
  const secret = await askHidden(input, output, words.ask);
  const again = await askHidden(input, output, words.again);
  if (secret !== again) throw new AdminError(words.mismatch);
  return secret;
}

async function firstLine(input: Readable, missing: string): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  const line = text.split(/\r?\n/)[0]!.trim();
  if (line === '') throw new AdminError(missing);
  return line;
}

/** Raw mode (set before the question shows, so an answer typed at once is not echoed): Enter ends, Backspace erases, Ctrl-C cancels. */
function askHidden(input: Input, output: Writable, question: string): Promise<string> {
  input.setRawMode!(true);
  input.resume();
  output.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (finish: () => void) => {
      input.off('data', onData);
      input.setRawMode!(false);
      input.pause();
      output.write('\n');
      finish();
    };
    const onData = (chunk: Buffer) => {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n') return done(() => resolve(typed));
        if (char === '\u0003') return done(() => reject(new AdminError('Dibatalkan.')));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}
