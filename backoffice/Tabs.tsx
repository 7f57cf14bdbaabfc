/** A view's screens as tabs: the one shown is marked as the current page. */
export function Tabs(props: {
  label: string;
  screens: readonly { key: string; label: string }[];
  shown: string;
  onPick: (key: string) => void;
}) {
  return (
    <nav className="tabs no-print" aria-label={props.label}>
      {props.screens.map((s) => (
        <button
          key={s.key}
          type="button"
          aria-current={s.key === props.shown ? 'page' : undefined}
          onClick={() => props.onPick(s.key)}
        >
          {s.label}
        </button>
      ))}
    </nav>
  );
}
