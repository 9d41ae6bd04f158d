import { IsString, MaxLength } from 'class-validator';

/** Path parameters naming a case: campaign and community. */
export class CaseIds {
  @IsString()
  @MaxLength(100)
  campaignId!: string;

  @IsString()
  @MaxLength(100)
  communityId!: string;
}

export class ObjectionIds extends CaseIds {
  @IsString()
  @MaxLength(100)
  objectionId!: string;
}
