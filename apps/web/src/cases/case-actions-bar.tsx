import { useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { ACTION_LABELS, CaseAction, inspectorConflict, type ConflictRule } from '@app/domain';
import { actionHeaders, api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showProblems } from '../common/form-problems';
import type { CaseFile } from './case-queries';
import { useCaseAction } from './use-case-action';
import { deadlineOf } from '../common/local-time';

type Dialog = 'RETURN' | 'ASSIGN' | 'EXTEND' | 'CHASE' | 'WITHDRAW' | null;

/** The actions the caller may take now, as buttons (the API's allowedActions, never guessed here). */
export function CaseActionsBar({ file, conflictRule }: { file: CaseFile; conflictRule: ConflictRule }) {
  const { state, allowedActions } = file;
  const ids = { campaignId: state.campaignId, communityId: state.communityId };
  const action = useCaseAction(ids.campaignId, ids.communityId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const can = (a: CaseAction) => allowedActions.includes(a);
  const path = { params: { path: ids }, headers: actionHeaders() };
  const open = (d: Dialog) => {
    action.clearError();
    setDialog(d);
  };

  return (
    <>
      <Space wrap>
        {can(CaseAction.ACCEPT_APPLICATION) && (
          <Popconfirm
            title="确认初审通过？"
            okText="通过"
            cancelText="取消"
            onConfirm={() =>
              action.run(
                () =>
                  unwrap(
                    api.POST('/campaigns/{campaignId}/cases/{communityId}/review', {
                      ...path,
                      body: { decision: 'ACCEPT', reasons: [] },
                    }),
                  ),
                '初审通过，进入自查',
              )
            }
          >
            <Button type="primary">{ACTION_LABELS.ACCEPT_APPLICATION}</Button>
          </Popconfirm>
        )}
        {can(CaseAction.RETURN_APPLICATION) && (
          <Button danger onClick={() => open('RETURN')}>
            {ACTION_LABELS.RETURN_APPLICATION}
          </Button>
        )}
        {can(CaseAction.ASSIGN_INSPECTORS) && (
          <Button type={state.inspectors.length === 0 ? 'primary' : 'default'} onClick={() => open('ASSIGN')}>
            {state.inspectors.length === 0 ? ACTION_LABELS.ASSIGN_INSPECTORS : '调整检查员'}
          </Button>
        )}
        {can(CaseAction.CONFIRM_SCORES) && (
          <Popconfirm
            title="确认评分并进入公示？"
            okText="确认"
            cancelText="取消"
            onConfirm={() =>
              action.run(
                () =>
                  unwrap(
                    api.POST('/campaigns/{campaignId}/cases/{communityId}/confirm-scores', {
                      ...path,
                      body: {},
                    }),
                  ),
                '评分已确认',
              )
            }
          >
            <Button type="primary">{ACTION_LABELS.CONFIRM_SCORES}</Button>
          </Popconfirm>
        )}
        {can(CaseAction.EXTEND_DEADLINE) && (
          <Button onClick={() => open('EXTEND')}>{ACTION_LABELS.EXTEND_DEADLINE}</Button>
        )}
        {can(CaseAction.CHASE) && <Button onClick={() => open('CHASE')}>{ACTION_LABELS.CHASE}</Button>}
        {can(CaseAction.WITHDRAW) && (
          <Button danger type="text" onClick={() => open('WITHDRAW')}>
            {ACTION_LABELS.WITHDRAW}
          </Button>
        )}
      </Space>
      {dialog === null && (
        <div style={{ marginTop: 12 }}>
          <ApiErrorAlert error={action.error} />
        </div>
      )}
      <ReasonDialog
        open={dialog === 'RETURN'}
        title="退回修改"
        label="退回理由（每行一条，社区将看到）"
        field="reasons"
        action={action}
        onClose={() => setDialog(null)}
        submit={(text) =>
          unwrap(
            api.POST('/campaigns/{campaignId}/cases/{communityId}/review', {
              ...path,
              body: {
                decision: 'RETURN',
                reasons: text
                  .split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean),
              },
            }),
          )
        }
        done="已退回，等待社区修改后重新申报"
      />
      <ReasonDialog
        open={dialog === 'CHASE'}
        title="催办"
        label="催办内容"
        field="message"
        action={action}
        onClose={() => setDialog(null)}
        submit={(text) =>
          unwrap(
            api.POST('/campaigns/{campaignId}/cases/{communityId}/chase', {
              ...path,
              body: { message: text },
            }),
          )
        }
        done="已催办"
      />
      <ReasonDialog
        open={dialog === 'WITHDRAW'}
        title="撤回案件"
        label="撤回理由"
        field="reason"
        action={action}
        onClose={() => setDialog(null)}
        submit={(text) =>
          unwrap(
            api.POST('/campaigns/{campaignId}/cases/{communityId}/withdraw', {
              ...path,
              body: { reason: text },
            }),
          )
        }
        done="案件已撤回"
      />
      {dialog === 'EXTEND' && <ExtendDialog file={file} action={action} onClose={() => setDialog(null)} />}
      {dialog === 'ASSIGN' && (
        <AssignDialog
          file={file}
          conflictRule={conflictRule}
          action={action}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}

type Action = ReturnType<typeof useCaseAction>;

function ReasonDialog(props: {
  open: boolean;
  title: string;
  label: string;
  field: string;
  action: Action;
  onClose: () => void;
  submit: (text: string) => Promise<unknown>;
  done: string;
}) {
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText="确定"
      cancelText="取消"
      confirmLoading={props.action.busy}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ApiErrorAlert error={props.action.error} shownFields={[props.field]} />
      <Form
        form={form}
        layout="vertical"
        onFinish={async ({ text }) => {
          const failed = await props.action.run(() => props.submit(text), props.done);
          if (failed === null) props.onClose();
          else showProblems(form, failed, (field) => (field.startsWith(props.field) ? 'text' : null));
        }}
      >
        <Form.Item name="text" label={props.label}>
          <Input.TextArea rows={4} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ExtendDialog({ file, action, onClose }: { file: CaseFile; action: Action; onClose: () => void }) {
  const [form] = Form.useForm<{ date: Dayjs; reason: string }>();
  const ids = { campaignId: file.state.campaignId, communityId: file.state.communityId };
  return (
    <Modal
      open
      title="延期（本案件）"
      okText="确定"
      cancelText="取消"
      confirmLoading={action.busy}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <ApiErrorAlert error={action.error} shownFields={['newDueAt', 'reason']} />
      <Form
        form={form}
        layout="vertical"
        onFinish={async ({ date, reason }) => {
          const failed = await action.run(
            () =>
              unwrap(
                api.POST('/campaigns/{campaignId}/cases/{communityId}/extend-deadline', {
                  params: { path: ids },
                  headers: actionHeaders(),
                  body: { newDueAt: deadlineOf(date), reason },
                }),
              ),
            '已延期',
          );
          if (failed === null) onClose();
          else showProblems(form, failed, (field) => (field === 'newDueAt' ? 'date' : field));
        }}
      >
        <Form.Item
          name="date"
          label="新的截止日期（当天 23:59 截止）"
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label="延期理由" rules={[{ required: true, message: '请写明理由' }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const CONFLICT_TEXT = { OWN_COMMUNITY: '回避：属于该社区', SAME_STREET: '回避：与该社区同属一个街道' };

/** 指派检查员: who may check this case, and who may not and why (回避, by the domain's own rule). */
function AssignDialog({
  file,
  conflictRule,
  action,
  onClose,
}: {
  file: CaseFile;
  conflictRule: ConflictRule;
  action: Action;
  onClose: () => void;
}) {
  const { state } = file;
  const inspectors = useQuery({ queryKey: ['inspectors'], queryFn: () => unwrap(api.GET('/inspectors')) });
  const [chosen, setChosen] = useState<string[]>(state.inspectors.map((i) => i.userId));
  const [reason, setReason] = useState('');
  const community = { id: state.communityId, streetId: state.community.streetId };
  const ids = { campaignId: state.campaignId, communityId: state.communityId };
  return (
    <Modal
      open
      title="指派检查员（考核组）"
      okText="指派"
      cancelText="取消"
      confirmLoading={action.busy}
      onCancel={onClose}
      onOk={async () => {
        const failed = await action.run(
          () =>
            unwrap(
              api.POST('/campaigns/{campaignId}/cases/{communityId}/inspectors', {
                params: { path: ids },
                headers: actionHeaders(),
                body: { inspectorIds: chosen, reason },
              }),
            ),
          '检查员已指派',
        );
        if (failed === null) onClose();
      }}
    >
      <ApiErrorAlert error={action.error} />
      <Typography.Paragraph type="secondary">
        回避规则：{conflictRule === 'SAME_STREET' ? '同一街道的检查员回避' : '本社区的检查员回避'}
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {(inspectors.data ?? []).map((inspector) => {
          const conflict = inspectorConflict(inspector, community, conflictRule);
          return (
            <Checkbox
              key={inspector.userId}
              checked={chosen.includes(inspector.userId)}
              onChange={(event) =>
                setChosen(
                  event.target.checked
                    ? [...chosen, inspector.userId]
                    : chosen.filter((id) => id !== inspector.userId),
                )
              }
            >
              {inspector.displayName}
              {conflict && <Typography.Text type="danger">（{CONFLICT_TEXT[conflict]}）</Typography.Text>}
            </Checkbox>
          );
        })}
      </Space>
      {state.inspectors.length > 0 && (
        <Form.Item label="转办理由" style={{ marginTop: 12 }}>
          <Input value={reason} onChange={(e) => setReason(e.target.value)} aria-label="转办理由" />
        </Form.Item>
      )}
      {chosen.length === 0 && <Alert type="info" title="请选择检查员" showIcon style={{ marginTop: 8 }} />}
    </Modal>
  );
}
