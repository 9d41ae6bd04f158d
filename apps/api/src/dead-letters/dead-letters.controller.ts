import { Controller, Get, HttpCode, Param, ParseBoolPipe, ParseIntPipe, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { Roles } from '../auth/roles.decorator';
import { DeadLetterRetryView, DeadLetterView } from './dead-letter.view';
import { DeadLettersService } from './dead-letters.service';

/** Case writes the database refused (dead letters): for operators (ADMIN). See the README. */
@ApiTags('operations')
@ApiBearerAuth()
@Roles(UserRole.ADMIN)
@Controller('dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Get()
  @ApiOperation({ summary: 'Newest first; ?open=true for those still holding steps' })
  @ApiQuery({ name: 'open', required: false, type: Boolean })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiOkResponse({ type: [DeadLetterView] })
  list(
    @Query('open', new ParseBoolPipe({ optional: true })) open?: boolean,
    @Query('limit', new ParseIntPipe({ optional: true })) limit?: number,
  ): Promise<DeadLetterView[]> {
    return this.deadLetters.list(open ?? false, Math.min(Math.max(limit ?? 50, 1), 200));
  }

  @Post(':id/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Writes the held steps again now (after fixing the cause); audited' })
  @ApiAcceptedResponse({ type: DeadLetterRetryView })
  retry(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string): Promise<DeadLetterRetryView> {
    return this.deadLetters.retry(actor, id);
  }
}
