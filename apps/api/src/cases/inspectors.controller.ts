import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AssignedInspector } from '@app/domain';
import { UserRole } from '@app/persistence';
import { Roles } from '../auth/roles.decorator';
import { InspectorDirectory } from './inspector-directory.service';
import { AssignedInspectorView } from './case.view';

@ApiTags('case actions')
@ApiBearerAuth()
@Controller('inspectors')
export class InspectorsController {
  constructor(private readonly inspectors: InspectorDirectory) {}

  /** The assessment team (考核组): ids to assign, with the street the conflict rule (回避) checks. */
  @Get()
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiOkResponse({ type: [AssignedInspectorView] })
  list(): Promise<AssignedInspector[]> {
    return this.inspectors.list();
  }
}
