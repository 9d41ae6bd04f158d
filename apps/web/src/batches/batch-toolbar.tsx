import { Button, DatePicker, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ApiErrorAlert } from '../common/api-error-alert';
import { deadlineOf } from '../common/local-time';
import {
  BATCH_ACTION_FIELDS,
  BATCH_ACTION_LABELS,
  BATCH_ACTIONS,
  type BatchActionName,
} from './batch-labels';

/** The case list's filters, as a batch over "every matching case" takes them. */
export type CaseFilter = components['schemas']['CaseBatchFilterDto'];

interface Props {
  campaignId: string;
  selected: string[];
  filter: CaseFilter;
  /** How many cases the filter matches (the table's total). */
  matching: number;
}

interface Values {
  scope: 'selected' | 'filter';
  reason?: string;
  message?: string;
  date?: Dayjs;
  note?: string;
}

/**
 * 批量操作 over the selected cases or every case the filter matches: asks what the action needs, starts
 * the batch on the server (it goes on if the page closes) and opens its page of per-case results.
 */
export function BatchToolbar({ campaignId, selected, filter, matching }: Props) {
  const navigate = useNavigate();
  const [action, setAction] = useState<BatchActionName | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();

  async function start(values: Values) {
    if (!action) return;
    setBusy(true);
    setError(null);
    const id = crypto.randomUUID();
    const selection = values.scope === 'selected' ? { communityIds: selected } : { filter };
    try {
      await unwrap(
        api.POST('/campaigns/{campaignId}/batches', {
          params: { path: { campaignId } },
          body: {
            id,
            action,
            ...selection,
            reason: values.reason || undefined,
            message: values.message || undefined,
            newDueAt: values.date ? deadlineOf(values.date) : undefined,
            note: values.note || undefined,
          },
        }),
      );
      void navigate(`/campaigns/${campaignId}/batches/${id}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fields = action ? BATCH_ACTION_FIELDS[action] : [];
  return (
    <Space wrap>
      <Typography.Text>已选 {selected.length} 个</Typography.Text>
      {BATCH_ACTIONS.map((name) => (
        <Button
          key={name}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ scope: selected.length > 0 ? 'selected' : 'filter' });
            setError(null);
            setAction(name);
          }}
        >
          {BATCH_ACTION_LABELS[name]}
        </Button>
      ))}
      <Button
        disabled={selected.length === 0}
        onClick={() => navigate(`/campaigns/${campaignId}/assignment?ids=${selected.join(',')}`)}
      >
        自动分配检查员
      </Button>
      <Modal
        open={action !== null}
        title={action ? BATCH_ACTION_LABELS[action] : ''}
        okText="开始执行"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <ApiErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={(values) => void start(values)}>
          <Form.Item name="scope" label="对哪些案件">
            <Radio.Group>
              <Radio value="selected" disabled={selected.length === 0}>
                已选的 {selected.length} 个
              </Radio>
              <Radio value="filter">当前筛选的全部 {matching} 个</Radio>
            </Radio.Group>
          </Form.Item>
          {fields.includes('reason') && (
            <Form.Item
              name="reason"
              label={action === 'RETURN_APPLICATION' ? '退回理由（社区将看到）' : '延期理由'}
              rules={[{ required: true, message: '请写明理由' }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          )}
          {fields.includes('message') && (
            <Form.Item
              name="message"
              label="催办内容"
              rules={[{ required: true, message: '请填写催办内容' }]}
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          )}
          {fields.includes('newDueAt') && (
            <Form.Item
              name="date"
              label="新的截止日期（当天 23:59）"
              rules={[{ required: true, message: '请选择日期' }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          )}
          {fields.includes('note') && (
            <Form.Item name="note" label="备注（可不填）">
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          )}
          <Typography.Paragraph type="secondary">
            每个案件单独执行，结果逐一列出；关闭页面不影响执行，重复执行不会重复操作。
          </Typography.Paragraph>
        </Form>
      </Modal>
    </Space>
  );
}
