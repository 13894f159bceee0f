import { useEffect, useRef, useState } from 'react';

/** An announcement kept as a template, so it follows a language switch. */
export interface ChangeStatus<M> {
  template(messages: M): string;
  name: string;
}

/**
 * What a list page does after its own add, edit or delete: announce it, reload the list, and move
 * the focus to `focusId` once the reloaded rows are on screen (the element may not exist before).
 */
export function useAfterChange<M>(list: { loading: boolean; value: unknown }, reload: () => void) {
  const [status, setStatus] = useState<ChangeStatus<M> | null>(null);
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (list.loading || !target) return;
    pendingFocus.current = null;
    document.getElementById(target)?.focus();
  }, [list.loading, list.value]);

  const afterChange = (template: (messages: M) => string, name: string, focusId: string) => {
    setStatus({ template, name });
    pendingFocus.current = focusId;
    reload();
  };
  return { status, afterChange };
}
