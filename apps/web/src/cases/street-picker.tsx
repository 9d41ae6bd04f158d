import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client';

/** How many streets one search shows: enough to pick from, and never a whole province in a select. */
export const STREET_PICKS = 20;
const TYPING_PAUSE_MS = 250;

interface Props {
  /** The campaign: only its streets within the caller's scope are offered. */
  campaignId: string;
  value: string | undefined;
  onChange: (streetId: string | undefined) => void;
}

/**
 * 街道 filter of the case table: a select searched on the server as one types (the campaign's streets within
 * the caller's scope whose name starts with what was typed, at most STREET_PICKS; a street office sees its
 * own street even when the campaign is over the district), not a list of every street.
 * The chosen street's own name is read by its id, so a link that names it (?streetId=) shows its name.
 */
export function StreetPicker({ campaignId, value, onChange }: Props) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: ['streets', campaignId, search],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/streets', {
          params: {
            path: { campaignId },
            query: { limit: STREET_PICKS, name: search === '' ? undefined : search },
          },
        }),
      ),
  });
  const chosen = useQuery({
    queryKey: ['street', value],
    enabled: value !== undefined,
    // The node itself comes first in its subtree.
    queryFn: () =>
      unwrap(
        api.GET('/jurisdictions/{id}/subtree', { params: { path: { id: value! }, query: { limit: 1 } } }),
      ),
  });
  const options = (found.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  const chosenNode = chosen.data?.items[0];
  if (chosenNode && !options.some((o) => o.value === chosenNode.id))
    options.unshift({ value: chosenNode.id, label: chosenNode.name });
  return (
    <Select
      aria-label="街道"
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      placeholder="输入街道名称搜索"
      style={{ width: 200 }}
      value={value}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? '搜索中…' : '没有匹配的街道'}
      onChange={(next?: string) => {
        setTyped('');
        onChange(next);
      }}
      options={options}
    />
  );
}
