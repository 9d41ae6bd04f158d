import { useState } from 'react';
import { Badge, Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { BellOutlined, LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useSession, useUser } from '../auth/session-context';
import { navigationFor, ROLE_LABELS, selectedNav } from './navigation';

/** Unread in-app notifications, refreshed every half minute and after marking one read. */
export function useUnreadCount(): number {
  const { data } = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => unwrap(api.GET('/notifications', { params: { query: { unread: true, limit: 1 } } })),
    refetchInterval: 30_000,
  });
  return data?.unread ?? 0;
}

/** The frame of every signed-in page: the role's menu, the notifications bell with 未读, sign-out. */
export function AppLayout() {
  const user = useUser();
  const { signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const unread = useUnreadCount();
  const wide = screens.lg ?? true;
  const items = navigationFor(user.role).map((item) => ({
    key: item.path,
    label: <Link to={item.path}>{item.label}</Link>,
  }));
  const menu = (
    <Menu
      mode={wide ? 'horizontal' : 'inline'}
      selectedKeys={[selectedNav(user.role, location.pathname) ?? '']}
      items={items}
      onClick={() => setDrawerOpen(false)}
      style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
      aria-label="主菜单"
    />
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: wide ? '0 24px' : '0 8px',
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        {!wide && (
          <Button
            type="text"
            aria-label="打开菜单"
            icon={<MenuOutlined />}
            onClick={() => setDrawerOpen(true)}
            style={{ minWidth: 44, minHeight: 44 }}
          />
        )}
        <Link to="/" style={{ fontWeight: 600, fontSize: 16, color: '#c41d1d', whiteSpace: 'nowrap' }}>
          创建工作台
        </Link>
        {wide ? menu : <div style={{ flex: 1 }} />}
        <Space size={wide ? 'middle' : 'small'}>
          <Link to="/notifications" aria-label={`通知，未读 ${unread} 条`}>
            <Badge count={unread} size="small" title={`未读 ${unread}`}>
              <BellOutlined style={{ fontSize: 20, padding: 12 }} />
            </Badge>
          </Link>
          {wide && (
            <Typography.Text>
              {user.displayName} · {ROLE_LABELS[user.role] ?? user.role}
            </Typography.Text>
          )}
          <Button
            type="text"
            icon={<LogoutOutlined />}
            aria-label="退出登录"
            style={{ minWidth: 44, minHeight: 44 }}
            onClick={() => {
              signOut();
              void navigate('/login');
            }}
          >
            {wide ? '退出' : null}
          </Button>
        </Space>
      </Layout.Header>
      {!wide && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          title={`${user.displayName}`}
          width={260}
        >
          {menu}
        </Drawer>
      )}
      <Layout.Content style={{ padding: wide ? 24 : 12, maxWidth: 1400, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
