import { ApiProperty } from '@nestjs/swagger';
import type { JurisdictionLevel } from '@app/domain';

/** What a jurisdiction import wrote: how many, and how many at each level. */
export class JurisdictionImportResultView {
  @ApiProperty({ example: 21 }) imported!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { STREET: 1, COMMUNITY: 20 },
  })
  byLevel!: Partial<Record<JurisdictionLevel, number>>;
}
