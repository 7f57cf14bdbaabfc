import type { ButtonHTMLAttributes, Ref } from 'react';
import { keyLabel, type Command } from '../commands/command';

/** A command's button: its key and words from the command, pressable when the command may run. */
export function CommandButton<C>({
  command,
  context,
  className,
  label = command.label,
  ...rest
}: {
  command: Command<C>;
  context: C;
  className?: string;
  /** Words for this place when they differ from the command's. */
  label?: string;
  ref?: Ref<HTMLButtonElement>;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'disabled' | 'className'>) {
  const pressable = command.enabled(context) && (command.pressable?.(context) ?? true);
  return (
    <button className={className} onClick={() => command.run(context)} disabled={!pressable} {...rest}>
      {command.key && <kbd>{keyLabel(command.key)}</kbd>} {label}
    </button>
  );
}
