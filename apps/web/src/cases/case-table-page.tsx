import { Card, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { CaseStage, STAGE_LABELS, STAGE_ORDER } from '@app/domain';
import { CASE_TABLE_PAGE_SIZE, caseTableFilterOf, caseTableQuery, progressQuery } from './case-table-queries';
import { ApiErrorAlert } from '../common/api-error-alert';
import { DueText, StageTag } from '../common/case-display';
import { useCampaign, useStandard } from './case-queries';
import { BatchToolbar } from '../batches/batch-toolbar';
import { StreetPicker } from './street-picker';

/** 案件: every case of a campaign, filtered (stage, overdue, street, tier) and paged on the server. */
export default function CaseTablePage() {
  const { campaignId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filter = caseTableFilterOf(params);
  const { stage, streetId, tier, overdue, page } = filter;
  const [selected, setSelected] = useState<string[]>([]);
  const campaign = useCampaign(campaignId);
  const standard = useStandard(campaign.data?.standard.code, campaign.data?.standard.version);
  const progress = useQuery(progressQuery(campaignId, streetId));
  const cases = useQuery({ ...caseTableQuery(campaignId, filter), placeholderData: keepPreviousData });
  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, value);
    if (name !== 'page') next.delete('page');
    setParams(next);
  };
  const counts = new Map((progress.data?.stages ?? []).map((s) => [s.stage, s]));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        案件 · {campaign.data?.title ?? campaignId}
      </Typography.Title>
      <Space wrap>
        <Link to={`/campaigns/${campaignId}`}>活动详情</Link>
        <Link to={`/campaigns/${campaignId}/dashboard`}>数据看板</Link>
      </Space>
      <Card size="small" title="各阶段案件数（点击筛选）">
        <Space wrap>
          <Tag.CheckableTag checked={stage === undefined} onChange={() => set('stage', undefined)}>
            全部 {progress.data?.cases ?? ''}
          </Tag.CheckableTag>
          {STAGE_ORDER.map((s) => (
            <Tag.CheckableTag key={s} checked={stage === s} onChange={() => set('stage', s)}>
              {STAGE_LABELS[s]} {counts.get(s)?.cases ?? 0}
              {(counts.get(s)?.overdue ?? 0) > 0 && (
                <Typography.Text type="danger">（逾期 {counts.get(s)?.overdue}）</Typography.Text>
              )}
            </Tag.CheckableTag>
          ))}
        </Space>
      </Card>
      <Space wrap>
        <label>
          阶段{' '}
          <Select
            aria-label="阶段"
            allowClear
            style={{ width: 140 }}
            value={stage}
            onChange={(value?: string) => set('stage', value)}
            options={STAGE_ORDER.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
          />
        </label>
        <label>
          街道{' '}
          <StreetPicker
            campaignId={campaignId}
            value={streetId}
            onChange={(value) => set('streetId', value)}
          />
        </label>
        <label>
          等级{' '}
          <Select
            aria-label="等级"
            allowClear
            style={{ width: 120 }}
            value={tier}
            onChange={(value?: string) => set('tier', value)}
            options={(standard.data?.tiers ?? []).map((t) => ({ value: t.name, label: t.name }))}
          />
        </label>
        <label>
          只看逾期{' '}
          <Switch
            aria-label="只看逾期"
            checked={overdue}
            onChange={(on) => set('overdue', on ? 'true' : undefined)}
          />
        </label>
      </Space>
      <ApiErrorAlert error={cases.error} />
      <BatchToolbar
        campaignId={campaignId}
        selected={selected}
        filter={{ stage: stage as CaseStage | undefined, streetId, tier, overdue: overdue || undefined }}
        matching={cases.data?.total ?? 0}
      />
      <Table
        rowKey="communityId"
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(String)),
        }}
        loading={cases.isFetching}
        dataSource={cases.data?.items ?? []}
        scroll={{ x: 800 }}
        pagination={{
          current: page,
          pageSize: CASE_TABLE_PAGE_SIZE,
          total: cases.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 个`,
          onChange: (next) => set('page', String(next)),
        }}
        columns={[
          {
            title: '社区',
            dataIndex: 'communityName',
            render: (name: string, c) => (
              <Link to={`/campaigns/${campaignId}/cases/${c.communityId}`}>{name}</Link>
            ),
          },
          { title: '编码', dataIndex: 'communityId' },
          {
            title: '街道',
            dataIndex: 'streetName',
            render: (name: string | null, c) => name ?? c.streetId,
          },
          { title: '阶段', dataIndex: 'stage', render: (s: string) => <StageTag stage={s} /> },
          { title: '截止', dataIndex: 'dueAt', render: (dueAt: string | null) => <DueText dueAt={dueAt} /> },
          { title: '总分', dataIndex: 'totalScore', render: (total: number | null) => total ?? '—' },
          { title: '等级', dataIndex: 'tier', render: (t: string | null) => t ?? '—' },
        ]}
      />
    </Space>
  );
}
