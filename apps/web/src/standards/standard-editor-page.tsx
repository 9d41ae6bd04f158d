import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, MinusCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import { ApiErrorAlert } from '../common/api-error-alert';
import { showProblems } from '../common/form-problems';
import { multipart, rowProblemsOf, RowProblemsTable, templateHref } from '../common/spreadsheet-upload';
import { ItemsTable } from './items-table';
import { categoriesOf, rowsOf, tableProblemOf, type ItemRow, type TableProblem } from './standard-rows';

interface Header {
  code: string;
  title: string;
  titleKind: string;
  tiers: { name: string; minTotal: number }[];
}

const DEFAULT_TIERS = [
  { name: '示范', minTotal: 90 },
  { name: '达标', minTotal: 75 },
];

/**
 * 新建标准 / 新建版本: the items in an editable table — typed in, taken from an existing version
 * (?from=CODE&version=N) or imported from an Excel sheet — with the tiers, saved as a new version.
 */
export default function StandardEditorPage() {
  const [params] = useSearchParams();
  const from = params.get('from');
  const fromVersion = params.get('version') ?? '';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Header>();
  const [rows, setRows] = useState<ItemRow[]>([]);
  const [tableProblems, setTableProblems] = useState<TableProblem[]>([]);
  const base = useQuery({
    queryKey: ['standards', from, fromVersion],
    enabled: from !== null,
    queryFn: () =>
      unwrap(
        api.GET('/standards/{code}/versions/{version}', {
          params: { path: { code: from ?? '', version: fromVersion } },
        }),
      ),
  });
  useEffect(() => {
    if (!base.data) return;
    form.setFieldsValue({
      code: base.data.code,
      title: base.data.title,
      titleKind: base.data.titleKind,
      tiers: base.data.tiers,
    });
    setRows(rowsOf(base.data.categories));
  }, [base.data, form]);
  const sheet = useMutation({
    mutationFn: (file: File) => unwrap(api.POST('/standards/sheet', multipart(file))),
    onSuccess: (answer) => {
      setRows(rowsOf(answer.categories));
      setTableProblems([]);
    },
  });
  const save = useMutation({
    mutationFn: async (header: Header) => {
      const { categories } = categoriesOf(rows);
      const content = { title: header.title, titleKind: header.titleKind, tiers: header.tiers, categories };
      return from === null
        ? unwrap(api.POST('/standards', { body: { ...content, code: header.code } }))
        : unwrap(api.POST('/standards/{code}/versions', { params: { path: { code: from } }, body: content }));
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['standards'] });
      void navigate(`/standards/${saved.code}/versions/${saved.version}`);
    },
    onError: (error) => {
      showProblems(form, error);
      const { lineOf } = categoriesOf(rows);
      const problems = isApiError(error) ? error.problems : [];
      setTableProblems(problems.flatMap((p) => tableProblemOf(p.field, p.message, lineOf) ?? []));
    },
  });
  const sheetProblems = rowProblemsOf(sheet.error);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {from === null ? '新建标准' : `新建版本：${from}（基于第 ${fromVersion} 版）`}
      </Typography.Title>
      <ApiErrorAlert error={base.error} />
      <Card title="从 Excel 导入考核细则" size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={templateHref('standards')}>
              下载模板（考核细则）
            </Button>
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              customRequest={({ file }) => sheet.mutate(file as File)}
            >
              <Button icon={<UploadOutlined />} loading={sheet.isPending}>
                上传考核细则
              </Button>
            </Upload>
          </Space>
          <Typography.Text type="secondary">
            列：类别、类别编码（可省略）、指标编码、指标内容、分值、计分步长、适用社区、一票否决、佐证材料。导入后可在下表中修改，保存时才写入。
          </Typography.Text>
          {sheet.data && (
            <Alert type="success" showIcon title={`已读取 ${sheet.data.items} 项指标，请核对后保存`} />
          )}
          {sheetProblems.length > 0 ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={`文件有 ${sheetProblems.length} 处问题，未读取`}
            />
          ) : (
            <ApiErrorAlert error={sheet.error} />
          )}
          <RowProblemsTable problems={sheetProblems} />
        </Space>
      </Card>
      <Form<Header>
        form={form}
        layout="vertical"
        initialValues={{ tiers: DEFAULT_TIERS }}
        onFinish={(header) => save.mutate(header)}
      >
        <Space wrap align="start">
          <Form.Item name="code" label="标准编码" rules={[{ required: true, message: '请填写标准编码' }]}>
            <Input disabled={from !== null} placeholder="如 PINGAN" />
          </Form.Item>
          <Form.Item name="title" label="标准名称" rules={[{ required: true, message: '请填写标准名称' }]}>
            <Input style={{ width: 260 }} placeholder="如 平安社区创建标准" />
          </Form.Item>
          <Form.Item name="titleKind" label="授予称号" rules={[{ required: true, message: '请填写称号' }]}>
            <Input placeholder="如 平安社区" />
          </Form.Item>
        </Space>
        <Typography.Text strong>等次（从高到低）</Typography.Text>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ marginBottom: 16 }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline">
                  <Form.Item
                    name={[field.name, 'name']}
                    label={`第 ${index + 1} 等名称`}
                    rules={[{ required: true }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'minTotal']} label="最低总分" rules={[{ required: true }]}>
                    <InputNumber min={0} max={100} />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={`删除第 ${index + 1} 等`}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button onClick={() => add({ name: '', minTotal: 60 })}>添加等次</Button>
            </Space>
          )}
        </Form.List>
        <ItemsTable rows={rows} onChange={setRows} />
        {tableProblems.length > 0 && (
          <Table<TableProblem>
            aria-label="细则中的问题"
            size="small"
            rowKey={(p) => `${p.row}:${p.column}:${p.problem}`}
            dataSource={tableProblems}
            pagination={false}
            columns={[
              { title: '行', dataIndex: 'row', width: 60 },
              { title: '列', dataIndex: 'column', width: 120 },
              { title: '问题', dataIndex: 'problem' },
            ]}
          />
        )}
        <ApiErrorAlert
          error={save.error}
          shownFields={['code', 'title', 'titleKind', 'tiers', 'categories']}
        />
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} disabled={rows.length === 0}>
            保存为新版本
          </Button>
          <Button onClick={() => void navigate('/standards')}>取消</Button>
        </Space>
      </Form>
    </Space>
  );
}
