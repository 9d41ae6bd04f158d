import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Space, Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { problemText } from '../../api/error-text';
import type { components } from '../../api/schema';
import { useUser } from '../../auth/session-context';
import { ApiErrorAlert } from '../../common/api-error-alert';
import {
  BasicsStep,
  PoliciesStep,
  ScheduleStep,
  StandardStep,
  SummaryStep,
  TargetsStep,
} from './wizard-steps';
import { ScopeStep, type ScopeNode } from './scope-step';
import { campaignBody, wizardFieldOf, type WizardValues } from './wizard-values';

type LaunchResult = components['schemas']['LaunchResultView'];

const STEPS = ['称号与年度', '创建标准', '创建范围', '时间安排', '目标', '检查与授牌', '确认发布'];
/** The fields each step checks before the next one opens. */
const STEP_FIELDS: (keyof WizardValues)[][] = [
  ['organizerJurisdictionId', 'title', 'year', 'id'],
  ['standardCode', 'standardVersion'],
  ['scopeJurisdictionId'],
  [
    'applicationOpensAt',
    'applicationDueAt',
    'selfCheckDueAt',
    'inspectionStartsAt',
    'inspectionDueAt',
    'awardAt',
    'noticeDays',
    'reminderDaysBefore',
    'overdueRepeatDays',
    'escalateAfterDays',
  ],
  ['newTitlesPercent', 'cumulativeTitlesPercent'],
  [
    'minInspectors',
    'maxInspectors',
    'combine',
    'rectificationDays',
    'conflictRule',
    'deviationThreshold',
    'validityYears',
  ],
  [],
];

function defaults(scopeId: string): Partial<WizardValues> {
  const today = dayjs();
  return {
    year: today.year(),
    organizerJurisdictionId: scopeId,
    applicationOpensAt: today,
    applicationDueAt: today.add(30, 'day'),
    selfCheckDueAt: today.add(60, 'day'),
    inspectionStartsAt: today.add(61, 'day'),
    inspectionDueAt: today.add(90, 'day'),
    awardAt: today.add(105, 'day'),
    noticeDays: 7,
    reminderDaysBefore: [7, 1],
    overdueRepeatDays: 3,
    escalateAfterDays: 5,
    newTitlesPercent: 20,
    cumulativeTitlesPercent: 60,
    minInspectors: 2,
    maxInspectors: 3,
    combine: 'MEAN',
    rectificationAllowed: true,
    rectificationDays: 14,
    conflictRule: 'SAME_STREET',
    deviationThreshold: 10,
    topN: null,
    tieBreak: null,
    validityYears: 3,
  };
}

