import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AppConfig } from '@app/config';
import { CaseState, DomainError, DomainErrorCode, idempotentUpdateId } from '@app/domain';
import { CampaignRepository, CaseRepository, JurisdictionRepository } from '@app/persistence';
import { caseWorkflowId, raiseObjectionUpdate } from '@app/workflows/community-case/community-case.contract';
import { PublicObjectionDto } from '../cases/case-commands.dto';
import { CaseWorkflowClient } from '../cases/case-workflow.client';
import { ActionRequest } from '../cases/action-request.decorator';
import { NoticeEntryView, ObjectionReceiptView, PublicCampaignView } from './public-notice.view';

/** The public notice (公示): what residents may read, and their objections (异议) handed to the case. */
@Injectable()
export class PublicNoticeService {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly jurisdictions: JurisdictionRepository,
    private readonly cases: CaseRepository,
    private readonly caseWorkflow: CaseWorkflowClient,
    private readonly config: AppConfig,
  ) {}

  /** A launched campaign's title and organizer; 404 for drafts and unknown ids. */
  async campaign(campaignId: string): Promise<PublicCampaignView> {
    const campaign = await this.campaigns.findLaunched(campaignId);
    if (!campaign) throw new DomainError(DomainErrorCode.NOT_FOUND, `No campaign ${campaignId}`);
    const organizerName = await this.jurisdictions.nameOf(campaign.organizerJurisdictionId);
    const { id, title, titleKind, year } = campaign;
    return { id, title, titleKind, year, organizerName: organizerName ?? '' };
  }

  /** The cases on notice, by community id, with what a resident may read of each. */
  async notice(campaignId: string): Promise<NoticeEntryView[]> {
    const rows = await this.cases.onNotice(campaignId);
    return rows.map((row) => {
      const state = row.snapshot as unknown as CaseState;
      return {
        communityId: row.communityId,
        communityName: state.community.name,
        tier: row.tier,
        totalScore: row.totalScore === null ? null : Number(row.totalScore),
        noticeEndsAt: state.noticeEndsAt,
      };
    });
  }

  /**
   * Raises a resident's objection on a case on notice (404 otherwise), as an actor whose id is a keyed
   * digest of the contact (see objectorId); answers with the receipt number (回执号).
   */
  async object(
    campaignId: string,
    communityId: string,
    objection: PublicObjectionDto,
    request: ActionRequest,
  ): Promise<ObjectionReceiptView> {
    if (!(await this.cases.isOnNotice(campaignId, communityId))) {
      throw new DomainError(
        DomainErrorCode.NOT_FOUND,
        `Community ${communityId} is not on the public notice of campaign ${campaignId}`,
      );
    }
    const actor = { userId: this.objectorId(objection.contact), role: 'PUBLIC', displayName: objection.name };
    const command = { content: objection.content, contact: objection.contact, actor };
    const { idempotency } = request;
    const view = await this.caseWorkflow.update(
      caseWorkflowId(campaignId, communityId),
      raiseObjectionUpdate,
      command,
      { updateId: idempotency && idempotentUpdateId({ callerId: actor.userId, ...idempotency }) },
    );
    // The objection this caller raised (with a retried key the reply is the first one's file).
    const raised = [...view.state.objections]
      .reverse()
      .find((each) => each.raisedBy.userId === actor.userId)!;
    const number = raised.id.replace(/^objection-/, '');
    return {
      objectionId: raised.id,
      raisedAt: raised.raisedAt,
      receiptNumber: `YY-${campaignId}-${communityId}-${number}`,
    };
  }

  /**
   * A keyed digest of the contact: repeated objections from one contact group together, but the id
   * cannot be turned back into a phone number by trying them all, as a plain digest could.
   */
  objectorId(contact: string): string {
    const digest = createHmac('sha256', this.config.JWT_SECRET)
      .update(`objector-contact:${contact}`)
      .digest('hex')
      .slice(0, 24);
    return `public:${digest}`;
  }
}
