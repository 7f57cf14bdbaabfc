import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** What Tab may land on inside a dialog. */
const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * The one modal dialog: a native <dialog> opened with showModal, so the browser makes the page
 * behind it inert and stacks dialogs opened over one another. Tab stays inside it, and Escape runs
 * `cancel` — the command its "Esc" button runs — instead of the browser closing it behind React's back.
 */
export function Modal({
  label,
  className,
  alert = false,
  focusSelf = false,
  cancel,
  children,
}: {
  label: string;
  className?: string;
  /** A question that interrupts (role alertdialog). */
  alert?: boolean;
  /** Focus the dialog, not its first control: a question answered by Enter does not press a button by it. */
  focusSelf?: boolean;
  cancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const mounted = useRef(false);
  // The content mounts into the open dialog, so its autoFocus and focusing effects take.
  const [open, setOpen] = useState(false);
  useLayoutEffect(() => {
    const dialog = ref.current!;
    mounted.current = true;
    dialog.showModal();
    if (focusSelf) dialog.focus();
    setOpen(true);
    return () => {
      mounted.current = false;
      dialog.close();
    };
  }, [focusSelf]);
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Tab') keepTabInside(event);
  };
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      role={alert ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-label={label}
      tabIndex={focusSelf ? -1 : undefined}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
      // A close request the browser would not let be cancelled: open again unless the cancel command closed it.
      onClose={(event) => {
        const dialog = event.currentTarget;
        queueMicrotask(() => mounted.current && !dialog.open && dialog.showModal());
      }}
    >
      {open && children}
    </dialog>
  );
}

/** From the last control Tab goes round to the first, and Shift+Tab from the first to the last. */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>): void {
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.matches(':disabled') && el.getClientRects().length > 0,
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  const wrapTo = event.shiftKey
    ? active === first || active === event.currentTarget
      ? last
      : null
    : active === last
      ? first
      : null;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}
