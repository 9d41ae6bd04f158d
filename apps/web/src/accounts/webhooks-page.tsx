import { useState } from 'react';
import { Alert, Button, Drawer, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DOMAIN_EVENT_TYPES } from '@app/domain';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showProblems } from '../common/form-problems';
import { showDateTime } from '../common/local-time';

type Webhook = components['schemas']['WebhookView'];
type Delivery = components['schemas']['DeliveryView'];
type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

const EVENT_LABELS: Record<string, string> = {
  '*': '全部事件',
  'case.stage_changed': '阶段变化',
  'case.submission_received': '收到提交',
  'case.award_granted': '授予称号',
  'case.deadline_missed': '逾期',
  'notification.created': '新通知',
};
const DELIVERY_STATUS: Record<string, { label: string; color: string }> = {
  PENDING: { label: '待重试', color: 'gold' },
  DELIVERED: { label: '已送达', color: 'green' },
  FAILED: { label: '失败', color: 'red' },
};

interface CreateValues {
  name: string;
  url: string;
  eventTypes: string[];
  campaignId?: string;
}

function CreateWebhookDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (values: CreateValues) =>
      unwrap(api.POST('/webhooks', { body: { ...values, campaignId: values.campaignId?.trim() || null } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
    onError: (error) => showProblems(form, error),
  });
  const close = () => {
    create.reset();
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={open}
      title="新建推送订阅"
      okText={create.data ? '完成' : '创建'}
      cancelText="取消"
      okButtonProps={{ loading: create.isPending }}
      onCancel={close}
      onOk={() => (create.data ? close() : form.submit())}
    >
      <ApiErrorAlert error={create.error} shownFields={['name', 'url', 'eventTypes', 'campaignId']} />
      {create.data ? (
        <Alert
          type="warning"
          showIcon
          title="签名密钥（只显示这一次，请配置到接收方）"
          description={
            <Typography.Text code copyable>
              {create.data.secret}
            </Typography.Text>
          }
        />
      ) : (
        <Form
          form={form}
          name="create-webhook"
          layout="vertical"
          onFinish={(values) => create.mutate(values)}
        >
          <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
            <Input placeholder="如 区综治中心" />
          </Form.Item>
          <Form.Item name="url" label="接收地址" rules={[{ required: true, message: '请填写接收地址' }]}>
            <Input placeholder="https://" />
          </Form.Item>
          <Form.Item
            name="eventTypes"
            label="事件"
            rules={[{ required: true, message: '请至少选择一种事件' }]}
          >
            <Select
              mode="multiple"
              options={['*', ...DOMAIN_EVENT_TYPES].map((value) => ({
                value,
                label: EVENT_LABELS[value] ?? value,
              }))}
            />
          </Form.Item>
          <Form.Item name="campaignId" label="只推送此活动（编号）" extra="留空为全部活动（仅系统管理员）">
            <Input />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function Deliveries({ webhook }: { webhook: Webhook }) {
  const [status, setStatus] = useState<DeliveryStatus | undefined>();
  const { data, error, isFetching } = useQuery({
    queryKey: ['webhooks', webhook.id, 'deliveries', status],
    queryFn: () =>
      unwrap(
        api.GET('/webhooks/{id}/deliveries', {
          params: { path: { id: webhook.id }, query: { status, limit: 100 } },
        }),
      ),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select<DeliveryStatus>
        aria-label="送达状态"
        allowClear
        placeholder="全部状态"
        style={{ width: 160 }}
        value={status}
        onChange={setStatus}
        options={Object.entries(DELIVERY_STATUS).map(([value, s]) => ({
          value: value as DeliveryStatus,
          label: s.label,
        }))}
      />
      <ApiErrorAlert error={error} />
      <Table<Delivery>
        aria-label="推送记录"
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '事件', dataIndex: 'type', render: (t: string) => EVENT_LABELS[t] ?? t },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={DELIVERY_STATUS[s]?.color}>{DELIVERY_STATUS[s]?.label ?? s}</Tag>
            ),
          },
          { title: '尝试次数', dataIndex: 'attempts' },
          { title: '最近错误', dataIndex: 'lastError', render: (e: string | null) => e ?? '' },
          { title: '送达时间', dataIndex: 'deliveredAt', render: (at: string | null) => showDateTime(at) },
          { title: '产生时间', dataIndex: 'createdAt', render: (at: string) => showDateTime(at) },
        ]}
      />
    </Space>
  );
}

/** 推送订阅: webhook subscriptions of my office, their deliveries, and switching one off. */
export default function WebhooksPage() {
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [viewing, setViewing] = useState<Webhook | null>(null);
  const { data, error, isLoading } = useQuery({
    queryKey: ['webhooks'],
    queryFn: () => unwrap(api.GET('/webhooks')),
  });
  const deactivate = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/webhooks/{id}', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          推送订阅
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          新建订阅
        </Button>
      </Space>
      <ApiErrorAlert error={error ?? deactivate.error} />
      <Table<Webhook>
        rowKey="id"
        loading={isLoading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '接收地址', dataIndex: 'url' },
          {
            title: '事件',
            dataIndex: 'eventTypes',
            render: (types: string[]) => types.map((t) => EVENT_LABELS[t] ?? t).join('、'),
          },
          { title: '活动', dataIndex: 'campaignId', render: (id: string | null) => id ?? '全部' },
          {
            title: '状态',
            dataIndex: 'active',
            render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>),
          },
          { title: '创建时间', dataIndex: 'createdAt', render: (at: string) => showDateTime(at) },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, w) => (
              <Space size="small">
                <Button size="small" onClick={() => setViewing(w)}>
                  推送记录
                </Button>
                {w.active && (
                  <Button size="small" danger onClick={() => deactivate.mutate(w.id)}>
                    停用
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CreateWebhookDialog open={creating} onClose={() => setCreating(false)} />
      <Drawer
        open={viewing !== null}
        size="large"
        title={`推送记录：${viewing?.name ?? ''}`}
        onClose={() => setViewing(null)}
        destroyOnHidden
      >
        {viewing && <Deliveries webhook={viewing} />}
      </Drawer>
    </Space>
  );
}
