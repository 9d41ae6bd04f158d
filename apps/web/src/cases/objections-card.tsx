import { useState } from 'react';
import { Button, Card, Form, Input, List, Modal, Select, Tag, Typography } from 'antd';
import { CaseAction } from '@app/domain';
import { actionHeaders, api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { LocalTime } from '../common/case-display';
import type { CaseFile } from './case-queries';
import { useCaseAction } from './use-case-action';

const DECISIONS = [
  { value: 'DISMISS', label: '不予采纳（驳回）' },
  { value: 'UPHOLD_NOT_AWARDED', label: '采纳：不予授牌' },
  { value: 'UPHOLD_REINSPECT', label: '采纳：重新检查' },
] as const;

type Decision = (typeof DECISIONS)[number]['value'];

/** 异议 raised during the notice, and resolving them (dismissed, or upheld: not awarded or re-inspected). */
export function ObjectionsCard({ file }: { file: CaseFile }) {
  const { state } = file;
  const action = useCaseAction(state.campaignId, state.communityId);
  const [resolving, setResolving] = useState<string | null>(null);
  const [form] = Form.useForm<{ decision: Decision; reason: string }>();
  if (state.objections.length === 0) return null;
  const canResolve = file.allowedActions.includes(CaseAction.RESOLVE_OBJECTION);
  return (
    <Card title={`公示异议（${state.objections.length}）`} size="small">
      <List
        dataSource={state.objections}
        renderItem={(objection) => (
          <List.Item
            actions={
              canResolve && objection.resolution === null
                ? [
                    <Button key="resolve" onClick={() => setResolving(objection.id)}>
                      处理异议
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <span>
                  {objection.raisedBy.displayName} · <LocalTime value={objection.raisedAt} />{' '}
                  {objection.resolution ? <Tag color="green">已处理</Tag> : <Tag color="orange">待处理</Tag>}
                </span>
              }
              description={
                <>
                  <div>{objection.content}</div>
                  {objection.resolution && (
                    <Typography.Text type="secondary">
                      处理：{DECISIONS.find((d) => d.value === objection.resolution?.decision)?.label}，
                      {objection.resolution.reason}
                    </Typography.Text>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={resolving !== null}
        title="处理异议"
        okText="确定"
        cancelText="取消"
        confirmLoading={action.busy}
        onCancel={() => setResolving(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ApiErrorAlert error={action.error} />
        <Form
          form={form}
          layout="vertical"
          onFinish={async (values) => {
            const failed = await action.run(
              () =>
                unwrap(
                  api.POST('/campaigns/{campaignId}/cases/{communityId}/objections/{objectionId}/resolve', {
                    params: {
                      path: {
                        campaignId: state.campaignId,
                        communityId: state.communityId,
                        objectionId: resolving ?? '',
                      },
                    },
                    headers: actionHeaders(),
                    body: values,
                  }),
                ),
              '异议已处理',
            );
            if (failed === null) setResolving(null);
          }}
        >
          <Form.Item name="decision" label="处理结果" rules={[{ required: true, message: '请选择处理结果' }]}>
            <Select options={DECISIONS.map((d) => ({ ...d }))} />
          </Form.Item>
          <Form.Item name="reason" label="处理理由" rules={[{ required: true, message: '请写明理由' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
