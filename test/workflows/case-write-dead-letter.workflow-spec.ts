import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { CaseStage, DomainErrorCode } from '@app/domain';
import { UserRole } from '@app/persistence';
import {
  caseViewQuery,
  extendDeadlineUpdate,
  recordedUpdate,
  retryWritesUpdate,
  reviewApplicationUpdate,
  submitApplicationUpdate,
} from '@app/workflows/community-case/community-case.contract';
import { caseInput, CLERK, ORGANIZER, startCase } from '../support/case-fixtures';
import { eventually } from '../support/eventually';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

async function rejection(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return (error as WorkflowUpdateFailedError).cause as ApplicationFailure;
}

interface DeadLetterRow {
  id: string;
  first_seq: number;
  last_seq: number;
  error: string;
  error_code: string;
  failures: number;
  resolved_at: Date | null;
}

describe('case writes the database refuses (real Temporal, worker, API and PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestUser;

  const query = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
    t.harness.dataSource.query(sql, parameters);
  const projectedStage = async (workflowId: string) =>
    (
      await query<{ stage: string }>('SELECT stage FROM case_projection WHERE workflow_id = $1', [workflowId])
    )[0]?.stage;
  const deadLetters = (workflowId: string) =>
    query<DeadLetterRow>(
      `SELECT id::text, first_seq, last_seq, error, error_code, failures, resolved_at
         FROM case_write_dead_letter WHERE workflow_id = $1 ORDER BY id`,
      [workflowId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.user(UserRole.ADMIN);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should refuse, before accepting, a step whose text or dates the database could not store', async () => {
    const { handle } = await startCase(t.harness);
    const nul = await rejection(
      handle.executeUpdate(submitApplicationUpdate, {
        args: [{ content: { summary: '申报\u0000', parts: ['ok', 'x\uD800'] }, actor: CLERK }],
      }),
    );
    expect(nul.type).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect(nul.details?.[0]).toEqual({
      problems: [
        { field: 'content.summary', message: expect.stringContaining('NUL character (U+0000)') as string },
        { field: 'content.parts[1]', message: expect.stringContaining('lone UTF-16 surrogate') as string },
      ],
    });
    let deep: unknown = '底';
    for (let level = 0; level < 200; level += 1) deep = [deep];
    const nested = await rejection(
      handle.executeUpdate(submitApplicationUpdate, { args: [{ content: { deep }, actor: CLERK }] }),
    );
    expect(nested.details?.[0]).toMatchObject({
      problems: [{ message: 'is nested more than 32 levels deep' }],
    });
    const farFuture = await rejection(
      handle.executeUpdate(extendDeadlineUpdate, {
        args: [{ newDueAt: '+010000-01-01T00:00:00.000Z', reason: '延期', actor: ORGANIZER }],
      }),
    );
    expect(farFuture.details?.[0]).toEqual({
      problems: [
        {
          field: 'newDueAt',
          message: 'must be before the year 10000 (9999-12-31T23:59:59.999Z at the latest)',
        },
      ],
    });
    // Nothing was accepted: the case is as it was opened.
    expect((await handle.query(caseViewQuery)).state).toMatchObject({ stage: CaseStage.INVITED, seq: 0 });
  });

  it('should dead-letter a write the database refuses, alert on /health, and write it when the operator retries', async () => {
    const input = caseInput();
    const { handle } = await startCase(t.harness, input);
    const workflowId = handle.workflowId;
    await eventually(async () => expect(await projectedStage(workflowId)).toBe(CaseStage.INVITED));
    // The database refuses every step after the opening (as a constraint added by a migration might).
    const trigger = `refuse_${input.campaignId.replace(/\W/g, '_')}`;
    await query(`
      CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'new row for relation "case_projection" violates check constraint "test_refusal"'
          USING ERRCODE = 'check_violation';
      END $$`);
    await query(`
      CREATE TRIGGER ${trigger} BEFORE INSERT OR UPDATE ON case_projection FOR EACH ROW
        WHEN (NEW.campaign_id = '${input.campaignId}' AND NEW.seq >= 1)
        EXECUTE FUNCTION ${trigger}()`);
    try {
      // Accepted (the reply does not wait for the write) …
      const submitted = await handle.executeUpdate(submitApplicationUpdate, {
        args: [{ content: { summary: '申报' }, actor: CLERK }],
      });
      expect(submitted.state.stage).toBe(CaseStage.APPLICATION_REVIEW);
      // … then refused: a dead letter names the case, the steps held and the database's error.
      const [letter] = await eventually(async () => {
        const rows = await deadLetters(workflowId);
        expect(rows).toHaveLength(1);
        return rows;
      });
      expect(letter).toMatchObject({
        first_seq: submitted.state.seq,
        last_seq: submitted.state.seq,
        error_code: '23514',
        failures: 1,
        resolved_at: null,
      });
      expect(letter.error).toMatch(/^PostgreSQL refused the write \(SQLSTATE 23514\): .*test_refusal/);

      // /health stays 200 and lists it with an alert.
      const health = await t.http().get('/health').expect(200);
      expect(health.body.info.caseWrites).toMatchObject({
        status: 'up',
        alert: expect.stringContaining('refused by the database and held') as string,
        cases: expect.arrayContaining([
          { id: letter.id, workflowId, errorCode: '23514', since: expect.any(String) as string },
        ]) as unknown[],
      });
      expect(health.body.info.caseWrites.deadLetters).toBeGreaterThanOrEqual(1);

      // The case goes on accepting actions; their writes queue behind the held one.
      const accepted = await handle.executeUpdate(reviewApplicationUpdate, {
        args: [{ decision: 'ACCEPT', reasons: [], actor: ORGANIZER }],
      });
      expect(accepted.state.stage).toBe(CaseStage.SELF_CHECK);
      expect(await projectedStage(workflowId)).toBe(CaseStage.INVITED);

      // A retry before the cause is fixed fails again, visibly: one more failure on the same letter.
      const early = await t.as(admin).post(`/dead-letters/${letter.id}/retry`).expect(202);
      expect(early.body).toMatchObject({ id: letter.id, workflowId, firstSeq: submitted.state.seq });
      await eventually(async () =>
        expect((await deadLetters(workflowId))[0]).toMatchObject({
          failures: 2,
          last_seq: accepted.state.seq,
          resolved_at: null,
        }),
      );
      const listed = await t.as(admin).get('/dead-letters?open=true').expect(200);
      expect(listed.body).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: letter.id, workflowId, failures: 2 })]),
      );
    } finally {
      await query(`DROP TRIGGER IF EXISTS ${trigger} ON case_projection`);
      await query(`DROP FUNCTION IF EXISTS ${trigger}()`);
    }

    // Fixed: the operator retries and the held steps are written, in order, once each.
    await t
      .as(admin)
      .post(`/dead-letters/${(await deadLetters(workflowId))[0].id}/retry`)
      .expect(202);
    await eventually(async () => expect((await deadLetters(workflowId))[0].resolved_at).not.toBeNull());
    await handle.executeUpdate(recordedUpdate);
    expect(await projectedStage(workflowId)).toBe(CaseStage.SELF_CHECK);
    const audit = await query<{ action: string }>(
      'SELECT action FROM audit_event WHERE workflow_id = $1 AND seq IS NOT NULL ORDER BY seq',
      [workflowId],
    );
    expect(audit.map((row) => row.action)).toEqual([
      'CASE_OPENED',
      'SUBMIT_APPLICATION',
      'ACCEPT_APPLICATION',
    ]);
    const retried = await query<{ action: string }>(
      `SELECT action FROM audit_event WHERE workflow_id = $1 AND action = 'RETRY_CASE_WRITE'`,
      [workflowId],
    );
    expect(retried).toHaveLength(2);
    const health = await t.http().get('/health').expect(200);
    expect(JSON.stringify(health.body.info.caseWrites)).not.toContain(workflowId);

    // Nothing is held any more: a retry is refused.
    const nothing = await rejection(handle.executeUpdate(retryWritesUpdate));
    expect(nothing.type).toBe(DomainErrorCode.CONFLICT);
    const resolved = await t.as(admin).post(`/dead-letters/${(await deadLetters(workflowId))[0].id}/retry`);
    expect(resolved.status).toBe(409);
  });
});
