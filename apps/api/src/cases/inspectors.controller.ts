import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AssignedInspector, CaseAction } from '@app/domain';
import { CaseActionRoles } from './case-action-roles.decorator';
import { InspectorDirectory } from './inspector-directory.service';
import { AssignedInspectorView } from './case.view';

@ApiTags('case actions')
@ApiBearerAuth()
@Controller('inspectors')
export class InspectorsController {
  constructor(private readonly inspectors: InspectorDirectory) {}

  /** The assessment team (考核组): ids to assign, with the street the conflict rule (回避) checks; for those who assign. */
  @Get()
  @CaseActionRoles(CaseAction.ASSIGN_INSPECTORS)
  @ApiOkResponse({ type: [AssignedInspectorView] })
  list(): Promise<AssignedInspector[]> {
    return this.inspectors.list();
  }
}
