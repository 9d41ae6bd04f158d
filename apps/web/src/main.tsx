import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { router } from './app/app-routes';
import { queryClient } from './app/query-client';
import { SessionProvider } from './auth/session-context';

dayjs.locale('zh-cn');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      // No space inserted between two-character labels (登录, 退回): screen readers and tests read the words.
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#c41d1d', borderRadius: 6 } }}
    >
      <SessionProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </SessionProvider>
    </ConfigProvider>
  </StrictMode>,
);
