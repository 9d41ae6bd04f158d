import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { LoginResponseDto } from '../auth/login.dto';
import { ChangeOwnPasswordDto } from './user.dto';
import { MeView } from './user.view';
import { MeService } from './me.service';

/** The signed-in user's own account, for every role. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @ApiOperation({ summary: 'Who am I: account, role, and the scope with its place in the tree' })
  @ApiOkResponse({ type: MeView })
  get(@CurrentActor() actor: AuthenticatedActor): Promise<MeView> {
    return this.me.me(actor);
  }

  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Changes your own password; every older token is refused, the answer carries a new one',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  changePassword(
    @CurrentActor() actor: AuthenticatedActor,
    @Body() body: ChangeOwnPasswordDto,
    @Ip() address: string,
  ): Promise<LoginResponseDto> {
    return this.me.changePassword(actor, { current: body.currentPassword, next: body.newPassword, address });
  }
}
