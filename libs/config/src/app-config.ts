import path from 'node:path';
import { z } from 'zod';
import { parseNetworkList } from './network-list';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '@app/domain';

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
  // The zone a date alone ends in, local times are read in and every text a person reads is written in.
  TIME_ZONE: z
    .string()
    .refine(isValidTimeZone, 'must be an IANA time zone, e.g. Asia/Shanghai')
    .default(DEFAULT_TIME_ZONE),
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
  // Accounts: how long a user's status and token version, and a campaign's place in the tree, are cached
  // per API process (changes made through this process apply at once; other processes within this).
  ACCESS_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  // How long after it expired that cache may still answer while PostgreSQL is down (a change made through
  // this process always applies at once), so actions on started cases go on through a database outage.
  ACCESS_STALE_ON_OUTAGE_MS: z.coerce.number().int().min(0).max(86_400_000).default(600_000),
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(64).default(10),
  // Failed logins before 429, per username and per client address, within the window.
  LOGIN_MAX_FAILURES_PER_USER: z.coerce.number().int().min(1).max(1_000).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(30),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  // Audit chain heads: signed (HMAC-SHA256) with this key so a deleted newest link is detected; keep it
  // outside the database. Earlier keys, after a rotation, still verify the heads they signed.
  AUDIT_CHECKPOINT_KEY: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default('dev-only-audit-checkpoint-key-change-me'),
  AUDIT_CHECKPOINT_PREVIOUS_KEYS: z
    .string()
    .default('')
    .transform((text) =>
      text
        .split(',')
        .map((key) => key.trim())
        .filter((key) => key !== ''),
    ),
  // Worker: how often new chain heads are anchored in Temporal (the audit-anchor workflows).
  AUDIT_ANCHOR_INTERVAL_MS: milliseconds(60_000),
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
  // Retention (worker): finished deliveries, then messages left without deliveries, older than this.
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  OUTBOX_RETENTION_INTERVAL_MS: milliseconds(3_600_000),
  OUTBOX_RETENTION_BATCH_SIZE: z.coerce.number().int().min(1).max(100_000).default(5_000),
  // Webhook URLs may reach only public unicast addresses, plus these networks (CIDR or single addresses).
  WEBHOOK_ALLOWED_NETWORKS: z
    .string()
    .default('')
    .transform((text, context) => {
      const { networks, problems } = parseNetworkList(text);
      for (const message of problems) context.addIssue({ code: z.ZodIssueCode.custom, message });
      return networks;
    }),
  // Dependencies down (api): how long a request may wait on each before it answers 503 with a code.
  TEMPORAL_TIMEOUT_MS: milliseconds(5_000),
  CAMPAIGN_OPERATION_TIMEOUT_MS: milliseconds(120_000),
  READ_YOUR_WRITES_TIMEOUT_MS: milliseconds(3_000),
  HEALTH_TIMEOUT_MS: milliseconds(2_000),
  RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  // PostgreSQL (api and worker): connecting or waiting for a pooled connection, and one statement.
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds(3_000),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(30_000),
  // The address people open the console at (behind a proxy, its public origin and any path prefix), so
  // e-mails and webhooks carry links that work outside the server; default http://127.0.0.1:API_PORT.
  PUBLIC_URL: z
    .string()
    .url('must be an http(s) URL, e.g. https://chuangjian.example.gov.cn')
    .regex(/^https?:\/\//, 'must be an http(s) URL, e.g. https://chuangjian.example.gov.cn')
    .optional(),
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
    const unset = ['JWT_SECRET', 'AUDIT_CHECKPOINT_KEY'].filter((key) => env[key] === undefined);
    if (parsed.data.NODE_ENV === 'production' && unset.length > 0) {
      throw new ConfigError(unset.map((key) => `${key}: must be set in production`));
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

/** The console's public origin (PUBLIC_URL, else this machine's API port), without a trailing slash. */
export function publicUrlOf(config: Pick<AppConfigValues, 'PUBLIC_URL' | 'API_PORT'>): string {
  return (config.PUBLIC_URL ?? `http://127.0.0.1:${config.API_PORT}`).replace(/\/+$/, '');
}
