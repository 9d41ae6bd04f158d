import { ApiProperty } from '@nestjs/swagger';

/** A case write the database refused: which case, which steps, the error, and where it stands. */
export class DeadLetterView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'case:demo-2026-pingan:c-01' }) workflowId!: string;
  @ApiProperty() campaignId!: string;
  @ApiProperty() communityId!: string;
  @ApiProperty({ description: 'the first held (unwritten) step, by case seq' }) firstSeq!: number;
  @ApiProperty({ description: 'the last held step' }) lastSeq!: number;
  @ApiProperty({ description: "the database's message" }) error!: string;
  @ApiProperty({ nullable: true, type: String, description: 'SQLSTATE, e.g. 23514' }) errorCode!:
    string | null;
  @ApiProperty({ description: 'failed rounds so far' }) failures!: number;
  @ApiProperty() firstFailedAt!: string;
  @ApiProperty() lastFailedAt!: string;
  @ApiProperty({ nullable: true, type: String }) retryRequestedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'null while the steps are held' }) resolvedAt!:
    string | null;
}

/** The answer to a retry: the steps the case holds, now being written again. */
export class DeadLetterRetryView {
  @ApiProperty() id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty() steps!: number;
  @ApiProperty() firstSeq!: number;
  @ApiProperty() lastSeq!: number;
  @ApiProperty({ description: 'the last failure' }) error!: string;
}
