import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type MyCase = components['schemas']['MyCaseView'];

/** A clerk's own cases or an inspector's assigned ones, across campaigns. */
export const myCasesQuery = queryOptions({
  queryKey: ['my', 'cases'],
  queryFn: () => unwrap(api.GET('/my/cases')),
});

export function useMyCases() {
  return useQuery(myCasesQuery);
}
