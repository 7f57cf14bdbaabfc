import type { ReactNode } from 'react';

/** One of a few choices as a row of buttons: a radio group whose chosen button shows pressed. */
export function RadioButtons<T extends string>({
  className,
  label,
  value,
  choices,
  onChange,
}: {
  className: string;
  label: string;
  value: T | null;
  choices: readonly (readonly [choice: T, text: ReactNode])[];
  onChange: (choice: T) => void;
}) {
  return (
    <div className={className} role="radiogroup" aria-label={label}>
      {choices.map(([choice, text]) => (
        <button
          key={choice}
          type="button"
          role="radio"
          aria-checked={choice === value}
          className={choice === value ? 'active' : undefined}
          onClick={() => onChange(choice)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
