import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

/** The console's one query cache: shared by the pages and by route loaders that start reads early. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a dropped connection or a 503 may.
      retry: (failures, error) => failures < 2 && (!isApiError(error) || error.isRetryable),
      refetchOnWindowFocus: false,
      staleTime: 5_000,
    },
    mutations: { retry: false },
  },
});
