import { Button, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { api, unwrap } from '../api/client';

// The dialog (antd's Modal and Form) loads when an inspector opens it, not with 我的检查任务 on a phone.
const DeclareConflictDialog = lazy(() => import('./declare-conflict-dialog'));

const MY_CONFLICTS = ['my', 'conflict-declarations'];

/** The cases on which I declared a conflict, as "campaign/community" keys. */
export function useMyConflicts(): Set<string> {
  const query = useQuery({
    queryKey: MY_CONFLICTS,
    queryFn: () => unwrap(api.GET('/my/conflict-declarations')),
  });
  return new Set((query.data ?? []).map((c) => `${c.campaignId}/${c.communityId}`));
}

/**
 * 申请回避 from 我的检查任务: the inspector says why they may not inspect this community; the organizer
 * then sees the case needs a replacement, and automatic assignment leaves them out.
 */
export function DeclareConflictButton(props: {
  campaignId: string;
  communityId: string;
  communityName: string;
  declared: boolean;
}) {
  const { campaignId, communityId, communityName, declared } = props;
  const [open, setOpen] = useState(false);
  if (declared) return <Tag color="red">已申请回避</Tag>;
  return (
    <>
      <Button size="large" onClick={() => setOpen(true)} aria-label={`申请回避：${communityName}`}>
        申请回避
      </Button>
      {open && (
        <Suspense fallback={null}>
          <DeclareConflictDialog
            campaignId={campaignId}
            communityId={communityId}
            communityName={communityName}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
