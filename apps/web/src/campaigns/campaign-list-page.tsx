import { useEffect } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { useUser } from '../auth/session-context';
import { ApiErrorAlert } from '../common/api-error-alert';
import { LocalTime } from '../common/case-display';

const STATUS: Record<string, { label: string; color: string }> = {
  DRAFT: { label: '草稿', color: 'default' },
  LAUNCHED: { label: '进行中', color: 'green' },
  CANCELLED: { label: '已取消', color: 'red' },
};

/** The campaigns in my jurisdiction; an observer with one campaign goes straight to its dashboard. */
export default function CampaignListPage() {
  const user = useUser();
  const navigate = useNavigate();
  const { data, error, isLoading } = useQuery({
    queryKey: ['campaigns'],
    queryFn: () => unwrap(api.GET('/campaigns', { params: { query: { limit: 100 } } })),
  });
  const manage = user.role === 'ORGANIZER' || user.role === 'ADMIN';
  useEffect(() => {
    const launched = data?.items.filter((c) => c.status === 'LAUNCHED') ?? [];
    if (user.role === 'OBSERVER' && launched.length === 1) {
      void navigate(`/campaigns/${launched[0].id}/dashboard`, { replace: true });
    }
  }, [data, navigate, user.role]);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {manage ? '创建活动' : '数据看板'}
        </Typography.Title>
        {manage && (
          <Link to="/campaigns/new">
            <Button type="primary">发起创建活动</Button>
          </Link>
        )}
      </Space>
      <ApiErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={isLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        columns={[
          {
            title: '活动名称',
            dataIndex: 'title',
            render: (title: string, c) => <Link to={`/campaigns/${c.id}`}>{title}</Link>,
          },
          { title: '称号', dataIndex: 'titleKind' },
          { title: '年度', dataIndex: 'year' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.label ?? s}</Tag>,
          },
          {
            title: '发布时间',
            dataIndex: 'launchedAt',
            render: (at: string | null) => <LocalTime value={at} />,
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, c) =>
              c.status === 'DRAFT' ? null : (
                <Space>
                  {manage && <Link to={`/campaigns/${c.id}/cases`}>案件</Link>}
                  <Link to={`/campaigns/${c.id}/dashboard`}>看板</Link>
                </Space>
              ),
          },
        ]}
      />
    </Space>
  );
}
