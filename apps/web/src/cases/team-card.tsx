import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { LocalTime } from '../common/case-display';
import type { CaseState } from './case-queries';

/**
 * 考核组: who inspects the case now, who recused (申请回避) and why, and — when a recusal left the team
 * below the policy's minimum — that the organizer must assign a replacement (需补派检查员).
 */
export function TeamCard({ state }: { state: CaseState }) {
  const recusals = state.recusals ?? [];
  const needed = state.inspectorsNeeded ?? 0;
  if (state.inspectors.length === 0 && recusals.length === 0) return null;
  return (
    <Card title="考核组" size="small" extra={needed > 0 ? <Tag color="red">需补派检查员</Tag> : null}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {needed > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`考核组人数不足：还需补派 ${needed} 名检查员`}
            description="有检查员申请回避后，考核组少于活动规定的最少人数；请用“调整检查员”补派。"
          />
        )}
        <Typography.Text>
          当前检查员：
          {state.inspectors.length > 0 ? state.inspectors.map((i) => i.displayName).join('、') : '（无）'}
        </Typography.Text>
        {recusals.length > 0 && (
          <List
            size="small"
            header="申请回避"
            dataSource={recusals}
            renderItem={(recusal) => (
              <List.Item key={`${recusal.inspectorId}-${recusal.round}`}>
                {recusal.displayName}（第{recusal.round}轮，
                <LocalTime value={recusal.at} />
                ）：{recusal.reason}
              </List.Item>
            )}
          />
        )}
      </Space>
    </Card>
  );
}
