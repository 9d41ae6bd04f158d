import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { isApiError } from '../api/api-error';
import { errorText } from '../api/error-text';
import { homeFor } from '../app/navigation';
import { useSession } from './session-context';
import { safeReturnPath } from './session';

interface Credentials {
  username: string;
  password: string;
}

/** 登录: username and password; afterwards back to where the user was (or the role's home). */
export default function LoginPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const expired = params.get('expired') === '1';

  async function submit(values: Credentials) {
    setBusy(true);
    setError(null);
    try {
      const login = await unwrap(api.POST('/auth/login', { body: values }));
      const session = signIn(login);
      await navigate(safeReturnPath(params.get('next')) ?? homeFor(session.user.role), { replace: true });
    } catch (caught) {
      setError(isApiError(caught) ? errorText(caught) : '登录失败，请重试。');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        padding: 16,
        background: '#f5f5f5',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          创建活动工作台
        </Typography.Title>
        {expired && !error && (
          <Alert
            type="info"
            showIcon
            title="登录已过期，请重新登录；登录后回到刚才的页面。"
            style={{ marginBottom: 16 }}
          />
        )}
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请填写用户名' }]}>
            <Input autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请填写密码' }]}>
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
