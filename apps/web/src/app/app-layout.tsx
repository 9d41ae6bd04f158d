import { useState } from 'react';
import { Button, Layout } from 'antd';
import { BellOutlined, LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useSession, useUser } from '../auth/session-context';
import { navigationFor, ROLE_LABELS, selectedNav } from './navigation';
import './app-layout.css';

/** Unread in-app notifications, refreshed every half minute and after marking one read. */
export function useUnreadCount(): number {
  const { data } = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => unwrap(api.GET('/notifications', { params: { query: { unread: true, limit: 1 } } })),
    refetchInterval: 30_000,
  });
  return data?.unread ?? 0;
}

/**
 * The frame of every signed-in page: the role's menu, the notifications bell with 未读, sign-out. Plain
 * links and CSS rather than antd's Menu and Drawer: it is on every page an inspector's phone loads.
 */
export function AppLayout() {
  const user = useUser();
  const { signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const current = selectedNav(user.role, location.pathname);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <header className="cj-header">
        <Button
          type="text"
          className="cj-menu-button"
          aria-label="打开菜单"
          aria-expanded={open}
          icon={<MenuOutlined />}
          onClick={() => setOpen(!open)}
        />
        <NavLink to="/" className="cj-brand">
          创建工作台
        </NavLink>
        <nav aria-label="主菜单" className={open ? 'cj-nav cj-nav-open' : 'cj-nav'}>
          {navigationFor(user.role).map((item) => (
            <NavLink
              key={item.path}
              to={item.path}
              className={item.path === current ? 'cj-nav-link cj-nav-current' : 'cj-nav-link'}
              onClick={() => setOpen(false)}
            >
              {item.label}
            </NavLink>
          ))}
        </nav>
        <NavLink to="/notifications" aria-label={`通知，未读 ${unread} 条`} className="cj-bell">
          <BellOutlined style={{ fontSize: 20 }} />
          {/* A plain count, not antd's Badge (its motion code on every page a phone loads). */}
          {unread > 0 && (
            <span className="cj-bell-count" title={`未读 ${unread}`}>
              {unread > 99 ? '99+' : unread}
            </span>
          )}
        </NavLink>
        <span className="cj-user">
          {user.displayName} · {ROLE_LABELS[user.role] ?? user.role}
        </span>
        <Button
          type="text"
          icon={<LogoutOutlined />}
          aria-label="退出登录"
          style={{ minWidth: 44, minHeight: 44 }}
          onClick={() => {
            signOut();
            void navigate('/login');
          }}
        />
      </header>
      <Layout.Content className="cj-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
