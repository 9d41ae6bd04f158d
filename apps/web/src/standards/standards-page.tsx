import { Button, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showDateTime } from '../common/local-time';
import { downloadStandard } from './standard-download';

type Summary = components['schemas']['StandardSummaryView'];

/** 创建标准: every version of every standard (newest first within a code); versions are never edited. */
export default function StandardsPage() {
  const { data, error, isLoading } = useQuery({
    queryKey: ['standards'],
    queryFn: () => unwrap(api.GET('/standards')),
  });
  const rows = [...(data ?? [])].sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          创建标准
        </Typography.Title>
        <Link to="/standards/new">
          <Button type="primary">新建标准（可从 Excel 导入）</Button>
        </Link>
      </Space>
      <ApiErrorAlert error={error} />
      <Table<Summary>
        rowKey="id"
        loading={isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        columns={[
          { title: '标准编码', dataIndex: 'code' },
          { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
          {
            title: '名称',
            dataIndex: 'title',
            render: (title: string, s) => (
              <Link to={`/standards/${s.code}/versions/${s.version}`}>{title}</Link>
            ),
          },
          { title: '称号', dataIndex: 'titleKind' },
          { title: '创建时间', dataIndex: 'createdAt', render: (at: string) => showDateTime(at) },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, s) => (
              <Space size="small">
                <Link to={`/standards/new?from=${encodeURIComponent(s.code)}&version=${s.version}`}>
                  以此新建版本
                </Link>
                <Button
                  size="small"
                  type="link"
                  onClick={() => void downloadStandard(s.code, s.version, s.title)}
                >
                  导出 Excel
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
