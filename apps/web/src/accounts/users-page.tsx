import { useState } from 'react';
import { Button, Drawer, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ROLE_LABELS } from '../app/navigation';
import { useUser } from '../auth/session-context';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showDateTime } from '../common/local-time';
import { ImportPanel, multipart } from '../common/spreadsheet-upload';
import {
  CreateUserDialog,
  DisableUserDialog,
  EditUserDialog,
  OncePassword,
  roleOptions,
  type User,
} from './user-dialogs';

const PAGE_SIZE = 20;

interface Filters {
  q?: string;
  role?: components['schemas']['UserView']['role'];
  status?: 'ACTIVE' | 'DISABLED';
}

type Shown = { username: string; password: string }[];

function GeneratedPasswords({ shown, onClose }: { shown: Shown; onClose: () => void }) {
  return (
    <Modal open={shown.length > 0} title="初始密码" footer={null} onCancel={onClose}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {shown.map((p) => (
          <OncePassword key={p.username} username={p.username} password={p.password} />
        ))}
      </Space>
    </Modal>
  );
}

/** 账号管理: the accounts I manage (an ORGANIZER: those inside its jurisdiction), paged on the server. */
export default function UsersPage() {
  const actor = useUser();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [disabling, setDisabling] = useState<User | null>(null);
  const [shown, setShown] = useState<Shown>([]);
  const { data, error, isFetching } = useQuery({
    queryKey: ['users', filters, page],
    queryFn: () =>
      unwrap(
        api.GET('/users', {
          params: { query: { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const enable = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/users/{id}/enable', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  const reset = useMutation({
    mutationFn: (user: User) =>
      unwrap(api.POST('/users/{id}/password', { params: { path: { id: user.id } }, body: {} })),
    onSuccess: (answer) =>
      setShown([{ username: answer.user.username, password: answer.generatedPassword ?? '' }]),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          账号管理
        </Typography.Title>
        <Space>
          <Button onClick={() => setImporting(true)}>从 Excel 批量导入</Button>
          <Button type="primary" onClick={() => setCreating(true)}>
            新建账号
          </Button>
        </Space>
      </Space>
      <Form<Filters>
        name="user-filter"
        layout="inline"
        onFinish={(values) => {
          setFilters({ ...values, q: values.q?.trim() || undefined });
          setPage(1);
        }}
      >
        <Form.Item name="q" label="用户名或姓名">
          <Input allowClear />
        </Form.Item>
        <Form.Item name="role" label="角色">
          <Select allowClear style={{ width: 140 }} options={roleOptions('ADMIN')} />
        </Form.Item>
        <Form.Item name="status" label="状态">
          <Select
            allowClear
            style={{ width: 110 }}
            options={[
              { value: 'ACTIVE', label: '正常' },
              { value: 'DISABLED', label: '已停用' },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">查询</Button>
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error ?? enable.error ?? reset.error} />
      <Table<User>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 1000 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 个账号`,
          onChange: setPage,
        }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'role', render: (role: string) => ROLE_LABELS[role] ?? role },
          {
            title: '管辖范围',
            dataIndex: 'scope',
            render: (scope: User['scope']) => (scope ? `${scope.name}（${scope.id}）` : '全部'),
          },
          {
            title: '状态',
            dataIndex: 'status',
            render: (status: string, u) =>
              status === 'ACTIVE' ? (
                <Tag color="green">正常</Tag>
              ) : (
                <Tag color="red" title={u.disabledReason ?? undefined}>
                  已停用
                </Tag>
              ),
          },
          { title: '更新时间', dataIndex: 'updatedAt', render: (at: string) => showDateTime(at) },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, u) => (
              <Space size="small" wrap>
                <Button size="small" onClick={() => setEditing(u)}>
                  修改
                </Button>
                <Button size="small" onClick={() => reset.mutate(u)} aria-label={`重置 ${u.username} 的密码`}>
                  重置密码
                </Button>
                {u.status === 'ACTIVE' ? (
                  <Button
                    size="small"
                    danger
                    onClick={() => setDisabling(u)}
                    aria-label={`停用 ${u.username}`}
                  >
                    停用
                  </Button>
                ) : (
                  <Button size="small" onClick={() => enable.mutate(u.id)} aria-label={`启用 ${u.username}`}>
                    启用
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CreateUserDialog
        open={creating}
        actorRole={actor.role}
        onClose={() => setCreating(false)}
        onCreated={(answer) => {
          setCreating(false);
          if (answer.generatedPassword)
            setShown([{ username: answer.user.username, password: answer.generatedPassword }]);
        }}
      />
      <EditUserDialog user={editing} actorRole={actor.role} onClose={() => setEditing(null)} />
      <DisableUserDialog user={disabling} onClose={() => setDisabling(null)} />
      <GeneratedPasswords shown={shown} onClose={() => setShown([])} />
      <Drawer open={importing} title="从 Excel 批量导入账号" size="large" onClose={() => setImporting(false)}>
        <ImportPanel
          templateKind="users"
          templateLabel="用户账号"
          send={(file) => unwrap(api.POST('/users/import', multipart(file)))}
          onDone={() => void queryClient.invalidateQueries({ queryKey: ['users'] })}
          result={(answer) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text strong>已导入 {answer.imported} 个账号</Typography.Text>
              {answer.generatedPasswords.length > 0 && (
                <Table
                  aria-label="自动生成的初始密码"
                  size="small"
                  rowKey="username"
                  pagination={false}
                  dataSource={answer.generatedPasswords}
                  columns={[
                    { title: '行', dataIndex: 'row', width: 60 },
                    { title: '用户名', dataIndex: 'username' },
                    { title: '初始密码（只显示这一次）', dataIndex: 'password' },
                  ]}
                />
              )}
            </Space>
          )}
        />
      </Drawer>
    </Space>
  );
}
