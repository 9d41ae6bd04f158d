import { Segmented, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../common/api-error-alert';
import { DueText, StageTag } from '../common/case-display';
import { Loading, Panel } from '../common/panel';
import { useMyCases, type MyCase } from './my-cases-query';
import { DeclareConflictButton, useMyConflicts } from '../assignment/declare-conflict';

type Filter = 'todo' | 'all';

/**
 * 我的检查任务: the cases assigned to me, by campaign, stage and due date; phone first. Plain Panels, a list
 * and text rather than antd's Card, List, Skeleton, Empty and Typography: an inspector's phone opens it first.
 */
export default function InspectionTasksPage() {
  const { data, error, isLoading } = useMyCases();
  const [filter, setFilter] = useState<Filter>('todo');
  const conflicts = useMyConflicts();
  const waiting = (c: MyCase) => c.stage === 'INSPECTION' && !c.checkedThisRound;
  const shown = (data ?? []).filter((c) => filter === 'all' || waiting(c));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <h3 className="cj-title" style={{ margin: 0 }}>
        我的检查任务
      </h3>
      <Segmented<Filter>
        block
        value={filter}
        onChange={setFilter}
        options={[
          { label: `待检查（${(data ?? []).filter(waiting).length}）`, value: 'todo' },
          { label: `全部（${(data ?? []).length}）`, value: 'all' },
        ]}
      />
      <ApiErrorAlert error={error} />
      {isLoading ? (
        <Loading />
      ) : shown.length === 0 ? (
        <p className="cj-secondary" style={{ textAlign: 'center', padding: 24 }}>
          {filter === 'todo' ? '暂无待检查的社区' : '暂无分配给您的检查任务'}
        </p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((c) => (
            <li key={`${c.campaignId}/${c.communityId}`} style={{ marginBottom: 12 }}>
              <Link to={`/inspections/${c.campaignId}/${c.communityId}`} style={{ display: 'block' }}>
                <Panel
                  title={
                    <span style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                      <span>{c.communityName}</span>
                      <StageTag stage={c.stage} />
                    </span>
                  }
                >
                  <p className="cj-secondary" style={{ margin: '0 0 4px' }}>
                    {c.campaignTitle}
                  </p>
                  <Space wrap>
                    {c.recheck && <Tag color="gold">整改复查</Tag>}
                    {c.checkedThisRound && <Tag color="green">本轮已提交</Tag>}
                    <span style={{ color: 'rgba(0, 0, 0, 0.88)' }}>
                      截止：
                      <DueText dueAt={c.dueAt} closed={c.checkedThisRound} />
                    </span>
                  </Space>
                </Panel>
              </Link>
              {c.stage === 'INSPECTION' && !c.checkedThisRound && (
                <div style={{ marginTop: 8 }}>
                  <DeclareConflictButton
                    campaignId={c.campaignId}
                    communityId={c.communityId}
                    communityName={c.communityName}
                    declared={conflicts.has(`${c.campaignId}/${c.communityId}`)}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Space>
  );
}
