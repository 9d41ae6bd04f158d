import { Button, Empty, List, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { LocalTime } from '../common/case-display';
import { consolePath } from '../todo/todo-page';

const KINDS: Record<string, { label: string; color: string }> = {
  BEFORE: { label: '提醒', color: 'blue' },
  OVERDUE: { label: '逾期', color: 'red' },
  ESCALATION: { label: '督办', color: 'volcano' },
  CHASE: { label: '催办', color: 'orange' },
};

/** 通知: reminders, overdue notices, escalations and chases, newest first; each opens the page it is about. */
export default function NotificationsPage() {
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error, isLoading } = useQuery({
    queryKey: ['notifications', 'list', unreadOnly],
    queryFn: () =>
      unwrap(api.GET('/notifications', { params: { query: { unread: unreadOnly, limit: 100 } } })),
  });
  async function markRead(id: string) {
    await unwrap(api.POST('/notifications/{id}/read', { params: { path: { id } } }));
    await queryClient.invalidateQueries({ queryKey: ['notifications'] });
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        通知（未读 {data?.unread ?? 0}）
      </Typography.Title>
      <Segmented<string>
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => setUnreadOnly(value === 'unread')}
        options={[
          { label: '全部', value: 'all' },
          { label: '未读', value: 'unread' },
        ]}
      />
      <ApiErrorAlert error={error} />
      {isLoading && <Skeleton active />}
      {data?.items.length === 0 && <Empty description="暂无通知" />}
      <List
        dataSource={data?.items ?? []}
        renderItem={(item) => (
          <List.Item
            actions={[
              item.link ? (
                <Link
                  key="open"
                  to={consolePath(item.link)}
                  onClick={() => item.readAt === null && void markRead(item.id)}
                >
                  查看
                </Link>
              ) : null,
              item.readAt === null ? (
                <Button key="read" type="link" onClick={() => void markRead(item.id)}>
                  标为已读
                </Button>
              ) : null,
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag color={KINDS[item.kind]?.color}>{KINDS[item.kind]?.label ?? item.kind}</Tag>
                  <Typography.Text strong={item.readAt === null}>{item.title}</Typography.Text>
                  {item.readAt === null && <Tag color="red">未读</Tag>}
                </Space>
              }
              description={
                <span>
                  {item.body} · <LocalTime value={item.createdAt} />
                </span>
              }
            />
          </List.Item>
        )}
      />
    </Space>
  );
}
