import { useState, type ReactNode } from 'react';
import { Alert, Button, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { isApiError } from '../api/api-error';
import { ApiErrorAlert } from './api-error-alert';

/** One bad cell of a refused upload (`details.rows` of a 422 from any import). */
export interface RowProblem {
  row: number;
  column: string;
  cell?: string;
  problem: string;
}

/** The request options that send a file as multipart field "file", for any typed upload endpoint. */
export function multipart(file: File) {
  return {
    body: { file: file.name },
    bodySerializer: () => {
      const form = new FormData();
      form.append('file', file);
      return form;
    },
  };
}

/** The bad cells of a refused import, or [] when the error is of another kind. */
export function rowProblemsOf(error: unknown): RowProblem[] {
  if (!isApiError(error) || !Array.isArray(error.details.rows)) return [];
  return error.details.rows as RowProblem[];
}

/** Where an import's blank .xlsx template is downloaded (no sign-in needed). */
export function templateHref(kind: string): string {
  return `${window.location.origin}/imports/templates/${kind}`;
}

/** The bad cells of a refused file as a table, in the spreadsheet's own row numbers and cell names. */
export function RowProblemsTable({ problems }: { problems: RowProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Table<RowProblem>
      aria-label="文件中的问题"
      size="small"
      rowKey={(p) => `${p.row}:${p.column}:${p.problem}`}
      dataSource={problems}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: '行', dataIndex: 'row', width: 70, render: (row: number) => (row === 0 ? '—' : row) },
        { title: '列', dataIndex: 'column', width: 120 },
        { title: '单元格', dataIndex: 'cell', width: 90, render: (cell?: string) => cell ?? '' },
        { title: '问题', dataIndex: 'problem' },
      ]}
    />
  );
}

interface ImportPanelProps<T> {
  /** The template's kind: GET /imports/templates/:kind. */
  templateKind: string;
  templateLabel: string;
  /** Sends the file; resolves with the API's answer or rejects with its ApiError. */
  send: (file: File) => Promise<T>;
  /** What to show after a file was accepted. */
  result: (value: T) => ReactNode;
  onDone?: (value: T) => void;
}

/**
 * An import as a clerk does it: download the template, fill it in Excel, upload it; a refused file shows
 * every bad cell in a table (nothing was written), an accepted one what was imported.
 */
export function ImportPanel<T>({ templateKind, templateLabel, send, result, onDone }: ImportPanelProps<T>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [value, setValue] = useState<T | null>(null);
  const problems = rowProblemsOf(error);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<DownloadOutlined />} href={templateHref(templateKind)}>
          下载模板（{templateLabel}）
        </Button>
        <Upload
          accept=".xlsx,.csv,.txt"
          showUploadList={false}
          customRequest={({ file }) => {
            setBusy(true);
            setError(null);
            setValue(null);
            send(file as File)
              .then((answer) => {
                setValue(answer);
                onDone?.(answer);
              })
              .catch(setError)
              .finally(() => setBusy(false));
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy}>
            上传文件
          </Button>
        </Upload>
      </Space>
      <Typography.Text type="secondary">
        支持 .xlsx 与 .csv（UTF-8、GBK）；任何一格有误，整个文件都不导入，请按下表逐格改正后重新上传。
      </Typography.Text>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={`文件有 ${problems.length} 处问题，未导入任何数据`}
        />
      ) : (
        <ApiErrorAlert error={error} />
      )}
      <RowProblemsTable problems={problems} />
      {value !== null && result(value)}
    </Space>
  );
}
