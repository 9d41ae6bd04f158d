import { Alert, Button, Card, Popconfirm, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { batchItemText } from '../api/error-text';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showDateTime } from '../common/local-time';
import { BATCH_ACTION_LABELS, ITEM_STATUS_LABELS } from './batch-labels';

// Half a second: a batch of 200 finishes in seconds, and each poll reads only the counts and one page.
const POLL_MS = 500;
const PAGE_SIZE = 50;

type ItemStatus = components['schemas']['BatchItemStatus'];

/**
 * One batch: a progress bar, its counts and one page of its cases' results (已完成 / 被拒绝 and why …),
 * filtered by result if asked. A poll reads the counts and the page on screen, never the whole batch. The
 * batch runs on the server, so a reload or a closed page loses nothing; 继续执行 runs what is left, never
 * a case twice; 停止 ends it for good (what is left shows as 未执行).
 */
export default function BatchPage() {
  const { campaignId = '', batchId = '' } = useParams();
  const queryClient = useQueryClient();
  const [actionError, setActionError] = useState<unknown>(null);
  const [status, setStatus] = useState<ItemStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const key = ['batch', campaignId, batchId];
  const batch = useQuery({
    queryKey: [...key, { status, page }],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/batches/{batchId}', {
          params: {
            path: { campaignId, batchId },
            query: { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
          },
        }),
      ),
    refetchInterval: (query) => (query.state.data?.running ? POLL_MS : false),
  });
  const data = batch.data;
  const done = data ? data.succeeded + data.refused + data.notRun : 0;
  const unfinished = data ? data.pending + data.failed : 0;
  const stopped = data !== undefined && data.stoppedAt !== null;

  async function act(path: 'resume' | 'stop') {
    setActionError(null);
    try {
      const params = { params: { path: { campaignId, batchId } } };
      await unwrap(
        path === 'stop'
          ? api.POST('/campaigns/{campaignId}/batches/{batchId}/stop', params)
          : api.POST('/campaigns/{campaignId}/batches/{batchId}/resume', params),
      );
      await queryClient.invalidateQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: ['cases', campaignId] });
    } catch (caught) {
      setActionError(caught);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        批量操作 · {data ? BATCH_ACTION_LABELS[data.action] : ''}
      </Typography.Title>
      <Link to={`/campaigns/${campaignId}/cases`}>返回案件列表</Link>
      <ApiErrorAlert error={batch.error ?? actionError} />
      {data && (
        <Card size="small">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>开始于 {showDateTime(data.createdAt)}</Typography.Text>
            <Progress
              percent={data.total === 0 ? 100 : Math.floor((done * 100) / data.total)}
              status={data.running ? 'active' : unfinished > 0 || stopped ? 'exception' : 'normal'}
              aria-label="批量进度"
            />
            <Typography.Text data-testid="batch-summary">
              共 {data.total} 个：已完成 {data.succeeded} 个，被拒绝 {data.refused} 个，待执行 {unfinished} 个
              {data.notRun > 0 ? `，未执行 ${data.notRun} 个` : ''}
              {data.running ? (stopped ? '（停止中…）' : '（执行中…）') : ''}
            </Typography.Text>
            {!stopped && unfinished > 0 && (
              <Popconfirm
                title="停止后，尚未执行的案件不再执行，此批量操作也不能继续执行。确定停止？"
                okText="停止"
                cancelText="取消"
                onConfirm={() => void act('stop')}
              >
                <Button danger>停止</Button>
              </Popconfirm>
            )}
            {stopped && (
              <Alert
                type="info"
                showIcon
                title={
                  data.running
                    ? `停止中：正在执行的 ${unfinished} 个案件完成并记录后停止；${data.notRun} 个案件未执行。`
                    : `已于 ${showDateTime(data.stoppedAt)} 停止：${data.notRun} 个案件未执行。如需处理，请在案件列表中对它们重新发起批量操作。`
                }
              />
            )}
            {!stopped && !data.running && unfinished > 0 && (
              <Alert
                type="warning"
                showIcon
                title={`还有 ${unfinished} 个案件未执行完（页面关闭或服务重启时中断）。`}
                action={<Button onClick={() => void act('resume')}>继续执行</Button>}
              />
            )}
            {!stopped && !data.running && unfinished === 0 && (
              <Space>
                <Alert type="success" showIcon title="批量操作已执行完毕" />
                <Button onClick={() => void act('resume')}>再次执行</Button>
              </Space>
            )}
          </Space>
        </Card>
      )}
      <label>
        只看{' '}
        <Select
          aria-label="只看结果"
          allowClear
          placeholder="全部结果"
          style={{ width: 180 }}
          value={status}
          onChange={(value?: ItemStatus) => {
            setStatus(value);
            setPage(1);
          }}
          options={Object.entries(ITEM_STATUS_LABELS).map(([value, { text }]) => ({ value, label: text }))}
        />
      </label>
      <Table
        rowKey="position"
        size="small"
        loading={batch.isLoading}
        dataSource={data?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.itemsTotal ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
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
            render: (result: string) => (
              <Tag color={ITEM_STATUS_LABELS[result]?.color}>
                {ITEM_STATUS_LABELS[result]?.text ?? result}
              </Tag>
            ),
          },
          {
            title: '原因',
            key: 'why',
            render: (_: unknown, item) =>
              item.code && (item.status === 'REFUSED' || item.status === 'FAILED')
                ? batchItemText({
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
