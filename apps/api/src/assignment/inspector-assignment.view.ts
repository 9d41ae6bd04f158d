import { ApiProperty } from '@nestjs/swagger';
import { AssignedInspectorView } from '../cases/case.view';

export class DeclaredConflictView {
  @ApiProperty() communityId!: string;
  @ApiProperty() inspectorId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() declaredAt!: string;
}

export class MyConflictView {
  @ApiProperty() campaignId!: string;
  @ApiProperty() communityId!: string;
}

export class CaseToStaffView {
  @ApiProperty() communityId!: string;
  @ApiProperty() communityName!: string;
  @ApiProperty({ type: String, nullable: true }) streetId!: string | null;
  @ApiProperty({ example: 'INSPECTION' }) stage!: string;
  @ApiProperty({ type: [String], description: 'the team assigned now' }) inspectorIds!: string[];
}

export class ProposedTeamView {
  @ApiProperty() communityId!: string;
  @ApiProperty({ type: [String] }) inspectorIds!: string[];
}

class ExcludedCountsView {
  @ApiProperty() OWN_COMMUNITY!: number;
  @ApiProperty() SAME_STREET!: number;
  @ApiProperty() DECLARED!: number;
}

export class UnstaffedCaseView {
  @ApiProperty() communityId!: string;
  @ApiProperty() needed!: number;
  @ApiProperty() eligible!: number;
  @ApiProperty({ type: ExcludedCountsView, description: 'how many of the pool each 回避 reason excludes' })
  excluded!: ExcludedCountsView;
}

export class InspectorLoadView {
  @ApiProperty() userId!: string;
  @ApiProperty({ description: 'open cases the inspector is on now' }) current!: number;
  @ApiProperty({ description: 'cases this proposal gives them' }) proposed!: number;
}

export class TeamProposalView {
  @ApiProperty() teamSize!: number;
  @ApiProperty() minInspectors!: number;
  @ApiProperty() maxInspectors!: number;
  @ApiProperty({ enum: ['OWN_COMMUNITY', 'SAME_STREET'] }) conflictRule!: 'OWN_COMMUNITY' | 'SAME_STREET';
  @ApiProperty({ type: Number, nullable: true, description: '随机抽取: the seed the lot was drawn with' })
  seed!: number | null;
  @ApiProperty({ type: [AssignedInspectorView], description: 'the active inspectors drawn from' })
  pool!: AssignedInspectorView[];
  @ApiProperty({ type: [CaseToStaffView], description: 'the cases asked for, in the order asked' })
  cases!: CaseToStaffView[];
  @ApiProperty({ type: [DeclaredConflictView] }) declaredConflicts!: DeclaredConflictView[];
  @ApiProperty({ type: [ProposedTeamView] }) teams!: ProposedTeamView[];
  @ApiProperty({
    type: [UnstaffedCaseView],
    description: 'cases no full team can staff without breaking 回避',
  })
  unstaffed!: UnstaffedCaseView[];
  @ApiProperty({ type: [String], description: 'cases not in 检查验收 now: no team is proposed for them' })
  notInInspection!: string[];
  @ApiProperty({ type: [InspectorLoadView] }) loads!: InspectorLoadView[];
}
