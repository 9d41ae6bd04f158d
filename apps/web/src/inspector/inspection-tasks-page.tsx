import { Card, Empty, List, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../common/api-error-alert';
import { DueText, StageTag } from '../common/case-display';
import { useMyCases, type MyCase } from './my-cases-query';
import { DeclareConflictButton, useMyConflicts } from '../assignment/declare-conflict';

type Filter = 'todo' | 'all';

/** 我的检查任务: the cases assigned to me, by campaign, stage and due date; phone first. */
export default function InspectionTasksPage() {
  const { data, error, isLoading } = useMyCases();
  const [filter, setFilter] = useState<Filter>('todo');
  const conflicts = useMyConflicts();
  const waiting = (c: MyCase) => c.stage === 'INSPECTION' && !c.checkedThisRound;
  const shown = (data ?? []).filter((c) => filter === 'all' || waiting(c));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        我的检查任务
      </Typography.Title>
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
        <Skeleton active />
      ) : shown.length === 0 ? (
        <Empty description={filter === 'todo' ? '暂无待检查的社区' : '暂无分配给您的检查任务'} />
      ) : (
        <List
          dataSource={shown}
          renderItem={(c) => (
            <List.Item style={{ padding: 0, border: 'none', marginBottom: 12, display: 'block' }}>
              <Link to={`/inspections/${c.campaignId}/${c.communityId}`} style={{ width: '100%' }}>
                <Card size="small" hoverable title={c.communityName} extra={<StageTag stage={c.stage} />}>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                    {c.campaignTitle}
                  </Typography.Paragraph>
                  <Space wrap>
                    {c.recheck && <Tag color="gold">整改复查</Tag>}
                    {c.checkedThisRound && <Tag color="green">本轮已提交</Tag>}
                    <span>
                      截止：
                      <DueText dueAt={c.dueAt} closed={c.checkedThisRound} />
                    </span>
                  </Space>
                </Card>
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
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
