import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { Roles } from '../auth/roles.decorator';
import { CreateStandardDto, StandardVersionDto } from './standard.dto';
import { StandardSummaryView, StandardView } from './standard.view';
import { StandardsService } from './standards.service';

/** Standards are read by every role (inspectors and communities score against them); no version is ever edited. */
@ApiTags('standards')
@ApiBearerAuth()
@Controller('standards')
export class StandardsController {
  constructor(private readonly standards: StandardsService) {}

  @Post()
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiOperation({ summary: 'Creates version 1 of a new standard; 422 lists every problem' })
  @ApiCreatedResponse({ type: StandardView })
  create(@CurrentActor() actor: AuthenticatedActor, @Body() body: CreateStandardDto): Promise<StandardView> {
    return this.standards.create(actor, body);
  }

  @Post(':code/versions')
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiOperation({ summary: 'Adds the next version of a standard (the only way to change one)' })
  @ApiCreatedResponse({ type: StandardView })
  addVersion(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('code') code: string,
    @Body() body: StandardVersionDto,
  ): Promise<StandardView> {
    return this.standards.addVersion(actor, code, body);
  }

  @Get()
  @ApiOkResponse({ type: [StandardSummaryView] })
  list(): Promise<StandardSummaryView[]> {
    return this.standards.list();
  }

  @Get(':code/versions/:version')
  @ApiOkResponse({ type: StandardView })
  get(@Param('code') code: string, @Param('version') version: string): Promise<StandardView> {
    return this.standards.get(code, version);
  }
}
