import { Alert, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../common/api-error-alert';
import { DueText, StageTag } from '../common/case-display';
import { CaseStepBar } from '../common/case-progress';
import { useMyCases } from '../inspector/my-cases-query';
import { CLERK_NEXT_STEP } from './clerk-next-step';

/** 我的创建: my community's case in each campaign, where it stands and what to do next. */
export default function MyCasesPage() {
  const { data, error, isLoading } = useMyCases();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        我的创建
      </Typography.Title>
      <ApiErrorAlert error={error} />
      {isLoading && <Skeleton active />}
      {data?.length === 0 && <Empty description="本社区暂未参加创建活动" />}
      {data?.map((c) => {
        const next = CLERK_NEXT_STEP[c.stage];
        return (
          <Card
            key={c.campaignId}
            title={c.campaignTitle}
            extra={<StageTag stage={c.stage} />}
            actions={[
              <Link key="open" to={`/my/${c.campaignId}`}>
                <Button type={next ? 'primary' : 'default'}>{next ? next.button : '查看详情'}</Button>
              </Link>,
            ]}
          >
            <CaseStepBar stage={c.stage} />
            <Space orientation="vertical" style={{ marginTop: 16 }}>
              {c.dueAt && (
                <span>
                  截止时间：
                  <DueText dueAt={c.dueAt} />
                </span>
              )}
              {next && <Alert type={c.overdue ? 'error' : 'info'} showIcon title={`下一步：${next.what}`} />}
            </Space>
          </Card>
        );
      })}
    </Space>
  );
}
