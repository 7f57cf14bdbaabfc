import type { FormEvent } from 'react';

/** A form's onSubmit: the page does not navigate, and `run` does the work (a promise it returns is not awaited). */
export function submitHandler(run: () => unknown): (event: FormEvent) => void {
  return (event) => {
    event.preventDefault();
    void run();
  };
}
