import { Badge, Card, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { DueText } from '../common/case-display';

/** Console links are served under /console; the router's paths are relative to it. */
export function consolePath(link: string): string {
  return link.startsWith('/console/') ? link.slice('/console'.length) : link;
}

/** 待办: what waits for me now, soonest deadline first, each linking to the page to do it on. */
export default function TodoPage() {
  const { data, error, isLoading } = useQuery({
    queryKey: ['my', 'todo'],
    queryFn: () => unwrap(api.GET('/my/todo')),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        待办 {data && <Badge count={data.length} showZero color={data.length > 0 ? 'red' : 'gray'} />}
      </Typography.Title>
      <ApiErrorAlert error={error} />
      {isLoading && <Skeleton active />}
      {data?.length === 0 && <Empty description="暂无待办事项" />}
      <List
        dataSource={data ?? []}
        renderItem={(item) => (
          <Link to={consolePath(item.link)} style={{ display: 'block', marginBottom: 12 }}>
            <Card size="small" hoverable>
              <Space orientation="vertical" size={4}>
                <Space wrap>
                  <Typography.Text strong>{item.title}</Typography.Text>
                  {item.overdue && <Tag color="red">逾期</Tag>}
                </Space>
                <Typography.Text type="secondary">{item.subject}</Typography.Text>
                {item.dueAt && (
                  <span>
                    截止：
                    <DueText dueAt={item.dueAt} />
                  </span>
                )}
              </Space>
            </Card>
          </Link>
        )}
      />
    </Space>
  );
}
