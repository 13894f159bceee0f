import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A native <dialog> shown modally: the browser traps focus, Esc closes it and the page
 * behind it is inert, which is what WCAG asks of a modal.
 */
export function ModalDialog({
  title,
  open,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="modal">
      <h2 id={titleId}>{title}</h2>
      {open ? children : null}
    </dialog>
  );
}
