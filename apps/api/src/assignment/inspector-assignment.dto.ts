import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { MAX_DRAW_SEED } from '@app/domain';
import { IsOmittable } from '../common/omittable.decorator';

/** The most cases one proposal staffs (a district's inspection round is a few hundred). */
export const MAX_PROPOSAL_CASES = 1000;

export class ProposeTeamsDto {
  @ApiProperty({
    type: [String],
    example: ['c-01', 'c-02'],
    description: `the cases to staff, 1 to ${MAX_PROPOSAL_CASES}`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROPOSAL_CASES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  communityIds!: string[];

  @ApiPropertyOptional({
    description: "inspectors per team, within the campaign's policy; default its minimum",
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(20)
  teamSize?: number;

  @ApiPropertyOptional({
    description: '随机抽取: break ties by a lot; a seed is drawn and recorded in the audit trail',
  })
  @IsOmittable()
  @IsBoolean()
  draw?: boolean;

  @ApiPropertyOptional({
    description: `随机抽取 with this seed (0 to ${MAX_DRAW_SEED}), to repeat a drawing`,
  })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(MAX_DRAW_SEED)
  seed?: number;
}

export class DeclareConflictDto {
  @ApiProperty({ example: 'c-01', description: 'the community whose case you are on the team of' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  communityId!: string;

  @ApiProperty({
    example: '本人配偶在该社区居委会任职',
    description: 'why you may not inspect this community',
  })
  @IsString()
  @MinLength(1)
  @Matches(/\S/, { message: 'reason must say why you may not inspect this community, not only spaces' })
  @MaxLength(500)
  reason!: string;
}
