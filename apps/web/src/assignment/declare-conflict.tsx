import { Button, Form, Input, message, Modal, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';

const MY_CONFLICTS = ['my', 'conflict-declarations'];

/** The cases on which I declared a conflict, as "campaign/community" keys. */
export function useMyConflicts(): Set<string> {
  const query = useQuery({
    queryKey: MY_CONFLICTS,
    queryFn: () => unwrap(api.GET('/my/conflict-declarations')),
  });
  return new Set((query.data ?? []).map((c) => `${c.campaignId}/${c.communityId}`));
}

/**
 * 申请回避 from 我的检查任务: the inspector says why they may not inspect this community; the case takes
 * them off its team (the case leaves this list), the organizer sees who recused and that the team may
 * need a replacement, and automatic assignment leaves them out.
 */
export function DeclareConflictButton(props: {
  campaignId: string;
  communityId: string;
  communityName: string;
  declared: boolean;
}) {
  const { campaignId, communityId, communityName, declared } = props;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<{ reason: string }>();
  if (declared) return <Tag color="red">已申请回避</Tag>;

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
      // ['my'] holds both my declarations and my cases: the case leaves 我的检查任务.
      await queryClient.invalidateQueries({ queryKey: ['my'] });
      setOpen(false);
      void message.success(`已申请回避，${communityName}已从您的检查任务中移除`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button size="large" onClick={() => setOpen(true)} aria-label={`申请回避：${communityName}`}>
        申请回避
      </Button>
      <Modal
        open={open}
        title={`申请回避：${communityName}`}
        okText="提交"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ApiErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={(values) => void declare(values)}>
          <Form.Item name="reason" label="回避理由" rules={[{ required: true, message: '请写明回避理由' }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
