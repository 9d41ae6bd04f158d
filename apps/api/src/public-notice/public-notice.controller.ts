import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Public } from '../auth/public.decorator';
import { PublicObjectionDto } from '../cases/case-commands.dto';
import { ActionRequest, ActionRequestOptions } from '../cases/action-request.decorator';
import { PublicNoticeService } from './public-notice.service';
import { NoticeEntryView, ObjectionReceiptView, PublicCampaignView } from './public-notice.view';

export type NoticeEntry = NoticeEntryView;

/** The public notice (公示): what residents may read, and where they raise an objection (异议). */
@ApiTags('public notice')
@Public()
@CampaignScoped('PUBLIC')
@Controller('public/campaigns/:campaignId')
export class PublicNoticeController {
  constructor(private readonly notice: PublicNoticeService) {}

  /** A launched campaign's title, for the heading of its notice page; drafts do not exist publicly. */
  @Get()
  @ApiOkResponse({ type: PublicCampaignView })
  campaign(@Param('campaignId') campaignId: string): Promise<PublicCampaignView> {
    return this.notice.campaign(campaignId);
  }

  @Get('notice')
  @ApiOkResponse({ type: [NoticeEntryView] })
  list(@Param('campaignId') campaignId: string): Promise<NoticeEntry[]> {
    return this.notice.notice(campaignId);
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
  object(
    @Param('campaignId') campaignId: string,
    @Param('communityId') communityId: string,
    @Body() body: PublicObjectionDto,
    @ActionRequestOptions() request: ActionRequest,
  ): Promise<ObjectionReceiptView> {
    return this.notice.object(campaignId, communityId, body, request);
  }
}
