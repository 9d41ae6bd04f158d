import { Form, Input, message, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';

/** The 申请回避 dialog: the inspector's reason, sent to the API; closes once the declaration is recorded. */
export default function DeclareConflictDialog({
  campaignId,
  communityId,
  communityName,
  onClose,
}: {
  campaignId: string;
  communityId: string;
  communityName: string;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<{ reason: string }>();

  async function declare({ reason }: { reason: string }) {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/campaigns/{campaignId}/conflict-declarations', {
          params: { path: { campaignId } },
          body: { communityId, reason },
        }),
      );
      // ['my'] holds both my declarations (MY_CONFLICTS) and my cases: the case leaves 我的检查任务.
      await queryClient.invalidateQueries({ queryKey: ['my'] });
      onClose();
      void message.success(`已申请回避，${communityName}已从您的检查任务中移除`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={`申请回避：${communityName}`}
      okText="提交"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(values) => void declare(values)}>
        <Form.Item
          name="reason"
          label="回避理由"
          rules={[{ required: true, whitespace: true, message: '请写明回避理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
