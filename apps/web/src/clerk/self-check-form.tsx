import { useState } from 'react';
import { Button, Card, Checkbox, Collapse, Form, Input, InputNumber, Typography } from 'antd';
import {
  isVetoFlagOnly,
  itemAppliesTo,
  scoredItems,
  tierFor,
  totalScore,
  type CommunityKind,
  type StandardDefinition,
} from '@app/domain';
import { actionHeaders, api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showProblems } from '../common/form-problems';
import { useLocalDraft } from '../common/use-local-draft';
import type { CaseState, Standard } from '../cases/case-queries';
import { useCaseAction } from '../cases/use-case-action';

interface SelfCheckValues {
  scores: Record<string, number | null>;
  evidence: Record<string, string>;
  declarations: string[];
  notes: string;
}

/**
 * 自查: generated from the pinned standard — its categories, the items that apply to my community's kind
 * (maximum, step, the evidence asked for), veto items as declarations, a running total by the domain's
 * own scoring, and a draft kept until submitted.
 */
export function SelfCheckForm({ state, standard }: { state: CaseState; standard: Standard }) {
  const [form] = Form.useForm<SelfCheckValues>();
  const definition = standard as unknown as StandardDefinition;
  const kind = state.community.kind;
  const { draft, save, discard } = useLocalDraft<SelfCheckValues>(
    `chuangjian.self-check-draft:${state.workflowId}:${state.selfChecks.length + 1}`,
    () => ({ scores: {}, evidence: {}, declarations: [], notes: '' }),
  );
  const action = useCaseAction(state.campaignId, state.communityId);
  const [shown, setShown] = useState<string[]>([]);
  const vetoItems = definition.categories
    .flatMap((c) => c.items)
    .filter((i) => i.veto && itemAppliesTo(i, kind));

  async function submit(values: SelfCheckValues) {
    const scores = Object.fromEntries(
      Object.entries(values.scores ?? {}).filter(
        (entry): entry is [string, number] => typeof entry[1] === 'number',
      ),
    );
    const evidence = Object.fromEntries(
      Object.entries(values.evidence ?? {})
        .map(
          ([code, text]) =>
            [
              code,
              (text ?? '')
                .split(/[,，、\n]/)
                .map((s) => s.trim())
                .filter(Boolean),
            ] as const,
        )
        .filter(([code, refs]) => refs.length > 0 && code in scores),
    );
    const declared = vetoItems.filter((item) => values.declarations?.includes(item.code));
    const notes = [
      values.notes,
      ...declared.map((item) => `声明：本年度未发生「${item.code} ${item.title}」情形`),
    ]
      .filter(Boolean)
      .join('\n');
    const failed = await action.run(
      () =>
        unwrap(
          api.POST('/campaigns/{campaignId}/cases/{communityId}/self-check', {
            params: { path: { campaignId: state.campaignId, communityId: state.communityId } },
            headers: actionHeaders(draft.idempotencyKey),
            body: { scores, evidence, notes },
          }),
        ),
      '自查报告已提交，等待检查验收',
    );
    if (failed === null) discard();
    else setShown(showProblems(form, failed));
  }

  const values = draft.values;
  const filled = Object.fromEntries(
    scoredItems(definition, kind).map((item) => [item.code, values.scores?.[item.code] ?? 0]),
  );
  const total = safeTotal(definition, kind, filled);
  const answered = scoredItems(definition, kind).filter(
    (item) => typeof values.scores?.[item.code] === 'number',
  ).length;

  return (
    <Card title="自查报告（对照创建标准逐项自评）">
      <ApiErrorAlert error={action.error} shownFields={shown} />
      <Form<SelfCheckValues>
        form={form}
        layout="vertical"
        initialValues={draft.values}
        onValuesChange={(_changed, all) => save(all)}
        onFinish={(all) => void submit(all)}
      >
        <Collapse
          defaultActiveKey={definition.categories.map((c) => c.code)}
          items={definition.categories
            .map((category) => ({
              category,
              items: category.items.filter((i) => itemAppliesTo(i, kind) && !isVetoFlagOnly(i)),
            }))
            .filter(({ items }) => items.length > 0)
            .map(({ category, items }) => ({
              key: category.code,
              label: `${category.code} ${category.title}`,
              children: items.map((item) => (
                <div
                  key={item.code}
                  style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8, marginBottom: 12 }}
                >
                  <Form.Item
                    name={['scores', item.code]}
                    label={`${item.code} ${item.title}（满分 ${item.maxScore}，步长 ${item.scoreStep}）`}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber min={0} max={item.maxScore} step={item.scoreStep} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item
                    name={['evidence', item.code]}
                    label={`${item.code} 佐证材料${item.evidence.length > 0 ? `（需提供：${item.evidence.join('、')}）` : ''}`}
                    style={{ marginBottom: 0 }}
                  >
                    <Input placeholder="材料名称或文件编号，多个用逗号分隔" />
                  </Form.Item>
                </div>
              )),
            }))}
        />
        {vetoItems.length > 0 && (
          <Form.Item
            name="declarations"
            label="一票否决项声明"
            style={{ marginTop: 16 }}
            rules={[
              {
                validator: (_rule, value: string[] | undefined) =>
                  vetoItems.every((item) => value?.includes(item.code))
                    ? Promise.resolve()
                    : Promise.reject(new Error('请逐项确认一票否决项声明（如有发生，请联系组织方）')),
              },
            ]}
          >
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              {vetoItems.map((item) => (
                <Checkbox key={item.code} value={item.code}>
                  本年度未发生「{item.code} {item.title}」情形
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        )}
        <Form.Item name="notes" label="自查情况说明">
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Typography.Paragraph aria-live="polite" data-testid="self-check-total">
          已自评 {answered}/{scoredItems(definition, kind).length} 项 · 自评总分{' '}
          {total === null ? '—' : total.toFixed(2)}
          {total !== null && ` · ${tierFor(definition.tiers, total)?.name ?? '未达标'}`}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">草稿自动保存在本机，提交前不会丢失。</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={action.busy}>
          提交自查报告
        </Button>
      </Form>
    </Card>
  );
}

function safeTotal(
  definition: StandardDefinition,
  kind: CommunityKind,
  scores: Record<string, number>,
): number | null {
  try {
    return totalScore(definition, kind, scores);
  } catch {
    return null;
  }
}
