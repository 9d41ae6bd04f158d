import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { Repository } from 'typeorm';
import { AppConfig } from '@app/config';
import { CaseStage, CaseState, DomainError, DomainErrorCode, idempotentUpdateId } from '@app/domain';
import { CampaignEntity, CaseProjectionEntity, JurisdictionEntity } from '@app/persistence';
import { caseWorkflowId, raiseObjectionUpdate } from '@app/workflows/community-case/community-case.contract';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Public } from '../auth/public.decorator';
import { PublicObjectionDto } from '../cases/case-commands.dto';
import { CaseWorkflowClient } from '../cases/case-workflow.client';
import { ActionRequest, ActionRequestOptions } from '../cases/action-request.decorator';
import { NoticeEntryView, ObjectionReceiptView, PublicCampaignView } from './public-notice.view';

export type NoticeEntry = NoticeEntryView;

/** The public notice (公示): what residents may read, and where they raise an objection (异议). */
@ApiTags('public notice')
@Public()
@CampaignScoped('PUBLIC')
@Controller('public/campaigns/:campaignId')
export class PublicNoticeController {
  constructor(
    @InjectRepository(CaseProjectionEntity) private readonly cases: Repository<CaseProjectionEntity>,
    @InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>,
    @InjectRepository(JurisdictionEntity) private readonly jurisdictions: Repository<JurisdictionEntity>,
    private readonly caseWorkflow: CaseWorkflowClient,
    private readonly config: AppConfig,
  ) {}

  /** A launched campaign's title, for the heading of its notice page; drafts do not exist publicly. */
  @Get()
  @ApiOkResponse({ type: PublicCampaignView })
  async campaign(@Param('campaignId') campaignId: string): Promise<PublicCampaignView> {
    const campaign = await this.campaigns.findOne({ where: { id: campaignId, status: 'LAUNCHED' } });
    if (!campaign) throw new DomainError(DomainErrorCode.NOT_FOUND, `No campaign ${campaignId}`);
    const organizer = await this.jurisdictions.findOne({
      select: { name: true },
      where: { id: campaign.organizerJurisdictionId },
    });
    const { id, title, titleKind, year } = campaign;
    return { id, title, titleKind, year, organizerName: organizer?.name ?? '' };
  }

  @Get('notice')
  @ApiOkResponse({ type: [NoticeEntryView] })
  async list(@Param('campaignId') campaignId: string): Promise<NoticeEntry[]> {
    const rows = await this.cases.find({
      where: { campaignId, stage: CaseStage.NOTICE },
      order: { communityId: 'ASC' },
    });
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
   * A resident's objection, attributed to the name given; the contact is kept beside it so the organizer
   * can reply. Only organizers see either (objector-privacy.ts). The objector's id is a keyed digest of
   * the contact — repeated objections from one contact group together, but the id cannot be turned
   * back into a phone number by trying them all, as a plain digest could. The receipt number (回执号)
   * names the objection; a retry with the same Idempotency-Key gets the same receipt.
   */
  @Post('notice/:communityId/objections')
  @HttpCode(200)
  @ApiOkResponse({ type: ObjectionReceiptView })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'a retry with the same key gets the same receipt',
  })
  async object(
    @Param('campaignId') campaignId: string,
    @Param('communityId') communityId: string,
    @Body() body: PublicObjectionDto,
    @ActionRequestOptions() request: ActionRequest,
  ): Promise<ObjectionReceiptView> {
    const listed = await this.cases.exists({ where: { campaignId, communityId, stage: CaseStage.NOTICE } });
    if (!listed) {
      throw new DomainError(
        DomainErrorCode.NOT_FOUND,
        `Community ${communityId} is not on the public notice of campaign ${campaignId}`,
      );
    }
    const contactDigest = createHmac('sha256', this.config.JWT_SECRET)
      .update(`objector-contact:${body.contact}`)
      .digest('hex')
      .slice(0, 24);
    const actor = { userId: `public:${contactDigest}`, role: 'PUBLIC', displayName: body.name };
    const command = { content: body.content, contact: body.contact, actor };
    const { idempotency } = request;
    const view = await this.caseWorkflow.update(
      caseWorkflowId(campaignId, communityId),
      raiseObjectionUpdate,
      command,
      { updateId: idempotency && idempotentUpdateId({ callerId: actor.userId, ...idempotency }) },
    );
    // The objection this caller raised (with a retried key the reply is the first one's file).
    const objection = [...view.state.objections].reverse().find((o) => o.raisedBy.userId === actor.userId)!;
    const number = objection.id.replace(/^objection-/, '');
    return {
      objectionId: objection.id,
      raisedAt: objection.raisedAt,
      receiptNumber: `YY-${campaignId}-${communityId}-${number}`,
    };
  }
}
