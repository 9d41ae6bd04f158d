import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { useUser } from '../auth/session-context';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showProblems } from '../common/form-problems';
import { showDate } from '../common/local-time';

type Title = components['schemas']['TitleView'];
const PAGE_SIZE = 20;

interface Filters {
  communityId?: string;
  titleKind?: string;
}

/** 摘牌: the reason is required, the day defaults to today; the API audits it. */
function RevokeDialog({ title, onClose }: { title: Title | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string; revokedAt?: Dayjs }>();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (values: { reason: string; revokedAt?: Dayjs }) =>
      unwrap(
        api.POST('/titles/{id}/revoke', {
          params: { path: { id: title?.id ?? '' } },
          body: { reason: values.reason, revokedAt: values.revokedAt?.format('YYYY-MM-DD') },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['titles'] });
      form.resetFields();
      onClose();
    },
    onError: (error) => showProblems(form, error),
  });
  return (
    <Modal
      open={title !== null}
      title={`摘牌：${title?.communityId ?? ''} ${title?.titleKind ?? ''}（${title?.year ?? ''}）`}
      okText="确认摘牌"
      okButtonProps={{ danger: true, loading: revoke.isPending }}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ApiErrorAlert error={revoke.error} shownFields={['reason', 'revokedAt']} />
      <Form form={form} name="revoke-title" layout="vertical" onFinish={(values) => revoke.mutate(values)}>
        <Form.Item name="reason" label="摘牌理由" rules={[{ required: true, message: '请写明摘牌理由' }]}>
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
        <Form.Item name="revokedAt" label="摘牌日期（默认今天）">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 称号台账: the titles held in my jurisdiction, filtered and paged on the server, with 摘牌. */
export default function TitlesPage() {
  const user = useUser();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [revoking, setRevoking] = useState<Title | null>(null);
  const { data, error, isFetching } = useQuery({
    queryKey: ['titles', filters, page],
    queryFn: () =>
      unwrap(
        api.GET('/titles', {
          params: { query: { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const manage = user.role === 'ADMIN' || user.role === 'ORGANIZER';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          称号台账
        </Typography.Title>
        {manage && <Link to="/imports">导入往年称号</Link>}
      </Space>
      <Form<Filters>
        name="title-filter"
        layout="inline"
        onFinish={(values) => {
          setFilters({
            communityId: values.communityId?.trim() || undefined,
            titleKind: values.titleKind?.trim() || undefined,
          });
          setPage(1);
        }}
      >
        <Form.Item name="communityId" label="社区编码">
          <Input allowClear placeholder="如 c-01" />
        </Form.Item>
        <Form.Item name="titleKind" label="称号">
          <Input allowClear placeholder="如 平安社区" />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">查询</Button>
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} />
      <Table<Title>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
        columns={[
          { title: '社区编码', dataIndex: 'communityId' },
          { title: '称号', dataIndex: 'titleKind' },
          { title: '年度', dataIndex: 'year' },
          { title: '证书编号', dataIndex: 'certificateNumber' },
          {
            title: '有效期至',
            dataIndex: 'validUntil',
            render: (day: string | null) => (day ? showDate(day) : '长期'),
          },
          {
            title: '来源',
            dataIndex: 'source',
            render: (source: string) => (source === 'IMPORT' ? '往年导入' : '创建活动'),
          },
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, t) =>
              t.revokedAt ? (
                <Tag color="red" title={t.revokedReason ?? undefined}>
                  已摘牌（{showDate(t.revokedAt)}）
                </Tag>
              ) : (
                <Tag color="green">有效</Tag>
              ),
          },
          ...(manage
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  render: (_: unknown, t: Title) =>
                    t.revokedAt ? null : (
                      <Button size="small" danger onClick={() => setRevoking(t)}>
                        摘牌
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <RevokeDialog title={revoking} onClose={() => setRevoking(null)} />
    </Space>
  );
}
