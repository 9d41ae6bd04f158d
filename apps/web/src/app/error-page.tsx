import { Button, Result, Typography } from 'antd';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isApiError } from '../api/api-error';
import { errorText } from '../api/error-text';

/** Never a blank screen: what went wrong, the correlation id to quote, and a way back. */
export function ErrorPage({ error }: { error?: unknown }) {
  const routeError = useRouteError();
  const shown = error ?? routeError;
  if (isRouteErrorResponse(shown) && shown.status === 404) return <NotFoundPage />;
  const correlationId = isApiError(shown) ? shown.correlationId : null;
  return (
    <Result
      status="error"
      title="页面出错了"
      subTitle={
        isApiError(shown) ? errorText(shown) : '页面遇到意外错误。请刷新重试；如仍出错，请联系管理员。'
      }
      extra={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>,
        <Button key="home" href="/console/">
          返回首页
        </Button>,
      ]}
    >
      {correlationId && (
        <Typography.Paragraph>
          关联编号：
          <Typography.Text code copyable>
            {correlationId}
          </Typography.Text>
        </Typography.Paragraph>
      )}
    </Result>
  );
}

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="没有这个页面"
      subTitle="地址可能有误，或页面已移动。"
      extra={
        <Button type="primary" href="/console/">
          返回首页
        </Button>
      }
    />
  );
}

/** 无权访问: the page exists but not for this role (a deep link, an old bookmark); the way back to its work. */
export function NoAccessPage({ back }: { back: { path: string; label: string } }) {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="您的角色不能查看此页面。如需访问，请联系管理员调整账号角色或管辖范围。"
      extra={<Link to={back.path}>{back.label}</Link>}
    />
  );
}

/**
 * A campaign (or batch) the address names that does not exist or lies outside the reader's scope: only
 * that, and the way back — never the page's counts, filters or buttons over nothing.
 */
export function GonePage({ back }: { back: { path: string; label: string } }) {
  return (
    <Result
      status="404"
      title="没有找到，或不在您的管辖范围内"
      subTitle="地址中的创建活动或批量操作不存在，或不在您的管辖范围内。"
      extra={<Link to={back.path}>{back.label}</Link>}
    />
  );
}
