import { useState } from 'react';
import { Alert, Form, Tree, Typography, type FormInstance } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../common/api-error-alert';
import type { WizardValues } from './wizard-values';

export type ScopeNode = components['schemas']['ScopeNodeView'];

interface TreeNode {
  key: string;
  title: string;
  isLeaf: boolean;
  children?: TreeNode[];
}

function nodeTitle(node: ScopeNode): string {
  if (node.level === 'COMMUNITY') {
    if (node.ineligible > 0)
      return `${node.name}（不符合条件：${node.ineligibleReasons.join('、') || '未说明'}）`;
    return `${node.name}${node.titled > 0 ? '（已获称号）' : ''}`;
  }
  const why = node.ineligibleReasons.length > 0 ? `：${node.ineligibleReasons.join('、')}` : '';
  return `${node.name}（符合条件 ${node.eligible} · 不符合 ${node.ineligible}${why} · 已获称号 ${node.titled}）`;
}

function treeNode(node: ScopeNode): TreeNode {
  return { key: node.id, title: nodeTitle(node), isLeaf: node.level === 'COMMUNITY' };
}

function withChildren(nodes: TreeNode[], key: string, children: TreeNode[]): TreeNode[] {
  return nodes.map((node) =>
    node.key === key
      ? { ...node, children }
      : node.children
        ? { ...node, children: withChildren(node.children, key, children) }
        : node,
  );
}

/** The scope as a jurisdiction tree with counts: eligible, not eligible and why, already titled. */
export function ScopeStep({
  form,
  rootId,
  onScope,
}: {
  form: FormInstance<WizardValues>;
  rootId: string;
  onScope: (node: ScopeNode) => void;
}) {
  const queryClient = useQueryClient();
  const titleKind = form.getFieldValue('titleKind') as string | undefined;
  const year = form.getFieldValue('year') as number;
  const load = (id: string) =>
    unwrap(
      api.GET('/jurisdictions/{id}/scope-summary', { params: { path: { id }, query: { titleKind, year } } }),
    );
  const summary = (id: string) =>
    queryClient.fetchQuery({ queryKey: ['scope-summary', id, titleKind, year], queryFn: () => load(id) });
  const root = useQuery({
    queryKey: ['scope-summary', rootId, titleKind, year],
    queryFn: () => load(rootId),
  });
  const [loaded, setLoaded] = useState<Record<string, ScopeNode>>({});
  const [tree, setTree] = useState<TreeNode[] | null>(null);
  const selected = Form.useWatch('scopeJurisdictionId', form);
  const nodes: Record<string, ScopeNode> = {
    ...loaded,
    ...(root.data ? { [root.data.node.id]: root.data.node } : {}),
  };
  const shown = tree ?? (root.data ? [{ ...treeNode(root.data.node), isLeaf: false }] : []);
  const chosen = selected ? nodes[selected] : undefined;
  return (
    <>
      <ApiErrorAlert error={root.error} />
      <Form.Item
        name="scopeJurisdictionId"
        label="创建范围（选择一个辖区：其中符合条件的社区都将参加）"
        rules={[{ required: true, message: '请选择创建范围' }]}
      >
        <Tree
          showLine
          treeData={shown}
          selectedKeys={selected ? [selected] : []}
          onSelect={(keys) => {
            const id = String(keys[0] ?? '');
            if (!id || nodes[id]?.level === 'COMMUNITY') return;
            form.setFieldValue('scopeJurisdictionId', id);
            onScope(nodes[id]);
          }}
          loadData={async ({ key }) => {
            const result = await summary(String(key));
            setLoaded((current) => ({
              ...current,
              ...Object.fromEntries(result.children.map((c) => [c.id, c])),
            }));
            setTree((current) => withChildren(current ?? shown, String(key), result.children.map(treeNode)));
          }}
        />
      </Form.Item>
      {chosen && (
        <Alert
          type="info"
          showIcon
          title={`已选：${chosen.name}`}
          description={
            <Typography.Text>
              符合条件 {chosen.eligible} 个社区（将发出创建通知）；不符合条件 {chosen.ineligible} 个
              {chosen.ineligibleReasons.length > 0 && `（${chosen.ineligibleReasons.join('、')}）`}
              ，不计入目标；往年已获称号 {chosen.titled} 个。
            </Typography.Text>
          }
        />
      )}
    </>
  );
}
