import { Alert, Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { CaseStage } from '@app/domain';
import { useUser } from '../auth/session-context';
import { ApiErrorAlert } from '../common/api-error-alert';
import { DueText, LocalTime, StageTag } from '../common/case-display';
import { CaseHistory, CaseStepBar } from '../common/case-progress';
import { useCaseFile, useStandard } from '../cases/case-queries';
import { useMyCases } from '../inspector/my-cases-query';
import { ApplicationForm } from './application-form';
import { CLERK_NEXT_STEP } from './clerk-next-step';
import { RectificationForm } from './rectification-form';
import { SelfCheckForm } from './self-check-form';

const DEADLINE_LABELS: Record<string, string> = {
  application: '申报截止',
  selfCheck: '自查截止',
  inspection: '检查验收截止',
  rectification: '整改截止',
};

/** My case in one campaign: step bar, deadlines, 退回 reasons, the form for what to do next, history. */
export default function MyCasePage() {
  const { campaignId = '' } = useParams();
  const user = useUser();
  const communityId = user.scopeId ?? '';
  const kase = useCaseFile(campaignId, communityId);
  const my = useMyCases();
  const mine = my.data?.find((c) => c.campaignId === campaignId);
  const standard = useStandard(mine?.standardCode, mine?.standardVersion);
  if (kase.error) return <ApiErrorAlert error={kase.error} />;
  if (!kase.data) return <Skeleton active />;
  const { state, allowedActions } = kase.data;
  const next = CLERK_NEXT_STEP[state.stage];
  const lastReturn = [...state.decisions].reverse().find((d) => d.action === 'RETURN_APPLICATION');
  const returned = state.stage === (CaseStage.RETURNED as string) ? lastReturn : undefined;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {mine?.campaignTitle ?? campaignId}
        </Typography.Title>
        <Space wrap>
          <Typography.Text>{state.community.name}</Typography.Text>
          <StageTag stage={state.stage} />
        </Space>
      </div>
      <Card>
        <CaseStepBar stage={state.stage} />
      </Card>
      {next && <Alert type="info" showIcon title={`下一步：${next.what}`} />}
      {state.closedReason && <Alert type="warning" showIcon title={`案件已结束：${state.closedReason}`} />}
      <Card title="截止时间" size="small">
        <Descriptions column={1} size="small">
          {Object.entries(state.deadlines).map(([name, deadline]) => (
            <Descriptions.Item key={name} label={DEADLINE_LABELS[name] ?? name}>
              <DueText dueAt={deadline?.dueAt} closed={!isCurrent(state.stage, name)} />
            </Descriptions.Item>
          ))}
          {state.noticeEndsAt && (
            <Descriptions.Item label="公示结束">
              <LocalTime value={state.noticeEndsAt} />
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {allowedActions.includes('SUBMIT_APPLICATION') && (
        <ApplicationForm state={state} returnedReasons={returned?.reasons ?? []} />
      )}
      {allowedActions.includes('SUBMIT_SELF_CHECK') &&
        (standard.data ? <SelfCheckForm state={state} standard={standard.data} /> : <Skeleton active />)}
      {allowedActions.includes('SUBMIT_RECTIFICATION') && (
        <RectificationForm state={state} standard={standard.data} />
      )}
      {state.score && (
        <Card title="评分结果" size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label="总分">{state.score.total}</Descriptions.Item>
            <Descriptions.Item label="等级">{state.score.tier ?? '未达标'}</Descriptions.Item>
            {state.award && (
              <Descriptions.Item label="证书编号">{state.award.certificateNumber}</Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}
      <Card title="办理记录" size="small">
        <CaseHistory state={state} />
      </Card>
    </Space>
  );
}

function isCurrent(stage: string, deadline: string): boolean {
  const current: Record<string, string> = {
    INVITED: 'application',
    RETURNED: 'application',
    SELF_CHECK: 'selfCheck',
    INSPECTION: 'inspection',
    RECTIFICATION: 'rectification',
  };
  return current[stage] === deadline;
}
