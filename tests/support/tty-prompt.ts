/**
 * Runs a command on a real pseudo-terminal (`script`) and types each answer once its question is
 * on the screen, as a person at the console would; resolves with everything the screen showed.
 */
import { spawn } from 'node:child_process';

export function answerPrompts(
  command: string,
  env: NodeJS.ProcessEnv,
  questions: readonly RegExp[],
  answers: readonly string[],
): Promise<string> {
  const waiting = [...questions];
  const typed = [...answers];
  return new Promise<string>((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { env });
    let screen = '';
    child.stdout.on('data', (chunk: Buffer) => {
      screen += String(chunk);
      while (waiting[0]?.test(screen)) {
        waiting.shift();
        child.stdin.write(`${typed.shift()}\r`);
      }
    });
    child.on('close', () => resolve(screen));
  });
}
