import { Button, Card, Form, Input, List, Typography } from 'antd';
import { findItem } from '@app/domain';
import { actionHeaders, api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { useLocalDraft } from '../common/use-local-draft';
import type { CaseState, Standard } from '../cases/case-queries';
import { useCaseAction } from '../cases/use-case-action';

/** 整改: the items the inspectors flagged, with their findings, and the rectification report. */
export function RectificationForm({ state, standard }: { state: CaseState; standard: Standard | undefined }) {
  const items = state.rectification?.items ?? [];
  const findings = state.checks.filter(
    (check) => check.rectifyItems.length > 0 && check.findings.trim() !== '',
  );
  const { draft, save, discard } = useLocalDraft<{ content: string }>(
    `chuangjian.rectification-draft:${state.workflowId}:${state.round}`,
    () => ({ content: '' }),
  );
  const action = useCaseAction(state.campaignId, state.communityId);
  const titleOf = (code: string) => (standard ? (findItem(standard, code)?.title ?? '') : '');

  async function submit(values: { content: string }) {
    const failed = await action.run(
      () =>
        unwrap(
          api.POST('/campaigns/{campaignId}/cases/{communityId}/rectification', {
            params: { path: { campaignId: state.campaignId, communityId: state.communityId } },
            headers: actionHeaders(draft.idempotencyKey),
            body: { content: values.content },
          }),
        ),
      '整改报告已提交，等待复查',
    );
    if (failed === null) discard();
  }

  return (
    <Card title="整改报告">
      <Typography.Title level={5}>需整改的项目</Typography.Title>
      <List
        size="small"
        bordered
        dataSource={items}
        renderItem={(code) => (
          <List.Item>
            {code} {titleOf(code)}
          </List.Item>
        )}
        style={{ marginBottom: 16 }}
      />
      {findings.length > 0 && (
        <>
          <Typography.Title level={5}>检查发现</Typography.Title>
          {findings.map((check) => (
            <Typography.Paragraph key={check.inspectorId}>{check.findings}</Typography.Paragraph>
          ))}
        </>
      )}
      <ApiErrorAlert error={action.error} />
      <Form<{ content: string }>
        layout="vertical"
        initialValues={draft.values}
        onValuesChange={(_c, all) => save(all)}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="content" label="整改情况" rules={[{ required: true, message: '请写明整改情况' }]}>
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={action.busy}>
          提交整改报告
        </Button>
      </Form>
    </Card>
  );
}
