import {
  Alert,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { actionLabel, scoredItems, STAGE_LABELS, type CaseStage } from '@app/domain';
import { api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { DueText, LocalTime, StageTag } from '../common/case-display';
import { CaseStepBar } from '../common/case-progress';
import { CaseActionsBar } from './case-actions-bar';
import { ObjectionsCard } from './objections-card';
import { TeamCard } from './team-card';
import { useCampaign, useCaseFile, useStandard, type CaseState, type Standard } from './case-queries';

/** The whole case file for organizers and observers: submissions, sheets side by side, audit timeline, actions. */
export default function CasePage() {
  const { campaignId = '', communityId = '' } = useParams();
  const kase = useCaseFile(campaignId, communityId);
  const campaign = useCampaign(campaignId);
  const standard = useStandard(campaign.data?.standard.code, campaign.data?.standard.version);
  if (kase.error) return <ApiErrorAlert error={kase.error} />;
  if (!kase.data) return <Skeleton active />;
  const { state } = kase.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {state.community.name}
        </Typography.Title>
        <Space wrap>
          <StageTag stage={state.stage} />
          <Link to={`/campaigns/${campaignId}/cases`}>{campaign.data?.title ?? campaignId}</Link>
          <Typography.Text type="secondary">
            {state.community.id} · {state.community.kind === 'RURAL' ? '农村社区' : '城市社区'}
          </Typography.Text>
        </Space>
      </div>
      <Card size="small">
        <CaseStepBar stage={state.stage} />
      </Card>
      <Card size="small" title="可执行的操作">
        {kase.data.allowedActions.length === 0 ? (
          <Typography.Text type="secondary">现在没有需要您处理的操作。</Typography.Text>
        ) : (
          <CaseActionsBar
            file={kase.data}
            conflictRule={campaign.data?.inspectionPolicy.conflictRule ?? 'SAME_STREET'}
          />
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Deadlines state={state} />
        </Col>
        <Col xs={24} lg={12}>
          <ScoreCard state={state} />
        </Col>
      </Row>
      <TeamCard state={state} />
      <Applications state={state} />
      {standard.data ? <Sheets state={state} standard={standard.data} /> : <Skeleton active />}
      {state.rectification && (
        <Card title="整改" size="small">
          <p>需整改项目：{state.rectification.items.join('、')}</p>
          {state.rectification.report ? (
            <p>
              整改报告（
              <LocalTime value={state.rectification.report.submittedAt} />
              ）：{state.rectification.report.content}
            </p>
          ) : (
            <Typography.Text type="secondary">尚未提交整改报告</Typography.Text>
          )}
        </Card>
      )}
      <ObjectionsCard file={kase.data} />
      <AuditTimeline campaignId={campaignId} communityId={communityId} />
    </Space>
  );
}

const DEADLINES: Record<string, string> = {
  application: '申报',
  selfCheck: '自查',
  inspection: '检查验收',
  rectification: '整改',
};

function Deadlines({ state }: { state: CaseState }) {
  return (
    <Card title="截止时间" size="small">
      <Descriptions column={1} size="small">
        {Object.entries(state.deadlines).map(([name, deadline]) => (
          <Descriptions.Item key={name} label={DEADLINES[name] ?? name}>
            <DueText dueAt={deadline?.dueAt} />
          </Descriptions.Item>
        ))}
        {state.noticeEndsAt && (
          <Descriptions.Item label="公示结束">
            <LocalTime value={state.noticeEndsAt} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

function ScoreCard({ state }: { state: CaseState }) {
  const score = state.score;
  return (
    <Card title="评分" size="small">
      {score ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label="总分">{score.total}</Descriptions.Item>
          <Descriptions.Item label="等级">{score.tier ?? '未达标'}</Descriptions.Item>
          <Descriptions.Item label="自评总分">{score.selfCheckTotal ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="自评偏差">
            {score.deviation ?? '—'} {score.deviationFlagged && <Tag color="red">自评偏差过大</Tag>}
          </Descriptions.Item>
          {score.vetoTriggered.length > 0 && (
            <Descriptions.Item label="一票否决">{score.vetoTriggered.join('、')}</Descriptions.Item>
          )}
          {state.award && (
            <Descriptions.Item label="证书编号">{state.award.certificateNumber}</Descriptions.Item>
          )}
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">尚未评分</Typography.Text>
      )}
    </Card>
  );
}

function Applications({ state }: { state: CaseState }) {
  if (state.applications.length === 0) return null;
  return (
    <Card title={`申报材料（${state.applications.length} 版）`} size="small">
      <Timeline
        items={state.applications.map((application) => ({
          key: application.version,
          title: (
            <span>
              第 {application.version} 版 · <LocalTime value={application.submittedAt} /> ·{' '}
              {application.submittedBy.displayName}
            </span>
          ),
          content: (
            <Descriptions column={1} size="small">
              {Object.entries(application.content).map(([field, value]) => (
                <Descriptions.Item key={field} label={CONTENT_LABELS[field] ?? field}>
                  {typeof value === 'string' ? value : JSON.stringify(value)}
                </Descriptions.Item>
              ))}
            </Descriptions>
          ),
        }))}
      />
    </Card>
  );
}

const CONTENT_LABELS: Record<string, string> = {
  summary: '申报材料说明',
  contact: '联系人',
  phone: '联系电话',
};

/** Each inspector's sheet side by side per item, the self-check beside them; 自评偏差 highlighted. */
function Sheets({ state, standard }: { state: CaseState; standard: Standard }) {
  if (state.selfChecks.length === 0 && state.checks.length === 0) return null;
  const items = scoredItems(standard, state.community.kind);
  const selfCheck = state.selfChecks.at(-1);
  const rounds = [...new Set(state.checks.map((check) => check.round))];
  // An earlier round's sheet may be by someone who has since recused: the recusals name them too.
  const people = [
    ...state.inspectors,
    ...(state.recusals ?? []).map((r) => ({ userId: r.inspectorId, ...r })),
  ];
  const name = (id: string) => people.find((i) => i.userId === id)?.displayName ?? id;
  const flagged = state.score?.deviationFlagged ?? false;
  const rows = items.map((item) => ({ ...item, key: item.code }));
  return (
    <Card
      title="自查与检查验收（逐项对照）"
      size="small"
      extra={flagged ? <Tag color="red">自评偏差：{state.score?.deviation}</Tag> : null}
    >
      {selfCheck && (
        <Typography.Paragraph>
          自评总分 {selfCheck.total}（<LocalTime value={selfCheck.submittedAt} />）
          {selfCheck.notes && `：${selfCheck.notes}`}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        pagination={false}
        scroll={{ x: 600 }}
        dataSource={rows}
        columns={[
          {
            title: '指标',
            dataIndex: 'code',
            render: (code: string, item) => `${code} ${item.title}`,
            fixed: 'left',
            width: 220,
          },
          { title: '满分', dataIndex: 'maxScore', width: 60 },
          {
            title: '自评',
            key: 'self',
            width: 70,
            render: (_: unknown, item) => {
              const self = selfCheck?.scores[item.code];
              const combined = state.score?.itemScores[item.code];
              const off = self !== undefined && combined !== undefined && self !== combined;
              return (
                <span style={off ? { color: flagged ? '#cf1322' : '#d48806', fontWeight: 600 } : undefined}>
                  {self ?? '—'}
                </span>
              );
            },
          },
          ...state.checks.map((check) => ({
            title: `${name(check.inspectorId)}${rounds.length > 1 ? `（第${check.round}轮）` : ''}`,
            key: `${check.inspectorId}-${check.round}`,
            width: 110,
            render: (_: unknown, item: { code: string }) => (
              <span>
                {check.scores[item.code] ?? '—'}
                {check.rectifyItems.includes(item.code) && (
                  <Tag color="gold" style={{ marginInlineStart: 4 }}>
                    需整改
                  </Tag>
                )}
              </span>
            ),
          })),
          {
            title: '综合',
            key: 'combined',
            width: 70,
            render: (_: unknown, item) => state.score?.itemScores[item.code] ?? '—',
          },
        ]}
      />
      {state.checks.some((check) => check.findings) && (
        <div style={{ marginTop: 12 }}>
          {state.checks
            .filter((check) => check.findings)
            .map((check) => (
              <Typography.Paragraph key={`${check.inspectorId}-${check.round}`}>
                <Typography.Text strong>{name(check.inspectorId)}：</Typography.Text>
                {check.findings}
              </Typography.Paragraph>
            ))}
        </div>
      )}
    </Card>
  );
}

function AuditTimeline({ campaignId, communityId }: { campaignId: string; communityId: string }) {
  const audit = useQuery({
    queryKey: ['audit', campaignId, communityId],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/cases/{communityId}/audit', {
          params: { path: { campaignId, communityId }, query: { limit: 500 } },
        }),
      ),
  });
  return (
    <Card title="审计记录" size="small">
      <ApiErrorAlert error={audit.error} />
      {audit.data?.items.length === 0 && <Empty description="暂无记录" />}
      {audit.data && (
        <Timeline
          items={audit.data.items.map((event) => ({
            key: event.chainIndex,
            title: <LocalTime value={event.at} />,
            content: (
              <span>
                {actionLabel(event.action)} · {event.actor.displayName}
                {event.stageAfter &&
                  event.stageAfter !== event.stageBefore &&
                  ` → ${STAGE_LABELS[event.stageAfter as CaseStage] ?? event.stageAfter}`}
                <Typography.Text
                  type="secondary"
                  copyable={{ text: event.hash }}
                  style={{ marginInlineStart: 8 }}
                >
                  #{event.chainIndex}
                </Typography.Text>
              </span>
            ),
          }))}
        />
      )}
      {audit.data?.nextAfterChainIndex !== null && audit.data && (
        <Alert type="info" title="仅显示前 500 条" />
      )}
    </Card>
  );
}
