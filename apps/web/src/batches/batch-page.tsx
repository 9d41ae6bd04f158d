import { Alert, Button, Card, Progress, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showDateTime } from '../common/local-time';
import { BATCH_ACTION_LABELS, ITEM_STATUS_LABELS } from './batch-labels';

const POLL_MS = 1000;

/**
 * One batch: a progress bar and each case's result (已完成 / 未执行 and why). The batch runs on the
 * server, so a reload or a closed page loses nothing; 继续执行 runs what is left, never a case twice.
 */
export default function BatchPage() {
  const { campaignId = '', batchId = '' } = useParams();
  const queryClient = useQueryClient();
  const [resumeError, setResumeError] = useState<unknown>(null);
  const batch = useQuery({
    queryKey: ['batch', campaignId, batchId],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/batches/{batchId}', { params: { path: { campaignId, batchId } } }),
      ),
    refetchInterval: (query) => (query.state.data?.running ? POLL_MS : false),
  });
  const data = batch.data;
  const done = data ? data.succeeded + data.refused : 0;
  const unfinished = data ? data.pending + data.failed : 0;

  async function resume() {
    setResumeError(null);
    try {
      const view = await unwrap(
        api.POST('/campaigns/{campaignId}/batches/{batchId}/resume', {
          params: { path: { campaignId, batchId } },
        }),
      );
      queryClient.setQueryData(['batch', campaignId, batchId], view);
      await queryClient.invalidateQueries({ queryKey: ['cases', campaignId] });
    } catch (caught) {
      setResumeError(caught);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        批量操作 · {data ? BATCH_ACTION_LABELS[data.action] : ''}
      </Typography.Title>
      <Link to={`/campaigns/${campaignId}/cases`}>返回案件列表</Link>
      <ApiErrorAlert error={batch.error ?? resumeError} />
      {data && (
        <Card size="small">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>开始于 {showDateTime(data.createdAt)}</Typography.Text>
            <Progress
              percent={data.total === 0 ? 100 : Math.floor((done * 100) / data.total)}
              status={data.running ? 'active' : unfinished > 0 ? 'exception' : 'normal'}
              aria-label="批量进度"
            />
            <Typography.Text data-testid="batch-summary">
              共 {data.total} 个：已完成 {data.succeeded} 个，未执行 {data.refused} 个，待执行 {unfinished} 个
              {data.running ? '（执行中…）' : ''}
            </Typography.Text>
            {!data.running && unfinished > 0 && (
              <Alert
                type="warning"
                showIcon
                title={`还有 ${unfinished} 个案件未执行完（页面关闭或服务重启时中断）。`}
                action={<Button onClick={() => void resume()}>继续执行</Button>}
              />
            )}
            {!data.running && unfinished === 0 && (
              <Space>
                <Alert type="success" showIcon title="批量操作已执行完毕" />
                <Button onClick={() => void resume()}>再次执行</Button>
              </Space>
            )}
          </Space>
        </Card>
      )}
      <Table
        rowKey="communityId"
        size="small"
        loading={batch.isLoading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        columns={[
          {
            title: '社区',
            dataIndex: 'communityName',
            render: (name: string, item) => (
              <Link to={`/campaigns/${campaignId}/cases/${item.communityId}`}>{name}</Link>
            ),
          },
          {
            title: '结果',
            dataIndex: 'status',
            render: (status: string) => (
              <Tag color={ITEM_STATUS_LABELS[status]?.color}>
                {ITEM_STATUS_LABELS[status]?.text ?? status}
              </Tag>
            ),
          },
          {
            title: '原因',
            key: 'why',
            render: (_: unknown, item) =>
              item.code && item.status !== 'SUCCEEDED'
                ? errorText({
                    status: item.status === 'FAILED' ? 503 : 409,
                    code: item.code,
                    message: item.message ?? '',
                    details: item.details ?? {},
                    correlationId: null,
                  })
                : '',
          },
        ]}
      />
    </Space>
  );
}
