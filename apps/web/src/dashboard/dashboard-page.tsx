import { useMemo } from 'react';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Progress,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import type { components } from '../api/schema';
import { readSession } from '../auth/session';
import { useUser } from '../auth/session-context';
import { mayOpen } from '../app/navigation';
import { ApiErrorAlert } from '../common/api-error-alert';
import { childrenProgressQuery, progressQuery } from '../cases/case-table-queries';
import { EChart } from './echart';

type Attainment = components['schemas']['TargetAttainmentView'];
type TargetProgress = components['schemas']['TargetProgressView'];

/** 数据看板: funnel, overdue per stage, awards per tier, attainment against targets, children with drill-down. */
export default function DashboardPage() {
  const { campaignId = '' } = useParams();
  // An observer reads the dashboard, not the organizer's case table.
  const showCases = mayOpen(useUser().role, 'campaigns/:campaignId/cases');
  const [params, setParams] = useSearchParams();
  const jurisdictionId = params.get('jurisdictionId') ?? undefined;
  const progress = useQuery(progressQuery(campaignId, jurisdictionId));
  const children = useQuery(childrenProgressQuery(campaignId, jurisdictionId));
  const p = progress.data;
  const charts = useMemo(() => (p ? chartOptions(p) : null), [p]);
  if (progress.error) return <ApiErrorAlert error={progress.error} />;
  if (!p || !charts) return <Skeleton active />;
  const drill = (id: string | undefined) => {
    const next = new URLSearchParams(params);
    if (id) next.set('jurisdictionId', id);
    else next.delete('jurisdictionId');
    setParams(next);
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            数据看板 · {p.year}年度{p.titleKind}创建
          </Typography.Title>
          <Breadcrumb
            items={[
              { title: <a onClick={() => drill(undefined)}>全部范围</a> },
              ...(jurisdictionId ? [{ title: p.jurisdiction.name }] : []),
            ]}
          />
        </div>
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              void download(
                `/campaigns/${campaignId}/progress/export?format=xlsx${jurisdictionId ? `&jurisdictionId=${jurisdictionId}` : ''}`,
                `创建进度-${campaignId}.xlsx`,
              )
            }
          >
            导出进度（Excel）
          </Button>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              void download(
                `/campaigns/${campaignId}/progress/export?format=csv${jurisdictionId ? `&jurisdictionId=${jurisdictionId}` : ''}`,
                `创建进度-${campaignId}.csv`,
              )
            }
          >
            导出进度（CSV）
          </Button>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              void download(
                `/campaigns/${campaignId}/results/export?format=xlsx${jurisdictionId ? `&jurisdictionId=${jurisdictionId}` : ''}`,
                `评审结果-${campaignId}.xlsx`,
              )
            }
          >
            导出评审结果
          </Button>
        </Space>
      </Space>
      <Row gutter={[16, 16]}>
        {[
          ['符合条件社区', p.eligible],
          ['往年已获称号', p.previouslyTitled],
          ['参加创建', p.cases],
          ['逾期', p.overdue],
          ['公示中', p.inNotice],
          ['已授牌', p.awarded],
        ].map(([title, value]) => (
          <Col key={title} xs={12} md={8} lg={4}>
            <Card size="small">
              <Statistic title={title} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <TargetCard title="目标完成情况（当前）" attainment={p.attainment} testId="attainment" />
        </Col>
        <Col xs={24} lg={12}>
          <TargetCard title="如公示中的全部授牌" attainment={p.ifNoticeAwarded} testId="if-notice-awarded" />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title="创建漏斗">
            <EChart option={charts.funnel} label="创建漏斗：各环节社区数" />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title="各阶段逾期">
            <EChart option={charts.overdue} label="各阶段案件数与逾期数" />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title="各等级授牌">
            <EChart option={charts.tiers} label="各等级授牌数" />
          </Card>
        </Col>
      </Row>
      {(children.data?.length ?? 0) > 0 && (
        <Card size="small" title="下级辖区">
          <Table
            size="small"
            rowKey={(row) => row.jurisdiction.id}
            dataSource={children.data ?? []}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            scroll={{ x: 800 }}
            columns={[
              {
                title: '辖区',
                key: 'name',
                render: (_: unknown, row) => (
                  <a onClick={() => drill(row.jurisdiction.id)}>{row.jurisdiction.name}</a>
                ),
              },
              { title: '符合条件', dataIndex: 'eligible' },
              { title: '参加', dataIndex: 'cases' },
              { title: '逾期', dataIndex: 'overdue' },
              { title: '公示中', dataIndex: 'inNotice' },
              { title: '已授牌', dataIndex: 'awarded' },
              {
                title: '新创建率',
                key: 'new',
                render: (_: unknown, row) => <Ratio t={row.attainment.new} />,
              },
              {
                title: '累计率',
                key: 'cumulative',
                render: (_: unknown, row) => <Ratio t={row.attainment.cumulative} />,
              },
              {
                title: '',
                key: 'cases',
                render: (_: unknown, row) =>
                  showCases && row.jurisdiction.level === 'STREET' ? (
                    <Link to={`/campaigns/${campaignId}/cases?streetId=${row.jurisdiction.id}`}>案件</Link>
                  ) : null,
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

function Ratio({ t }: { t: TargetProgress }) {
  return (
    <span>
      {t.ratioText} {t.met ? <Tag color="green">达标</Tag> : <Tag color="orange">还需 {t.neededToMeet}</Tag>}
    </span>
  );
}

function TargetCard({
  title,
  attainment,
  testId,
}: {
  title: string;
  attainment: Attainment;
  testId: string;
}) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      {(
        [
          ['新创建', attainment.new],
          ['累计', attainment.cumulative],
        ] as const
      ).map(([name, t]) => (
        <div key={name} style={{ marginBottom: 12 }}>
          <Space wrap>
            <Typography.Text strong>
              {name} {t.ratioText}
            </Typography.Text>
            <Typography.Text type="secondary">
              （{t.count}/{t.eligible}，目标 {t.targetPercent}%，需 {t.requiredCount} 个）
            </Typography.Text>
            {t.met ? <Tag color="green">已达标</Tag> : <Tag color="red">未达标 · 还需 {t.neededToMeet}</Tag>}
          </Space>
          <Progress
            percent={t.eligible === 0 ? 0 : Math.round((t.count / t.eligible) * 1000) / 10}
            strokeColor={t.met ? '#52c41a' : '#faad14'}
            showInfo={false}
          />
        </div>
      ))}
    </Card>
  );
}

function chartOptions(p: components['schemas']['CampaignProgressView']) {
  const stages = p.stages.filter(
    (s) => !['AWARDED', 'NOT_AWARDED', 'NOT_APPLIED', 'WITHDRAWN'].includes(s.stage),
  );
  return {
    funnel: {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: 10,
          right: 10,
          label: { formatter: '{b} {c}' },
          data: p.funnel.map((f) => ({ name: f.label, value: f.cases })),
        },
      ],
    },
    overdue: {
      tooltip: { trigger: 'axis' },
      legend: { data: ['在办', '逾期'], top: 0 },
      grid: { left: 40, right: 10, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: stages.map((s) => s.label), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '在办', type: 'bar', data: stages.map((s) => s.cases) },
        { name: '逾期', type: 'bar', data: stages.map((s) => s.overdue), itemStyle: { color: '#cf1322' } },
      ],
    },
    tiers: {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 10, bottom: 30 },
      xAxis: { type: 'category', data: p.awardedByTier.map((t) => t.tier) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: p.awardedByTier.map((t) => t.awarded), itemStyle: { color: '#c41d1d' } }],
    },
  };
}

/** Exports need the bearer token, so they are fetched and saved rather than opened as links. */
async function download(path: string, filename: string) {
  const session = readSession(localStorage, Date.now());
  const response = await window.fetch(path, {
    headers: session ? { Authorization: `Bearer ${session.accessToken}` } : {},
  });
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
