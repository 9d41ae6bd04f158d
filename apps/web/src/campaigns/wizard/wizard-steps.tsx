import {
  Alert,
  Descriptions,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { targetAttainment } from '@app/domain';
import { api, unwrap } from '../../api/client';
import { useStandard } from '../../cases/case-queries';
import { campaignBody, type WizardValues } from './wizard-values';
import type { ScopeNode } from './scope-step';
import { showDate } from '../../common/local-time';

function useStandards() {
  return useQuery({
    queryKey: ['standards'],
    staleTime: 60_000,
    queryFn: () => unwrap(api.GET('/standards')),
  });
}

/** Step 1: the title awarded (from the standards on file), the year, the campaign's name and id. */
export function BasicsStep({ form }: { form: FormInstance<WizardValues> }) {
  const standards = useStandards();
  const kinds = [...new Set((standards.data ?? []).map((s) => s.titleKind))];
  const suggest = () => {
    const { titleKind, year, organizerJurisdictionId } = form.getFieldsValue(true) as WizardValues;
    const code =
      (standards.data ?? []).find((s) => s.titleKind === titleKind)?.code.toLowerCase() ?? 'campaign';
    if (!form.isFieldTouched('id'))
      form.setFieldValue(
        'id',
        `${organizerJurisdictionId}-${year}-${code}`.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
      );
    if (!form.isFieldTouched('title') && titleKind)
      form.setFieldValue('title', `${year}年度${titleKind}创建`);
  };
  return (
    <>
      <Form.Item name="titleKind" label="创建称号" rules={[{ required: true, message: '请选择创建称号' }]}>
        <Select
          options={kinds.map((kind) => ({ value: kind, label: kind }))}
          onChange={suggest}
          loading={standards.isLoading}
        />
      </Form.Item>
      <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber min={2000} max={2100} onChange={suggest} />
      </Form.Item>
      <Form.Item name="title" label="活动名称" rules={[{ required: true, message: '请填写活动名称' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="id"
        label="活动编号（小写字母、数字和 -）"
        rules={[
          { required: true, pattern: /^[a-z0-9][a-z0-9-]{2,63}$/, message: '3–64 个小写字母、数字或 -' },
        ]}
      >
        <Input maxLength={64} />
      </Form.Item>
    </>
  );
}

/** Step 2: the standard version, with its items and tiers shown. */
export function StandardStep({ form }: { form: FormInstance<WizardValues> }) {
  const standards = useStandards();
  const titleKind = form.getFieldValue('titleKind') as string | undefined;
  const code = Form.useWatch('standardCode', form) as string | undefined;
  const version = Form.useWatch('standardVersion', form) as number | undefined;
  const candidates = (standards.data ?? []).filter((s) => !titleKind || s.titleKind === titleKind);
  const standard = useStandard(code, version);
  return (
    <>
      <Form.Item name="standardCode" label="创建标准" rules={[{ required: true, message: '请选择创建标准' }]}>
        <Select
          options={[...new Map(candidates.map((s) => [s.code, s])).values()].map((s) => ({
            value: s.code,
            label: `${s.title}（${s.code}）`,
          }))}
          onChange={(value: string) =>
            form.setFieldValue(
              'standardVersion',
              Math.max(...candidates.filter((s) => s.code === value).map((s) => s.version)),
            )
          }
        />
      </Form.Item>
      <Form.Item name="standardVersion" label="版本" rules={[{ required: true, message: '请选择版本' }]}>
        <Select
          options={candidates
            .filter((s) => s.code === code)
            .map((s) => ({ value: s.version, label: `第 ${s.version} 版` }))}
        />
      </Form.Item>
      {standard.data && (
        <>
          <Typography.Paragraph>
            等级：{standard.data.tiers.map((tier) => `${tier.name} ≥ ${tier.minTotal}`).join('，')}
            ；低于最低等级为未达标。
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            scroll={{ y: 320 }}
            dataSource={standard.data.categories.flatMap((category) =>
              category.items.map((item) => ({ ...item, category: category.title })),
            )}
            columns={[
              { title: '类别', dataIndex: 'category', width: 120 },
              { title: '指标', dataIndex: 'code', render: (c: string, item) => `${c} ${item.title}` },
              { title: '满分', dataIndex: 'maxScore', width: 60 },
              {
                title: '适用',
                dataIndex: 'appliesTo',
                width: 80,
                render: (a: string) => ({ URBAN: '城市', RURAL: '农村', BOTH: '城乡' })[a] ?? a,
              },
              {
                title: '',
                dataIndex: 'veto',
                width: 90,
                render: (veto: boolean) => (veto ? <Tag color="red">一票否决</Tag> : null),
              },
            ]}
          />
        </>
      )}
    </>
  );
}

const DATES: [keyof WizardValues, string][] = [
  ['applicationOpensAt', '申报开始日期'],
  ['applicationDueAt', '申报截止日期（当天 23:59）'],
  ['selfCheckDueAt', '自查截止日期（当天 23:59）'],
  ['inspectionStartsAt', '检查验收开始日期'],
  ['inspectionDueAt', '检查验收截止日期（当天 23:59）'],
  ['awardAt', '授牌日期'],
];

/** Step 4: the schedule (China time), the notice period, reminders and escalation. */
export function ScheduleStep() {
  return (
    <>
      {DATES.map(([name, label]) => (
        <Form.Item key={name} name={name} label={label} rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: 220 }} />
        </Form.Item>
      ))}
      <Form.Item name="noticeDays" label="公示期（天）" rules={[{ required: true, message: '请填写公示期' }]}>
        <InputNumber min={1} max={60} />
      </Form.Item>
      <Form.Item name="reminderDaysBefore" label="截止前提醒（提前天数）">
        <Select
          mode="tags"
          tokenSeparators={[',', '，', ' ']}
          style={{ width: 220 }}
          options={[7, 3, 1].map((d) => ({ value: d, label: `${d} 天` }))}
        />
      </Form.Item>
      <Form.Item name="overdueRepeatDays" label="逾期后每隔几天再提醒">
        <InputNumber min={1} max={365} />
      </Form.Item>
      <Form.Item name="escalateAfterDays" label="逾期几天后督办（通知包片领导和组织方）">
        <InputNumber min={1} max={365} />
      </Form.Item>
    </>
  );
}

/** Step 5: the targets, and how many communities they need in the chosen scope (the domain's target math). */
export function TargetsStep({ form, scope }: { form: FormInstance<WizardValues>; scope: ScopeNode | null }) {
  const newPercent = Form.useWatch('newTitlesPercent', form) as number | undefined;
  const cumulativePercent = Form.useWatch('cumulativeTitlesPercent', form) as number | undefined;
  const needs =
    scope && newPercent !== undefined && cumulativePercent !== undefined
      ? safeTargets(scope, newPercent, cumulativePercent)
      : null;
  return (
    <>
      <Form.Item
        name="newTitlesPercent"
        label="新创建目标（占符合条件社区的 %）"
        rules={[{ required: true, message: '请填写目标' }]}
      >
        <InputNumber min={0} max={100} step={0.5} addonAfter="%" />
      </Form.Item>
      <Form.Item
        name="cumulativeTitlesPercent"
        label="累计目标（占符合条件社区的 %）"
        rules={[{ required: true, message: '请填写目标' }]}
      >
        <InputNumber min={0} max={100} step={0.5} addonAfter="%" />
      </Form.Item>
      {needs && (
        <Alert
          type="info"
          showIcon
          data-testid="target-needs"
          title={`按所选范围 ${scope?.eligible} 个符合条件的社区：新创建需 ${needs.new.requiredCount} 个社区；累计需 ${needs.cumulative.requiredCount} 个（往年已有 ${scope?.titled} 个，本年还需 ${needs.cumulative.neededToMeet} 个）。`}
        />
      )}
    </>
  );
}

function safeTargets(scope: ScopeNode, newTargetPercent: number, cumulativeTargetPercent: number) {
  try {
    return targetAttainment({
      eligible: scope.eligible,
      newlyAwarded: 0,
      previouslyTitled: scope.titled,
      newTargetPercent,
      cumulativeTargetPercent,
    });
  } catch {
    return null;
  }
}

/** Step 6: inspection policy (team size, combining, rectification, 回避, 自评偏差) and award policy. */
export function PoliciesStep() {
  return (
    <>
      <Form.Item name="minInspectors" label="每个社区最少检查员人数">
        <InputNumber min={1} max={20} />
      </Form.Item>
      <Form.Item name="maxInspectors" label="每个社区最多检查员人数">
        <InputNumber min={1} max={20} />
      </Form.Item>
      <Form.Item name="combine" label="多名检查员得分合成">
        <Select
          style={{ width: 280 }}
          options={[
            { value: 'MEAN', label: '平均' },
            { value: 'TRIMMED_MEAN', label: '5 人及以上去掉最高最低后平均' },
          ]}
        />
      </Form.Item>
      <Form.Item name="rectificationAllowed" label="允许一轮整改复查" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="rectificationDays" label="整改期限（天）">
        <InputNumber min={1} max={365} />
      </Form.Item>
      <Form.Item name="conflictRule" label="回避规则">
        <Select
          style={{ width: 280 }}
          options={[
            { value: 'SAME_STREET', label: '同一街道的检查员回避' },
            { value: 'OWN_COMMUNITY', label: '仅本社区的检查员回避' },
          ]}
        />
      </Form.Item>
      <Form.Item name="deviationThreshold" label="自评偏差提示阈值（分）">
        <InputNumber min={0} max={100} />
      </Form.Item>
      <Form.Item name="topN" label="择优名额（留空则按等级授牌）">
        <InputNumber min={1} max={100000} />
      </Form.Item>
      <Form.Item name="tieBreak" label="同分排序规则">
        <Select
          allowClear
          style={{ width: 280 }}
          options={[
            { value: 'SMALLER_DEVIATION', label: '自评偏差小者优先' },
            { value: 'EARLIER_APPLICATION', label: '申报早者优先' },
          ]}
        />
      </Form.Item>
      <Form.Item name="validityYears" label="称号有效期（年）">
        <InputNumber min={1} max={20} />
      </Form.Item>
    </>
  );
}

/** Step 7: everything once more before 发布. */
export function SummaryStep({ form, scope }: { form: FormInstance<WizardValues>; scope: ScopeNode | null }) {
  const values = form.getFieldsValue(true) as WizardValues;
  const body = campaignBody(values);
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      title="请核对后发布（发布后将向范围内符合条件的社区发出创建通知）"
    >
      <Descriptions.Item label="活动">
        {body.title}（{body.id}）
      </Descriptions.Item>
      <Descriptions.Item label="称号与标准">
        {values.titleKind} · {body.standard.code} 第 {body.standard.version} 版
      </Descriptions.Item>
      <Descriptions.Item label="范围">
        {scope
          ? `${scope.name}：${scope.eligible} 个符合条件社区（另有 ${scope.ineligible} 个不符合条件）`
          : body.scopeJurisdictionId}
      </Descriptions.Item>
      <Descriptions.Item label="申报">
        {showDate(body.schedule.applicationOpensAt)} 至 {showDate(body.schedule.applicationDueAt)}
      </Descriptions.Item>
      <Descriptions.Item label="自查截止">{showDate(body.schedule.selfCheckDueAt)}</Descriptions.Item>
      <Descriptions.Item label="检查验收">
        {showDate(body.schedule.inspectionStartsAt)} 至 {showDate(body.schedule.inspectionDueAt)}
      </Descriptions.Item>
      <Descriptions.Item label="公示与授牌">
        公示 {body.schedule.noticeDays} 天，{showDate(body.schedule.awardAt)} 授牌
      </Descriptions.Item>
      <Descriptions.Item label="目标">
        新创建 {body.targets.newTitlesPercent}%，累计 {body.targets.cumulativeTitlesPercent}%
      </Descriptions.Item>
      <Descriptions.Item label="检查">
        每社区 {body.inspectionPolicy.minInspectors}–{body.inspectionPolicy.maxInspectors} 名，
        {body.inspectionPolicy.conflictRule === 'SAME_STREET' ? '同街道回避' : '本社区回避'}
      </Descriptions.Item>
      <Descriptions.Item label="授牌">
        {body.awardPolicy.topN ? `择优 ${body.awardPolicy.topN} 个` : '按等级'}，有效期{' '}
        {body.awardPolicy.validityYears} 年
      </Descriptions.Item>
    </Descriptions>
  );
}
