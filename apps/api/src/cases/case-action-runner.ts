import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { allowedActionsFor, caseFileFor, idempotentUpdateId, ScopedActor } from '@app/domain';
import { checkAction, stepOf } from '@app/workflows/community-case/case-action-steps';
import { caseWorkflowId, CaseView } from '@app/workflows/community-case/community-case.contract';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CaseWorkflowClient } from './case-workflow.client';
import { CasesService } from './cases.service';
import { ActionRequest } from './action-request.decorator';
import { CaseInputSource } from './case-input.source';

/** The actor as the workflow checks them: who, and where in the tree they may act. */
export function actorOf({ userId, role, displayName, scopeId, scopePath }: AuthenticatedActor): ScopedActor {
  return { userId, role, displayName, scope: { id: scopeId, path: scopePath } };
}

/**
 * Sends one action to one case's workflow, as a request or as one item of a batch: scope, stage and
 * rules are checked by the workflow's validator on the case file itself (a case not yet started is
 * checked on its row first, and starts no workflow when refused); an Idempotency-Key makes a retry
 * answer with the first result.
 */
@Injectable()
export class CaseActionRunner {
  constructor(
    private readonly cases: CasesService,
    private readonly caseWorkflow: CaseWorkflowClient,
    private readonly inputs: CaseInputSource,
  ) {}

  async act<A extends { actor: ScopedActor }>(
    actor: AuthenticatedActor,
    ids: { campaignId: string; communityId: string },
    update: UpdateDefinition<CaseView, [A]>,
    command: A,
    request: Pick<ActionRequest, 'idempotency' | 'readYourWrites'> &
      Partial<Pick<ActionRequest, 'answerReadYourWrites'>>,
  ): Promise<CaseView> {
    const workflowId = caseWorkflowId(ids.campaignId, ids.communityId);
    const startFrom = async () => {
      const [caseFile, input] = await Promise.all([
        this.cases.openCaseFile(actor, ids.campaignId, ids.communityId),
        this.inputs.forCase(ids.campaignId, ids.communityId),
      ]);
      checkAction(caseFile, stepOf(update), command, Date.now(), input);
      return input;
    };
    const { idempotency } = request;
    const view = await this.caseWorkflow.update(workflowId, update, command, {
      updateId: idempotency && idempotentUpdateId({ callerId: actor.userId, ...idempotency }),
      startFrom,
    });
    if (request.readYourWrites) {
      const recorded = await this.caseWorkflow.readYourWrites(workflowId, view.state.seq);
      request.answerReadYourWrites?.(recorded);
    }
    return {
      state: caseFileFor(view.state, actor),
      allowedActions: allowedActionsFor(view.state, actor.role, Date.now()),
    };
  }
}
