import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { UserRole } from '@app/persistence';
import { AppModule } from '../../apps/api/src/app.module';
import { passwordHasher } from '../../apps/api/src/auth/password-hasher';
import { configureApp } from '../../apps/api/src/configure-app';
import { httpAdapter } from '../../apps/api/src/http-platform';
import { createWorkerHarness, WorkerHarness } from './test-worker';

export const TEST_PASSWORD = 'test-password-1';

export interface TestUser {
  username: string;
  role: UserRole;
  scopeId: string | null;
  token: string;
}

/** The real API (same module and setup as main.ts) plus a real worker on a task queue of its own. */
export interface TestApp {
  app: INestApplication;
  harness: WorkerHarness;
  http(): ReturnType<typeof request>;
  user(role: UserRole, scopeId?: string | null): Promise<TestUser>;
  /**
   * Requests carrying the user's bearer token. A POST asks for `Prefer: read-your-writes` unless told
   * not to, so a test may read lists, progress or the audit trail right after an action.
   */
  as(user: TestUser): {
    get(path: string): request.Test;
    post(path: string, body?: object, options?: { readYourWrites: boolean }): request.Test;
    patch(path: string, body: object): request.Test;
    delete(path: string): request.Test;
  };
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const taskQueue = `e2e-${randomUUID()}`;
  process.env.TEMPORAL_TASK_QUEUE = taskQueue;
  const harness = await createWorkerHarness(taskQueue);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = await configureApp(
    moduleRef.createNestApplication<NestFastifyApplication>(httpAdapter(), { bufferLogs: true }),
  );
  await app.init();
  // Fastify answers on the Node server only once its plugins have loaded.
  await app.getHttpAdapter().getInstance().ready();
  // Hashed once, as the API would (argon2id): a login then has no older hash to upgrade.
  const passwordHash = await passwordHasher.hash(TEST_PASSWORD);

  const testApp: TestApp = {
    app,
    harness,
    http: () => request(app.getHttpServer()),
    async user(role, scopeId = null) {
      const username = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}`;
      await harness.dataSource.query(
        'INSERT INTO app_user (username, display_name, password_hash, role, scope_id) VALUES ($1, $2, $3, $4, $5)',
        [username, `${role} ${username}`, passwordHash, role, scopeId],
      );
      const login = await testApp
        .http()
        .post('/auth/login')
        .send({ username, password: TEST_PASSWORD })
        .expect(200);
      return { username, role, scopeId, token: (login.body as { accessToken: string }).accessToken };
    },
    as(user) {
      const auth = `Bearer ${user.token}`;
      return {
        get: (path) => testApp.http().get(path).set('Authorization', auth),
        post: (path, body = {}, { readYourWrites } = { readYourWrites: true }) => {
          const post = testApp.http().post(path).set('Authorization', auth);
          return (readYourWrites ? post.set('Prefer', 'read-your-writes') : post).send(body);
        },
        patch: (path, body) => testApp.http().patch(path).set('Authorization', auth).send(body),
        delete: (path) => testApp.http().delete(path).set('Authorization', auth),
      };
    },
    async close() {
      await app.close();
      await harness.close();
    },
  };
  return testApp;
}
