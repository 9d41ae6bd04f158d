import { Button, Input, InputNumber, Select, Switch, Table } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { APPLIES_LABELS, newRowKey, type ItemRow } from './standard-rows';

const APPLIES_OPTIONS = Object.entries(APPLIES_LABELS).map(([value, label]) => ({ value, label }));

/** A blank line, in the category of the line above it. */
export function blankRow(above: ItemRow | undefined): ItemRow {
  return {
    key: newRowKey(),
    categoryCode: above?.categoryCode ?? 'A',
    categoryTitle: above?.categoryTitle ?? '',
    code: '',
    title: '',
    maxScore: null,
    scoreStep: 1,
    appliesTo: 'BOTH',
    veto: false,
    evidence: '',
  };
}

/** The items of a standard as an editable table, one item a line, as offices keep them in Excel. */
export function ItemsTable({ rows, onChange }: { rows: ItemRow[]; onChange: (rows: ItemRow[]) => void }) {
  const edit = <K extends keyof ItemRow>(index: number, key: K, value: ItemRow[K]) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [key]: value } : row)));
  const text = (key: 'categoryCode' | 'categoryTitle' | 'code' | 'title' | 'evidence', label: string) =>
    function TextCell(value: string, _row: ItemRow, index: number) {
      return (
        <Input
          aria-label={`第 ${index + 1} 行 ${label}`}
          value={value}
          onChange={(event) => edit(index, key, event.target.value)}
        />
      );
    };
  const number = (key: 'maxScore' | 'scoreStep', label: string) =>
    function NumberCell(value: number | null, _row: ItemRow, index: number) {
      return (
        <InputNumber
          aria-label={`第 ${index + 1} 行 ${label}`}
          min={0}
          step={0.5}
          value={value}
          style={{ width: '100%' }}
          onChange={(next) => edit(index, key, next)}
        />
      );
    };
  return (
    <Table<ItemRow>
      aria-label="考核细则"
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1300 }}
      columns={[
        { title: '行', key: 'line', width: 50, render: (_: unknown, _row, index) => index + 1 },
        { title: '类别编码', dataIndex: 'categoryCode', width: 90, render: text('categoryCode', '类别编码') },
        { title: '类别', dataIndex: 'categoryTitle', width: 140, render: text('categoryTitle', '类别') },
        { title: '指标编码', dataIndex: 'code', width: 100, render: text('code', '指标编码') },
        { title: '指标内容', dataIndex: 'title', width: 240, render: text('title', '指标内容') },
        { title: '分值', dataIndex: 'maxScore', width: 90, render: number('maxScore', '分值') },
        { title: '计分步长', dataIndex: 'scoreStep', width: 90, render: number('scoreStep', '计分步长') },
        {
          title: '适用社区',
          dataIndex: 'appliesTo',
          width: 120,
          render: (value: ItemRow['appliesTo'], _row, index) => (
            <Select
              aria-label={`第 ${index + 1} 行 适用社区`}
              value={value}
              options={APPLIES_OPTIONS}
              style={{ width: '100%' }}
              onChange={(next) => edit(index, 'appliesTo', next)}
            />
          ),
        },
        {
          title: '一票否决',
          dataIndex: 'veto',
          width: 80,
          render: (value: boolean, _row, index) => (
            <Switch
              aria-label={`第 ${index + 1} 行 一票否决`}
              checked={value}
              onChange={(next) => edit(index, 'veto', next)}
            />
          ),
        },
        {
          title: '佐证材料（用；分隔）',
          dataIndex: 'evidence',
          width: 220,
          render: text('evidence', '佐证材料'),
        },
        {
          title: '',
          key: 'remove',
          width: 50,
          render: (_: unknown, _row, index) => (
            <Button
              type="text"
              danger
              aria-label={`删除第 ${index + 1} 行`}
              icon={<DeleteOutlined />}
              onClick={() => onChange(rows.filter((_r, at) => at !== index))}
            />
          ),
        },
      ]}
      footer={() => (
        <Button onClick={() => onChange([...rows, blankRow(rows[rows.length - 1])])}>添加一行</Button>
      )}
    />
  );
}
