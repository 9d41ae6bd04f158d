import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { Roles } from '../auth/roles.decorator';
import { UploadedSpreadsheet } from '../spreadsheets/spreadsheet';
import { SpreadsheetUpload, UploadedSpreadsheetFile } from '../spreadsheets/spreadsheet-upload';
import { AccountLifecycleService } from './account-lifecycle.service';
import { UserImportService } from './user-import.service';
import { CreateUserDto, DisableUserDto, ResetPasswordDto, UpdateUserDto, UserListQueryDto } from './user.dto';
import { UserImportResult, UserPage, UserView, UserWithPasswordView } from './user.view';
import { UsersService } from './users.service';

/** Account management (用户管理): an ADMIN manages everyone, an ORGANIZER the accounts inside its subtree. */
@ApiTags('users')
@ApiBearerAuth()
@Roles(UserRole.ADMIN, UserRole.ORGANIZER)
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly lifecycle: AccountLifecycleService,
    private readonly importer: UserImportService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Creates an account; 422 lists every problem; a generated password is answered once',
  })
  @ApiCreatedResponse({ type: UserWithPasswordView })
  create(
    @CurrentActor() actor: AuthenticatedActor,
    @Body() body: CreateUserDto,
  ): Promise<UserWithPasswordView> {
    return this.users.create(actor, body);
  }

  @Get()
  @ApiOperation({
    summary: 'The accounts you manage, by username; ?role=&status=&scopeId=&q=&limit=&offset=',
  })
  @ApiOkResponse({ type: UserPage })
  list(@CurrentActor() actor: AuthenticatedActor, @Query() query: UserListQueryDto): Promise<UserPage> {
    return this.users.list(actor, query);
  }

  @Post('import')
  @HttpCode(201)
  @SpreadsheetUpload()
  @ApiOperation({
    summary: 'Imports accounts from .csv or .xlsx; 422 lists every bad row and writes nothing',
  })
  @ApiCreatedResponse({ type: UserImportResult })
  import(
    @CurrentActor() actor: AuthenticatedActor,
    @UploadedSpreadsheetFile() file: UploadedSpreadsheet | undefined,
  ): Promise<UserImportResult> {
    return this.importer.import(actor, file);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserView })
  get(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string): Promise<UserView> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: "Changes name, e-mail, role or scope; a new role or scope refuses the account's tokens",
  })
  @ApiOkResponse({ type: UserView })
  update(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(actor, id, body);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Disables the account with a reason: no login, and its tokens are refused at once',
  })
  @ApiOkResponse({ type: UserView })
  disable(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Body() body: DisableUserDto,
  ): Promise<UserView> {
    return this.lifecycle.disable(actor, id, body.reason);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserView })
  enable(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string): Promise<UserView> {
    return this.lifecycle.enable(actor, id);
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({
    summary: "Resets the password (generated when none is given); the account's tokens are refused",
  })
  @ApiOkResponse({ type: UserWithPasswordView })
  resetPassword(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Body() body: ResetPasswordDto,
  ): Promise<UserWithPasswordView> {
    return this.lifecycle.resetPassword(actor, id, body.password);
  }
}
