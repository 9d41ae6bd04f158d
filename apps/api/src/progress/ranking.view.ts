import { ApiProperty } from '@nestjs/swagger';
import { CaseStage } from '@app/domain';

/** One case's place in the provisional top-N ranking (择优排名). */
export class RankedCaseView {
  @ApiProperty({ description: '1 = first, by the domain ranking rule (total, then the tie-breaks)' })
  rank!: number;
  @ApiProperty() communityId!: string;
  @ApiProperty() communityName!: string;
  @ApiProperty({ enum: CaseStage }) stage!: CaseStage;
  @ApiProperty() tier!: string;
  @ApiProperty() totalScore!: number;
  @ApiProperty({ description: 'within the first topN: would be awarded if the ranking stood' })
  awarded!: boolean;
}

/** A page of the ranking, in rank order. */
export class RankingPageView {
  @ApiProperty({ type: Number, nullable: true, description: 'the titles the campaign awards; null: by tier' })
  topN!: number | null;
  @ApiProperty({ type: String, nullable: true }) tieBreak!: string | null;
  @ApiProperty({ type: [RankedCaseView] }) items!: RankedCaseView[];
  @ApiProperty({ description: 'ranked cases the caller may see' }) total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