/** 发起创建: the organizer's wizard from title and standard to scope, schedule, targets, policies and 发布. */
export default function CampaignWizardPage() {
  const user = useUser();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [scope, setScope] = useState<ScopeNode | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<LaunchResult | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const chosenOffice = Form.useWatch('organizerJurisdictionId', form) as string | undefined;

  async function next() {
    await form.validateFields(STEP_FIELDS[step]);
    setStep(step + 1);
  }

  async function launch() {
    setBusy(true);
    setError(null);
    try {
      const values = form.getFieldsValue(true) as WizardValues;
      const body = campaignBody(values);
      // A draft first (a retry after a failed launch finds it), then 发布.
      if (created !== body.id) {
        await unwrap(api.POST('/campaigns', { body }));
        setCreated(body.id);
      }
      setResult(await unwrap(api.POST('/campaigns/{id}/launch', { params: { path: { id: body.id } } })));
    } catch (caught) {
      setError(caught);
      placeProblems(caught);
    } finally {
      setBusy(false);
    }
  }

  /** Every problem the API named goes beside its field, and the wizard opens the first step that has one. */
  function placeProblems(caught: unknown) {
    if (!isApiError(caught)) return;
    const placed = caught.problems.map((problem) => ({ problem, at: wizardFieldOf(problem.field) }));
    const fields = placed.filter((p) => p.at !== null);
    form.setFields(
      fields.map(({ problem, at }) => ({
        name: at!.name as keyof WizardValues,
        errors: [problemText(problem)],
      })),
    );
    if (fields.length > 0) setStep(Math.min(...fields.map((p) => p.at!.step)));
  }

  if (result) {
    return (
      <Result
        status="success"
        title="创建活动已发布"
        subTitle={`${result.campaign.title}：已向 ${result.casesOpened + result.casesAlreadyOpen} 个社区发出创建通知`}
        extra={[
          <Link key="cases" to={`/campaigns/${result.campaign.id}/cases`}>
            <Button type="primary">查看案件</Button>
          </Link>,
          <Link key="dashboard" to={`/campaigns/${result.campaign.id}/dashboard`}>
            <Button>数据看板</Button>
          </Link>,
        ]}
      >
        {result.leftOut.length > 0 && (
          <Card size="small" title={`未纳入的社区（${result.leftOut.length} 个，不计入目标）`}>
            {result.leftOut.map((c) => (
              <div key={c.communityId}>
                {c.name}（{c.communityId}）：{c.reason || '不符合条件'}
              </div>
            ))}
          </Card>
        )}
      </Result>
    );
  }

  // An administrator has no jurisdiction of its own: it names the office that organizes the campaign.
  const choosesOffice = !user.scopeId && user.role === 'ADMIN';
  const scopeRoot = user.scopeId ?? (choosesOffice ? chosenOffice?.trim() || null : null);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        发起创建活动
      </Typography.Title>
      <Steps
        current={step}
        size="small"
        items={STEPS.map((title) => ({ title }))}
        style={{ overflowX: 'auto' }}
      />
      {!scopeRoot && !choosesOffice && (
        <Alert type="warning" showIcon title="您的账号没有管辖范围，无法发起创建活动。" />
      )}
      <Card>
        <Form<WizardValues>
          form={form}
          layout="vertical"
          initialValues={defaults(scopeRoot ?? '')}
          preserve
          style={{ maxWidth: 900 }}
        >
          {step === 0 && choosesOffice && (
            <Form.Item
              name="organizerJurisdictionId"
              label="组织单位（辖区编码）"
              extra="系统管理员代组织单位发起：填写组织活动的区或街道的辖区编码，范围在此辖区之内。"
              rules={[{ required: true, whitespace: true, message: '请填写组织单位的辖区编码' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          )}
          {step === 0 && <BasicsStep form={form} />}
          {step === 1 && <StandardStep form={form} />}
          {step === 2 && scopeRoot && <ScopeStep form={form} rootId={scopeRoot} onScope={setScope} />}
          {step === 3 && <ScheduleStep />}
          {step === 4 && <TargetsStep form={form} scope={scope} />}
          {step === 5 && <PoliciesStep />}
          {step === 6 && <SummaryStep form={form} scope={scope} />}
        </Form>
        <ApiErrorAlert
          error={error}
          shownFields={
            isApiError(error) ? error.problems.filter((p) => wizardFieldOf(p.field)).map((p) => p.field) : []
          }
        />
        {isApiError(error) && error.problems.length > 0 && (
          <ul>
            {error.problems.map((p) => (
              <li key={p.field + p.message}>
                {STEPS[wizardFieldOf(p.field)?.step ?? 6]}：{problemText(p)}
              </li>
            ))}
          </ul>
        )}
        <Space style={{ marginTop: 16 }}>
          {step > 0 && <Button onClick={() => setStep(step - 1)}>上一步</Button>}
          {step < STEPS.length - 1 && (
            <Button type="primary" onClick={() => void next()}>
              下一步
            </Button>
          )}
          {step === STEPS.length - 1 && (
            <Button type="primary" loading={busy} onClick={() => void launch()}>
              发布
            </Button>
          )}
        </Space>
      </Card>
    </Space>
  );
}
