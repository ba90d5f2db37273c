import { useState } from 'react';
import type { ReactNode } from 'react';
import { Icon } from './ui/Icon.tsx';

export interface PanelTab {
  id: string;
  label: string;
  /** Shown after the label, e.g. a count of attached sources, or a component counting open flags live. */
  badge?: ReactNode;
  render: () => ReactNode;
}

interface SidePanelProps {
  tabs: PanelTab[];
  /** The shown tab, when the app switches tabs itself (an evidence card opening a source). */
  activeTab?: string;
  onTabChange?: (id: string) => void;
  /** Closes the panel where it is a drawer (narrow windows); the button shows only there. */
  onClose?: () => void;
}

/** The right-hand panel. Tabs are data so the claims and fact-box panels can join as entries. */
export function SidePanel({ tabs, activeTab, onTabChange, onClose }: SidePanelProps) {
  const [ownActive, setOwnActive] = useState(tabs[0]?.id ?? '');
  const active = activeTab ?? ownActive;
  const setActive = onTabChange ?? setOwnActive;
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <section className="side-panel" aria-label="Side panel">
      <div className="tabs-row">
      <div className="tabs" role="tablist">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`tabpanel-${tab.id}`}
            className="tab"
            title={tab.label}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
            {tab.badge && <span className="tab-badge">{tab.badge}</span>}
          </button>
        ))}
      </div>
      {onClose && (
        <button type="button" className="icon-button drawer-close" aria-label="Close the side panel" title="Close (Esc)" onClick={onClose}>
          <Icon name="close" />
        </button>
      )}
      </div>
      {current && (
        <div className="tab-panel" role="tabpanel" id={`tabpanel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
          {current.render()}
        </div>
      )}
    </section>
  );
}
