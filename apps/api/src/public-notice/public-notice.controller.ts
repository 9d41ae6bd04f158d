import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { Repository } from 'typeorm';
import { AppConfig } from '@app/config';
import { CaseStage, CaseState, DomainError, DomainErrorCode } from '@app/domain';
import { CaseProjectionEntity } from '@app/persistence';
import { caseWorkflowId, raiseObjectionUpdate } from '@app/workflows/community-case/community-case.contract';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Public } from '../auth/public.decorator';
import { PublicObjectionDto } from '../cases/case-commands.dto';
import { CaseWorkflowGateway } from '../cases/case-workflow.gateway';

export interface NoticeEntry {
  communityId: string;
  communityName: string;
  tier: string | null;
  totalScore: number | null;
  noticeEndsAt: string | null;
}

/** The public notice (公示): what residents may read, and where they raise an objection (异议). */
@ApiTags('public notice')
@Public()
@CampaignScoped('PUBLIC')
@Controller('public/campaigns/:campaignId/notice')
export class PublicNoticeController {
  constructor(
    @InjectRepository(CaseProjectionEntity) private readonly cases: Repository<CaseProjectionEntity>,
    private readonly gateway: CaseWorkflowGateway,
    private readonly config: AppConfig,
  ) {}

  @Get()
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
   * back into a phone number by trying them all, as a plain digest could.
   */
  @Post(':communityId/objections')
  @HttpCode(200)
  async object(
    @Param('campaignId') campaignId: string,
    @Param('communityId') communityId: string,
    @Body() body: PublicObjectionDto,
  ) {
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
    const view = await this.gateway.update(caseWorkflowId(campaignId, communityId), raiseObjectionUpdate, {
      content: body.content,
      contact: body.contact,
      actor,
    });
    const objection = view.state.objections.at(-1);
    return { objectionId: objection?.id, raisedAt: objection?.raisedAt };
  }
}
