import path from 'node:path';
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const milliseconds = (fallback: number) => z.coerce.number().int().min(1).max(86_400_000).default(fallback);

/** Every environment variable the api and the worker read, with its default (the README lists the same). */
export const appConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_PORT: port(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/chuangjian'),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^:\s]+:\d+$/, 'must be host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('chuangjian-cases'),
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JWT_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters')
    .default('dev-only-secret-change-me-please'),
  JWT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 3600),
  // Outbox delivery (worker): in-app inbox always, webhooks always, e-mail only when SMTP_URL is set.
  SMTP_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  SMTP_FROM: z.string().min(3).default('创建活动 <no-reply@chuangjian.invalid>'),
  SMTP_TIMEOUT_MS: milliseconds(10_000),
  WEBHOOK_TIMEOUT_MS: milliseconds(10_000),
  OUTBOX_POLL_MS: milliseconds(1_000),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(15),
  OUTBOX_RETRY_BASE_MS: milliseconds(5_000),
  OUTBOX_RETRY_CAP_MS: milliseconds(600_000),
  // The built web console (npm run build:web) the API serves at /console/.
  CONSOLE_DIR: z.string().min(1).default(path.resolve(process.cwd(), 'dist/web')),
});

export type AppConfigValues = z.infer<typeof appConfigSchema>;

/** Raised at boot when the environment is wrong; lists every offending key at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; throws ConfigError naming every bad key. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfigValues {
  const parsed = appConfigSchema.safeParse(env);
  if (parsed.success) {
    if (parsed.data.NODE_ENV === 'production' && env.JWT_SECRET === undefined) {
      throw new ConfigError(['JWT_SECRET: must be set in production']);
    }
    return parsed.data;
  }
  throw new ConfigError(
    parsed.error.issues.map(
      (issue) =>
        `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
    ),
  );
}
