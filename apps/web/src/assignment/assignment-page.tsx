import { Alert, Button, Card, InputNumber, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { assignmentConflict, declaredKey, type AssignmentConflict } from '@app/domain';
import { actionHeaders, api, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { isApiError } from '../api/api-error';
import { ApiErrorAlert } from '../common/api-error-alert';
import { StageTag } from '../common/case-display';

const CONFLICT_LABELS: Record<AssignmentConflict, string> = {
  OWN_COMMUNITY: '本社区',
  SAME_STREET: '同街道',
  DECLARED: '已申请回避',
};

type Outcome = { ok: true } | { ok: false; text: string };

/**
 * 自动分配检查员: a proposed team per selected case that respects 回避 and balances each inspector's
 * load (optionally drawn by lot, 随机抽取, with the seed shown and audited); the organizer adjusts any
 * team (an inspector 回避 excludes cannot be picked) and confirms, which assigns each case as its own
 * 指派 button does.
 */
export default function AssignmentPage() {
  const { campaignId = '' } = useParams();
  const [params] = useSearchParams();
  const communityIds = useMemo(() => (params.get('ids') ?? '').split(',').filter(Boolean), [params]);
  const queryClient = useQueryClient();
  const [teamSize, setTeamSize] = useState<number | undefined>();
  const [draw, setDraw] = useState(false);
  const [drawing, setDrawing] = useState(0);
  const [teams, setTeams] = useState<Record<string, string[]>>({});
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [confirming, setConfirming] = useState(false);
  const proposal = useQuery({
    queryKey: ['inspector-proposal', campaignId, communityIds, teamSize, draw, drawing],
    enabled: communityIds.length > 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    queryFn: () =>
      unwrap(
        api.POST('/campaigns/{campaignId}/inspector-proposals', {
          params: { path: { campaignId } },
          body: { communityIds, teamSize, draw: draw || undefined },
        }),
      ),
  });
  const data = proposal.data;
  useEffect(() => {
    if (!data) return;
    setTeams(Object.fromEntries(data.teams.map((team) => [team.communityId, team.inspectorIds])));
    setOutcomes({});
  }, [data]);

  const names = new Map((data?.pool ?? []).map((i) => [i.userId, i.displayName]));
  const declared = new Set(
    (data?.declaredConflicts ?? []).map((c) => declaredKey(c.communityId, c.inspectorId)),
  );
  const loads = new Map<string, number>();
  for (const ids of Object.values(teams)) for (const id of ids) loads.set(id, (loads.get(id) ?? 0) + 1);

  async function confirm() {
    if (!data) return;
    setConfirming(true);
    const confirmation = crypto.randomUUID();
    const reason = data.seed === null ? '自动分配' : `自动分配（随机抽取，种子 ${data.seed}）`;
    const next: Record<string, Outcome> = {};
    for (const [index, kase] of data.cases.entries()) {
      const inspectorIds = teams[kase.communityId];
      if (!inspectorIds) continue;
      try {
        await unwrap(
          api.POST('/campaigns/{campaignId}/cases/{communityId}/inspectors', {
            params: { path: { campaignId, communityId: kase.communityId } },
            headers: actionHeaders(`assign:${confirmation}:${index}`),
            body: { inspectorIds, reason },
          }),
        );
        next[kase.communityId] = { ok: true };
      } catch (error) {
        next[kase.communityId] = { ok: false, text: isApiError(error) ? errorText(error) : '未成功，请重试' };
      }
      setOutcomes({ ...next });
    }
    setConfirming(false);
    await queryClient.invalidateQueries({ queryKey: ['cases', campaignId] });
  }

  const assigned = Object.values(outcomes).filter((o) => o.ok).length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        自动分配检查员
      </Typography.Title>
      <Link to={`/campaigns/${campaignId}/cases`}>返回案件列表</Link>
      {communityIds.length === 0 && <Alert type="info" showIcon title="请先在案件列表中勾选要分配的案件。" />}
      <ApiErrorAlert error={proposal.error} />
      {data && (
        <Card size="small">
          <Space wrap>
            <label>
              每组人数{' '}
              <InputNumber
                aria-label="每组人数"
                min={data.minInspectors}
                max={data.maxInspectors}
                value={data.teamSize}
                onChange={(value) => setTeamSize(value ?? undefined)}
              />
            </label>
            <label>
              随机抽取 <Switch aria-label="随机抽取" checked={draw} onChange={setDraw} />
            </label>
            <Button onClick={() => setDrawing((n) => n + 1)}>重新生成</Button>
            {data.seed !== null && <Tag color="purple">抽取种子 {data.seed}（已记入审计记录）</Tag>}
            <Typography.Text type="secondary">
              回避规则：{data.conflictRule === 'SAME_STREET' ? '本社区及同街道' : '本社区'}
              ，以及检查员申请的回避
            </Typography.Text>
          </Space>
        </Card>
      )}
      {data && data.unstaffed.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={`${data.unstaffed.length} 个案件无法组成 ${data.teamSize} 人考核组`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {data.unstaffed.map((u) => (
                <li key={u.communityId}>
                  {data.cases.find((c) => c.communityId === u.communityId)?.communityName}：需要 {u.needed}{' '}
                  名，无需回避的只有 {u.eligible} 名（
                  {(Object.keys(CONFLICT_LABELS) as AssignmentConflict[])
                    .filter((k) => u.excluded[k] > 0)
                    .map((k) => `${CONFLICT_LABELS[k]} ${u.excluded[k]} 名`)
                    .join('、')}
                  ）
                </li>
              ))}
            </ul>
          }
        />
      )}
      {data && data.notInInspection.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={`${data.notInInspection.length} 个案件不在检查验收阶段，未分配。`}
        />
      )}
      {data && (
        <Table
          rowKey="communityId"
          size="small"
          pagination={false}
          dataSource={data.cases}
          columns={[
            { title: '社区', dataIndex: 'communityName' },
            { title: '阶段', dataIndex: 'stage', render: (stage: string) => <StageTag stage={stage} /> },
            {
              title: '现有考核组',
              dataIndex: 'inspectorIds',
              render: (ids: string[], kase) => [
                ...ids.map((id) =>
                  // A declaration from before 申请回避 took people off the team leaves them on it.
                  declared.has(declaredKey(kase.communityId, id)) ? (
                    <Tag key={id} color="red">
                      {names.get(id) ?? id}（已申请回避，需替换）
                    </Tag>
                  ) : (
                    <Tag key={id}>{names.get(id) ?? id}</Tag>
                  ),
                ),
                ...(data.declaredConflicts ?? [])
                  .filter((c) => c.communityId === kase.communityId && !ids.includes(c.inspectorId))
                  .map((c) => (
                    <Tag
                      key={`recused-${c.inspectorId}`}
                      color="default"
                      style={{ textDecoration: 'line-through' }}
                    >
                      {names.get(c.inspectorId) ?? c.inspectorId}（已回避：{c.reason}）
                    </Tag>
                  )),
              ],
            },
            {
              title: '建议考核组',
              key: 'team',
              render: (_: unknown, kase) =>
                teams[kase.communityId] ? (
                  <Select
                    mode="multiple"
                    aria-label={`${kase.communityName} 考核组`}
                    style={{ minWidth: 280 }}
                    value={teams[kase.communityId]}
                    onChange={(ids: string[]) => setTeams({ ...teams, [kase.communityId]: ids })}
                    options={data.pool.map((inspector) => {
                      const why = assignmentConflict(inspector, kase, data.conflictRule, declared);
                      return {
                        value: inspector.userId,
                        disabled: why !== null,
                        label: why
                          ? `${inspector.displayName}（回避：${CONFLICT_LABELS[why]}）`
                          : inspector.displayName,
                      };
                    })}
                  />
                ) : (
                  <Typography.Text type="secondary">—</Typography.Text>
                ),
            },
            {
              title: '结果',
              key: 'outcome',
              render: (_: unknown, kase) => {
                const outcome = outcomes[kase.communityId];
                if (!outcome) return null;
                return outcome.ok ? <Tag color="green">已指派</Tag> : <Tag color="red">{outcome.text}</Tag>;
              },
            },
          ]}
        />
      )}
      {data && (
        <Card size="small" title="检查员任务量（现有 + 本次）">
          <Space wrap>
            {data.loads
              .filter((load) => load.current > 0 || (loads.get(load.userId) ?? 0) > 0)
              .map((load) => (
                <Tag key={load.userId}>
                  {names.get(load.userId)}：{load.current} + {loads.get(load.userId) ?? 0}
                </Tag>
              ))}
          </Space>
        </Card>
      )}
      {data && (
        <Space>
          <Button
            type="primary"
            loading={confirming}
            disabled={Object.keys(teams).length === 0}
            onClick={() => void confirm()}
          >
            确认分配
          </Button>
          {Object.keys(outcomes).length > 0 && !confirming && (
            <Typography.Text data-testid="assignment-summary">
              已指派 {assigned} 个，未成功 {Object.keys(outcomes).length - assigned} 个
            </Typography.Text>
          )}
        </Space>
      )}
    </Space>
  );
}
