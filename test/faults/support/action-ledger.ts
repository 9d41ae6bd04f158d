import { Answer, ApiCaller } from './api-caller';

/** The actions the tier sends: each records its text as the reason of one decision in the case file. */
export type LedgerAction = 'chase' | 'extend-deadline';

/** One action the tier sent (its text its own), and every answer it got. */
export interface ActionRecord {
  key: string;
  communityId: string;
  action: LedgerAction;
  message: string;
  body: Record<string, string>;
  answers: Answer[];
}

const DAY_MS = 86_400_000;

/**
 * Every action sent while faults come and go. Each is a chase (催办) or a deadline extension (延期) whose
 * text is unique, so the case file shows exactly which actions were applied and how often; each carries
 * its own Idempotency-Key, so sending it again after a 503 is the retry the 503's message asks for.
 */
export class ActionLedger {
  readonly records: ActionRecord[] = [];

  constructor(
    private readonly api: ApiCaller,
    private readonly token: () => string,
    private readonly campaignId: string,
  ) {}

  /** Sends a new chase to the case and records the answer. */
  chase(communityId: string, headers: Record<string, string> = {}): Promise<Answer> {
    const message = `故障测试催办 ${this.records.length + 1}`;
    return this.act(communityId, 'chase', message, { message }, headers);
  }

  /** Moves the case's current deadline a year and a bit later (each one later than the last). */
  extendDeadline(communityId: string, headers: Record<string, string> = {}): Promise<Answer> {
    const n = this.records.length + 1;
    const newDueAt = new Date(Date.now() + 400 * DAY_MS + n * 60_000).toISOString();
    const message = `故障测试延期 ${n}`;
    return this.act(communityId, 'extend-deadline', message, { newDueAt, reason: message }, headers);
  }

  /** Sends the same action again: same body, same Idempotency-Key. */
  retry(record: ActionRecord): Promise<Answer> {
    return this.send(record, {});
  }

  /** Actions that some answer accepted (2xx): each must be in the case file once. */
  accepted(): ActionRecord[] {
    return this.records.filter((record) => record.answers.some((answer) => answer.status < 300));
  }

  answers(): Answer[] {
    return this.records.flatMap((record) => record.answers);
  }

  private act(
    communityId: string,
    action: LedgerAction,
    message: string,
    body: Record<string, string>,
    headers: Record<string, string>,
  ): Promise<Answer> {
    const key = `fault-${process.pid}-${this.records.length + 1}`;
    const record: ActionRecord = { key, communityId, action, message, body, answers: [] };
    this.records.push(record);
    return this.send(record, headers);
  }

  private async send(record: ActionRecord, headers: Record<string, string>): Promise<Answer> {
    const path = `/campaigns/${this.campaignId}/cases/${record.communityId}/${record.action}`;
    const answer = await this.api.call('POST', path, {
      token: this.token(),
      body: record.body,
      headers: { 'Idempotency-Key': record.key, ...headers },
    });
    record.answers.push(answer);
    return answer;
  }
}
