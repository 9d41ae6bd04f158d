import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ACCOUNT_ROLES } from '@app/domain';
import { PageQueryDto } from '../common/page-query.dto';

// Shapes only (400 when wrong); the rules — username form, role and scope, password policy — are
// accountDraftProblems' and grantProblems', answered 422 with every problem listed.

export class CreateUserDto {
  @ApiProperty({ example: 'hpjd-organizer', description: '2–64 letters, digits or . _ @ -' })
  @IsString()
  @MaxLength(200)
  username!: string;

  @ApiProperty({ example: '和平街道创建办' }) @IsString() @MaxLength(200) displayName!: string;

  @ApiProperty({ enum: ACCOUNT_ROLES }) @IsString() @MaxLength(50) role!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'hpjd',
    description:
      'COMMUNITY: its community; ORGANIZER: a street, district, city or province; OBSERVER: any node; ' +
      'INSPECTOR: its street or community (回避 compares streets); ADMIN: none',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(64)
  scopeId?: string | null;

  @ApiPropertyOptional({
    description:
      'at least PASSWORD_MIN_LENGTH (10) characters, two kinds of letters/digits/others, not the username; omitted: one is generated and answered once',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  password?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'hpjd@example.gov.cn' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(200)
  email?: string | null;
}

/** Only the fields sent change; a change of role or scope refuses the account's existing tokens. */
export class UpdateUserDto {
  @ApiPropertyOptional({ example: '和平街道创建办（新）' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ACCOUNT_ROLES }) @IsOptional() @IsString() @MaxLength(50) role?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null only for an ADMIN' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(64)
  scopeId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(200)
  email?: string | null;
}

export class DisableUserDto {
  @ApiProperty({ example: '调离岗位' })
  @IsString()
  @MinLength(1, { message: 'reason must say why the account is disabled' })
  @MaxLength(200)
  reason!: string;
}

export class ResetPasswordDto {
  @ApiPropertyOptional({ description: 'the new password; omitted: one is generated and answered once' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  password?: string;
}

export class ChangeOwnPasswordDto {
  @ApiProperty() @IsString() @MaxLength(1000) currentPassword!: string;
  @ApiProperty({ description: 'at least PASSWORD_MIN_LENGTH (10) characters, two kinds, not the username' })
  @IsString()
  @MaxLength(1000)
  newPassword!: string;
}

/** Filters and paging for GET /users (always within the caller's scope). */
export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ACCOUNT_ROLES })
  @IsOptional()
  @IsIn(ACCOUNT_ROLES, { message: `role must be one of ${ACCOUNT_ROLES.join(', ')}` })
  role?: string;

  @ApiPropertyOptional({ enum: ['ACTIVE', 'DISABLED'] })
  @IsOptional()
  @IsIn(['ACTIVE', 'DISABLED'], { message: 'status must be ACTIVE or DISABLED' })
  status?: string;

  @ApiPropertyOptional({ example: 'sfjd', description: 'accounts placed at or under this jurisdiction' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  scopeId?: string;

  @ApiPropertyOptional({ example: '张', description: 'part of the username or the name' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}
