import { useId, type KeyboardEvent, type ReactNode } from 'react';
import './tabs.css';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

/**
 * A tab list with one panel holding the active tab's content (WAI-ARIA tabs pattern): the tabs are
 * one Tab stop, arrows / Home / End move between them and show the tab at once, Tab goes on into
 * the panel. Only the active content is rendered.
 */
export function Tabs<K extends string>({
  label,
  tabs,
  active,
  onChange,
  children,
}: {
  label: string;
  tabs: Array<TabItem<K>>;
  active: K;
  onChange(next: K): void;
  children: ReactNode;
}) {
  const base = useId();
  const tabId = (key: K) => `${base}-tab-${key}`;
  const panelId = `${base}-panel`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const next = tabs[target]!.key;
    onChange(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            id={tabId(tab.key)}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab.key === active}
            aria-controls={panelId}
            tabIndex={tab.key === active ? 0 : -1}
            onClick={() => onChange(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {/* Focusable: the panel starts with a heading, not with something to operate. */}
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(active)} tabIndex={0} className="tab-panel">
        {children}
      </div>
    </div>
  );
}
