import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DOMAIN_EVENT_TYPES } from '@app/domain';
import { DeliveryStatus } from '@app/persistence';
import { QueryInteger } from '../common/query-params';

// Shapes only (400 when wrong); whether the URL is http(s) and the event types are known is
// validateWebhookSubscription's, answered 422 with every problem listed.

export class CreateWebhookDto {
  @ApiProperty({ example: '区综治中心' }) @IsString() @MinLength(1) @MaxLength(100) name!: string;

  @ApiProperty({ example: 'https://hooks.example.org/chuangjian', description: 'http:// or https://' })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @ApiProperty({ example: ['case.award_granted'], description: `${DOMAIN_EVENT_TYPES.join(', ')}, or ['*']` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DOMAIN_EVENT_TYPES.length)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  eventTypes!: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'one campaign; omitted or null: every campaign (ADMIN only)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  campaignId?: string | null;
}

export class DeliveryListQueryDto {
  @ApiPropertyOptional({ enum: DeliveryStatus })
  @IsOptional()
  @IsEnum(DeliveryStatus, { message: `status must be one of ${Object.values(DeliveryStatus).join(', ')}` })
  status?: DeliveryStatus;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @QueryInteger('limit', 1, 200)
  limit = 50;
}
