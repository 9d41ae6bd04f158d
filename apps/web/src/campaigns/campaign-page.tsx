import { useState } from 'react';
import {
  message,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useUser } from '../auth/session-context';
import { ApiErrorAlert } from '../common/api-error-alert';
import { LocalTime } from '../common/case-display';
import { showProblems } from '../common/form-problems';
import { useCampaign } from '../cases/case-queries';
import { deadlineOf } from '../common/local-time';

const PHASES = [
  { value: 'application', label: '申报' },
  { value: 'selfCheck', label: '自查' },
  { value: 'inspection', label: '检查验收' },
] as const;

/** A campaign: its settings, campaign-wide operations (全体延期, 增加社区, 取消) and the top-N ranking. */
export default function CampaignPage() {
  const { campaignId = '' } = useParams();
  const user = useUser();
  const campaign = useCampaign(campaignId);
  const manage = user.role === 'ORGANIZER' || user.role === 'ADMIN';
  const run = useQuery({
    queryKey: ['run', campaignId],
    enabled: campaign.data?.status === 'LAUNCHED' || campaign.data?.status === 'CANCELLED',
    queryFn: () => unwrap(api.GET('/campaigns/{id}/run', { params: { path: { id: campaignId } } })),
  });
  const [dialog, setDialog] = useState<'extend' | 'add' | 'cancel' | null>(null);
  if (campaign.error) return <ApiErrorAlert error={campaign.error} />;
  const c = campaign.data;
  if (!c) return null;
  const schedule = run.data?.schedule ?? c.schedule;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {c.title}
      </Typography.Title>
      <Space wrap>
        <Link to={`/campaigns/${campaignId}/cases`}>案件</Link>
        <Link to={`/campaigns/${campaignId}/dashboard`}>数据看板</Link>
        <a href={`/console/public/${campaignId}`} target="_blank" rel="noreferrer">
          公示页面
        </a>
      </Space>
      {manage && c.status === 'LAUNCHED' && run.data?.status === 'RUNNING' && (
        <Card size="small" title="活动操作">
          <Space wrap>
            <Button onClick={() => setDialog('extend')}>全体延期</Button>
            <Button onClick={() => setDialog('add')}>增加社区</Button>
            <Button danger onClick={() => setDialog('cancel')}>
              取消活动
            </Button>
          </Space>
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="时间安排">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="申报开始">
                <LocalTime value={schedule.applicationOpensAt} />
              </Descriptions.Item>
              <Descriptions.Item label="申报截止">
                <LocalTime value={schedule.applicationDueAt} />
              </Descriptions.Item>
              <Descriptions.Item label="自查截止">
                <LocalTime value={schedule.selfCheckDueAt} />
              </Descriptions.Item>
              <Descriptions.Item label="检查验收">
                <LocalTime value={schedule.inspectionStartsAt} /> 至{' '}
                <LocalTime value={schedule.inspectionDueAt} />
              </Descriptions.Item>
              <Descriptions.Item label="公示期">{schedule.noticeDays} 天</Descriptions.Item>
              <Descriptions.Item label="授牌">{<LocalTime value={schedule.awardAt} />}</Descriptions.Item>
              <Descriptions.Item label="提醒">
                截止前 {schedule.reminderDaysBefore.join('、')} 天；逾期每 {schedule.overdueRepeatDays}{' '}
                天；逾期 {schedule.escalateAfterDays} 天督办
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="目标与政策">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="状态">
                {c.status === 'LAUNCHED'
                  ? run.data?.status === 'CANCELLED'
                    ? '已取消'
                    : '进行中'
                  : c.status === 'DRAFT'
                    ? '草稿'
                    : '已取消'}
              </Descriptions.Item>
              <Descriptions.Item label="标准">
                {c.standard.code} 第 {c.standard.version} 版
              </Descriptions.Item>
              <Descriptions.Item label="新创建目标">{c.targets.newTitlesPercent}%</Descriptions.Item>
              <Descriptions.Item label="累计目标">{c.targets.cumulativeTitlesPercent}%</Descriptions.Item>
              <Descriptions.Item label="检查员">
                每个社区 {c.inspectionPolicy.minInspectors}–{c.inspectionPolicy.maxInspectors} 名，
                {c.inspectionPolicy.combine === 'MEAN' ? '取平均' : '去掉最高最低后平均'}
              </Descriptions.Item>
              <Descriptions.Item label="回避">
                {c.inspectionPolicy.conflictRule === 'SAME_STREET' ? '同街道回避' : '本社区回避'}
              </Descriptions.Item>
              <Descriptions.Item label="授牌">
                {c.awardPolicy.topN ? `择优 ${c.awardPolicy.topN} 个` : '按等级'}，有效期{' '}
                {c.awardPolicy.validityYears} 年
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
      {c.awardPolicy.topN !== null && c.awardPolicy.topN !== undefined && (
        <Ranking campaignId={campaignId} topN={c.awardPolicy.topN} />
      )}
      {run.data && run.data.log.length > 0 && (
        <Card size="small" title="活动记录">
          <Table
            size="small"
            rowKey={(entry) => `${entry.at}-${entry.action}`}
            pagination={false}
            dataSource={run.data.log}
            columns={[
              { title: '时间', dataIndex: 'at', render: (at: string) => <LocalTime value={at} /> },
              { title: '操作', dataIndex: 'action' },
              { title: '说明', dataIndex: 'detail' },
            ]}
          />
        </Card>
      )}
      {dialog && <OperationDialog campaignId={campaignId} kind={dialog} onClose={() => setDialog(null)} />}
    </Space>
  );
}

const RANKING_PAGE = 20;

/**
 * The provisional 十佳 order of the scored cases, ranked on the server by the domain's own rule (total,
 * then the tie-breaks) and paged there: the page never loads the campaign's cases to rank them.
 */
function Ranking({ campaignId, topN }: { campaignId: string; topN: number }) {
  const [page, setPage] = useState(1);
  const ranking = useQuery({
    queryKey: ['ranking', campaignId, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{id}/ranking', {
          params: {
            path: { id: campaignId },
            query: { limit: RANKING_PAGE, offset: (page - 1) * RANKING_PAGE },
          },
        }),
      ),
  });
  return (
    <Card size="small" title={`择优排名（前 ${topN} 名授牌；公示结束后由活动按规则最终确定）`}>
      <ApiErrorAlert error={ranking.error} />
      <Table
        size="small"
        rowKey="communityId"
        loading={ranking.isFetching}
        dataSource={ranking.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: RANKING_PAGE,
          total: ranking.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          { title: '名次', dataIndex: 'rank' },
          { title: '社区', dataIndex: 'communityName' },
          { title: '总分', dataIndex: 'totalScore' },
          {
            title: '结果',
            dataIndex: 'awarded',
            render: (awarded: boolean) => (awarded ? <Tag color="green">入选</Tag> : <Tag>未入选</Tag>),
          },
        ]}
      />
    </Card>
  );
}

