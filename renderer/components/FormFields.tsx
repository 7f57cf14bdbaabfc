/** Pieces forms share: a labelled choice list, a required reason, and the list of what is wrong. */

export function SelectField({
  label,
  value,
  options,
  onChange,
  short = false,
}: {
  label: string;
  value: string;
  options: readonly (readonly [value: string, label: string])[];
  onChange: (value: string) => void;
  short?: boolean;
}) {
  return (
    <label className={short ? 'short' : undefined}>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The reason an act needs before a manager approves it (a discount, a refund). */
export function ReasonField({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (reason: string) => void;
  placeholder: string;
}) {
  return (
    <label>
      <span className="required">Alasan</span>
      <input
        aria-label={label}
        aria-required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
      />
    </label>
  );
}

export function FormProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="form-problems" role="alert">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
