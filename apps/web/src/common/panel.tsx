import type { CSSProperties, ReactNode } from 'react';
import './panel.css';

/**
 * A titled box like antd's small Card, in plain elements and CSS: Card brings Tabs, Menu and Dropdown
 * (its tab list) and Skeleton with it, ~20 kB of gzipped JavaScript on the inspector's phone for a border.
 */
export function Panel({
  title,
  children,
  style,
}: {
  title?: ReactNode;
  children: ReactNode;
  style?: CSSProperties;
}) {
  return (
    <section className="cj-panel" style={style}>
      {title !== undefined && <header className="cj-panel-title">{title}</header>}
      <div className="cj-panel-body">{children}</div>
    </section>
  );
}

/** What a page shows while its data loads (antd's Skeleton comes with Card's weight, see Panel). */
export function Loading() {
  return (
    <div className="cj-loading" role="status">
      加载中…
    </div>
  );
}
