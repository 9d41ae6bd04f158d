import { useState } from 'react';
import {
  Button,
  Card,
  Empty,
  Form,
  Input,
  Layout,
  List,
  Modal,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, newIdempotencyKey, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { LocalTime } from '../common/case-display';
import { showProblems } from '../common/form-problems';
import type { components } from '../api/schema';

type Entry = components['schemas']['NoticeEntryView'];
type Receipt = components['schemas']['ObjectionReceiptView'];

/** 公示: the proposed awards during the notice, readable without signing in, and 异议 with a receipt. */
export default function NoticePage() {
  const { campaignId = '' } = useParams();
  const campaign = useQuery({
    queryKey: ['public', campaignId],
    queryFn: () => unwrap(api.GET('/public/campaigns/{campaignId}', { params: { path: { campaignId } } })),
  });
  const notice = useQuery({
    queryKey: ['public', campaignId, 'notice'],
    queryFn: () =>
      unwrap(api.GET('/public/campaigns/{campaignId}/notice', { params: { path: { campaignId } } })),
  });
  const [objecting, setObjecting] = useState<Entry | null>(null);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ maxWidth: 860, width: '100%', margin: '0 auto', padding: 16 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={2} style={{ marginBottom: 0 }}>
            {campaign.data ? `${campaign.data.title} 拟命名名单公示` : '公示'}
          </Typography.Title>
          {campaign.data && (
            <Typography.Paragraph type="secondary">
              {campaign.data.organizerName} ·
              公示期内对名单有异议的，可点击“提出异议”实名反映，我们将逐一核实。
            </Typography.Paragraph>
          )}
          <ApiErrorAlert error={campaign.error ?? notice.error} />
          {notice.isLoading && <Skeleton active />}
          {notice.data?.length === 0 && <Empty description="目前没有正在公示的名单" />}
          <List
            dataSource={notice.data ?? []}
            renderItem={(entry) => (
              <Card size="small" style={{ marginBottom: 12 }}>
                <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
                  <div>
                    <Typography.Title level={4} style={{ margin: 0 }}>
                      {entry.communityName}
                    </Typography.Title>
                    <Space wrap>
                      {entry.tier && <Tag color="red">{entry.tier}</Tag>}
                      {entry.totalScore !== null && <span>得分 {entry.totalScore}</span>}
                      <span>
                        公示截止：
                        <LocalTime value={entry.noticeEndsAt} />
                      </span>
                    </Space>
                  </div>
                  <Button onClick={() => setObjecting(entry)} style={{ minHeight: 44 }}>
                    提出异议
                  </Button>
                </Space>
              </Card>
            )}
          />
        </Space>
        {objecting && (
          <ObjectionDialog campaignId={campaignId} entry={objecting} onClose={() => setObjecting(null)} />
        )}
      </Layout.Content>
    </Layout>
  );
}

interface ObjectionValues {
  name: string;
  contact: string;
  content: string;
}

function ObjectionDialog({
  campaignId,
  entry,
  onClose,
}: {
  campaignId: string;
  entry: Entry;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ObjectionValues>();
  const [key] = useState(() => newIdempotencyKey('objection'));
  const [error, setError] = useState<unknown>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(body: ObjectionValues) {
    setBusy(true);
    setError(null);
    try {
      setReceipt(
        await unwrap(
          api.POST('/public/campaigns/{campaignId}/notice/{communityId}/objections', {
            params: { path: { campaignId, communityId: entry.communityId } },
            headers: { 'Idempotency-Key': key },
            body,
          }),
        ),
      );
    } catch (caught) {
      setError(caught);
      showProblems(form, caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={`对「${entry.communityName}」提出异议`}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      {receipt ? (
        <Result
          status="success"
          title="异议已提交"
          subTitle={
            <span>
              回执编号：
              <Typography.Text copyable strong data-testid="receipt-number">
                {receipt.receiptNumber}
              </Typography.Text>
              <br />
              提交时间：
              <LocalTime value={receipt.raisedAt} />
              。请保存回执编号以便查询处理结果。
            </span>
          }
          extra={<Button onClick={onClose}>关闭</Button>}
        />
      ) : (
        <Form<ObjectionValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <ApiErrorAlert error={error} shownFields={['name', 'contact', 'content']} />
          <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input maxLength={100} autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="contact"
            label="联系方式"
            rules={[{ required: true, message: '请填写联系电话或邮箱' }]}
          >
            <Input maxLength={100} autoComplete="tel" />
          </Form.Item>
          <Form.Item name="content" label="异议内容" rules={[{ required: true, message: '请写明异议内容' }]}>
            <Input.TextArea rows={5} maxLength={5000} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block size="large">
            提交异议
          </Button>
        </Form>
      )}
    </Modal>
  );
}