function OperationDialog({
  campaignId,
  kind,
  onClose,
}: {
  campaignId: string;
  kind: 'extend' | 'add' | 'cancel';
  onClose: () => void;
}) {
  const [form] = Form.useForm<{
    phase: (typeof PHASES)[number]['value'];
    date: Dayjs;
    reason: string;
    communityIds: string;
  }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const path = { params: { path: { id: campaignId } } };
  const titles = { extend: '全体延期', add: '增加社区', cancel: '取消活动' };

  async function submit(values: {
    phase: (typeof PHASES)[number]['value'];
    date: Dayjs;
    reason: string;
    communityIds: string;
  }) {
    setBusy(true);
    setError(null);
    try {
      if (kind === 'extend') {
        await unwrap(
          api.POST('/campaigns/{id}/extend-phase', {
            ...path,
            body: {
              phase: values.phase,
              newDueAt: deadlineOf(values.date),
              reason: values.reason,
            },
          }),
        );
      } else if (kind === 'add') {
        const communityIds = values.communityIds.split(/[\s,，、]+/).filter(Boolean);
        const result = await unwrap(
          api.POST('/campaigns/{id}/communities', { ...path, body: { communityIds } }),
        );
        void message.success(`已增加 ${result.added} 个社区`);
      } else {
        await unwrap(api.POST('/campaigns/{id}/cancel', { ...path, body: { reason: values.reason } }));
      }
      await queryClient.invalidateQueries({ queryKey: ['run', campaignId] });
      await queryClient.invalidateQueries({ queryKey: ['campaign', campaignId] });
      onClose();
    } catch (caught) {
      setError(caught);
      showProblems(form, caught, (field) =>
        field === 'newDueAt' ? 'date' : field.startsWith('communityIds') ? 'communityIds' : field,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={titles[kind]}
      okText="确定"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <ApiErrorAlert error={error} shownFields={['phase', 'newDueAt', 'reason', 'communityIds']} />
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        {kind === 'extend' && (
          <>
            <Form.Item name="phase" label="阶段" rules={[{ required: true, message: '请选择阶段' }]}>
              <Select options={PHASES.map((p) => ({ ...p }))} />
            </Form.Item>
            <Form.Item
              name="date"
              label="新的截止日期（当天 23:59 截止）"
              rules={[{ required: true, message: '请选择日期' }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {kind === 'add' && (
          <Form.Item
            name="communityIds"
            label="社区编码（多个用逗号或空格分隔）"
            rules={[{ required: true, message: '请填写社区编码' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {kind !== 'add' && (
          <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请写明理由' }]}>
            <Input />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
