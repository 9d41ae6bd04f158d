import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { actionHeaders, api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showProblems } from '../common/form-problems';
import { useLocalDraft } from '../common/use-local-draft';
import type { CaseState } from '../cases/case-queries';
import { useCaseAction } from '../cases/use-case-action';

interface ApplicationValues {
  summary: string;
  contact: string;
  phone: string;
}

/** 申报: the application; a resubmission after 退回 shows the reasons beside it and starts from the last one. */
export function ApplicationForm({ state, returnedReasons }: { state: CaseState; returnedReasons: string[] }) {
  const [form] = Form.useForm<ApplicationValues>();
  const last = state.applications.at(-1)?.content as Partial<ApplicationValues> | undefined;
  const { draft, save, discard } = useLocalDraft<ApplicationValues>(
    `chuangjian.application-draft:${state.workflowId}:${state.applications.length + 1}`,
    () => ({ summary: last?.summary ?? '', contact: last?.contact ?? '', phone: last?.phone ?? '' }),
  );
  const action = useCaseAction(state.campaignId, state.communityId);
  const [shown, setShown] = useState<string[]>([]);

  async function submit(values: ApplicationValues) {
    const failed = await action.run(
      () =>
        unwrap(
          api.POST('/campaigns/{campaignId}/cases/{communityId}/application', {
            params: { path: { campaignId: state.campaignId, communityId: state.communityId } },
            headers: actionHeaders(draft.idempotencyKey),
            body: { content: { ...values } },
          }),
        ),
      '申报已提交，等待初审',
    );
    if (failed === null) discard();
    else setShown(showProblems(form, failed, (field) => field.replace(/^content\./, '')));
  }

  return (
    <Card title={returnedReasons.length > 0 ? '修改后重新申报' : '填写申报'}>
      {returnedReasons.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="退回理由"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {returnedReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          }
        />
      )}
      <ApiErrorAlert error={action.error} shownFields={shown} />
      <Form<ApplicationValues>
        form={form}
        layout="vertical"
        initialValues={draft.values}
        onValuesChange={(_changed, all) => save(all)}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="summary"
          label="申报材料说明"
          rules={[{ required: true, message: '请填写申报材料说明' }]}
        >
          <Input.TextArea
            rows={5}
            maxLength={5000}
            showCount
            placeholder="创建工作开展情况、主要做法与成效"
          />
        </Form.Item>
        <Form.Item name="contact" label="联系人" rules={[{ required: true, message: '请填写联系人' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }]}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={action.busy}>
          {returnedReasons.length > 0 ? '重新提交申报' : '提交申报'}
        </Button>
      </Form>
    </Card>
  );
}
