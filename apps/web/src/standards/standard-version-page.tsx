import { Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showDateTime } from '../common/local-time';
import { downloadStandard } from './standard-download';
import { APPLIES_LABELS, rowsOf, type ItemRow } from './standard-rows';

/** One version of a standard in full: its items by category and its tiers, with export and 新建版本. */
export default function StandardVersionPage() {
  const { code = '', version = '' } = useParams();
  const { data, error, isLoading } = useQuery({
    queryKey: ['standards', code, version],
    queryFn: () =>
      unwrap(api.GET('/standards/{code}/versions/{version}', { params: { path: { code, version } } })),
  });
  const exporting = useMutation({
    mutationFn: () => downloadStandard(code, Number(version), data?.title ?? code),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {data ? `${data.title}（第 ${data.version} 版）` : '创建标准'}
        </Typography.Title>
        <Space>
          <Button onClick={() => exporting.mutate()} loading={exporting.isPending}>
            导出 Excel
          </Button>
          <Link to={`/standards/new?from=${encodeURIComponent(code)}&version=${version}`}>
            <Button type="primary">以此新建版本</Button>
          </Link>
        </Space>
      </Space>
      <ApiErrorAlert error={error ?? exporting.error} />
      {data && (
        <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="标准编码">{data.code}</Descriptions.Item>
          <Descriptions.Item label="称号">{data.titleKind}</Descriptions.Item>
          <Descriptions.Item label="创建时间">{showDateTime(data.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="等次" span={3}>
            {data.tiers.map((tier) => (
              <Tag key={tier.name}>
                {tier.name} ≥ {tier.minTotal} 分
              </Tag>
            ))}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Table<ItemRow>
        aria-label="考核细则"
        rowKey="key"
        size="small"
        loading={isLoading}
        dataSource={data ? rowsOf(data.categories) : []}
        pagination={false}
        scroll={{ x: 1000 }}
        columns={[
          { title: '类别', dataIndex: 'categoryTitle', render: (t: string, r) => `${r.categoryCode} ${t}` },
          { title: '指标编码', dataIndex: 'code' },
          { title: '指标内容', dataIndex: 'title' },
          { title: '分值', dataIndex: 'maxScore' },
          { title: '计分步长', dataIndex: 'scoreStep' },
          {
            title: '适用社区',
            dataIndex: 'appliesTo',
            render: (a: ItemRow['appliesTo']) => APPLIES_LABELS[a],
          },
          {
            title: '一票否决',
            dataIndex: 'veto',
            render: (v: boolean) => (v ? <Tag color="red">是</Tag> : '否'),
          },
          { title: '佐证材料', dataIndex: 'evidence' },
        ]}
      />
    </Space>
  );
}
