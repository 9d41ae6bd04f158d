import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_ROLES } from '@app/domain';

export class UserScopeView {
  @ApiProperty({ example: 'sfjd' }) id!: string;
  @ApiProperty({ example: '示范街道' }) name!: string;
  @ApiProperty({ example: 'STREET' }) level!: string;
}

/** An account as its managers see it (never its password or hash). */
export class UserView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'organizer' }) username!: string;
  @ApiProperty({ example: '示范街道平安创建办' }) displayName!: string;
  @ApiProperty({ enum: ACCOUNT_ROLES }) role!: string;
  @ApiPropertyOptional({ type: UserScopeView, nullable: true }) scope!: UserScopeView | null;
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) disabledReason!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) email!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** A created account, or a reset password: the generated password is answered this once. */
export class UserWithPasswordView {
  @ApiProperty({ type: UserView }) user!: UserView;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'only when one was generated' })
  generatedPassword!: string | null;
}

export class UserPage {
  @ApiProperty({ type: [UserView] }) items!: UserView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class GeneratedPasswordView {
  @ApiProperty({ example: 3 }) row!: number;
  @ApiProperty() username!: string;
  @ApiProperty() password!: string;
}

export class UserImportResult {
  @ApiProperty({ example: 20 }) imported!: number;
  @ApiProperty({ example: { COMMUNITY: 18, ORGANIZER: 2 } }) byRole!: Record<string, number>;
  @ApiProperty({
    type: [GeneratedPasswordView],
    description: 'rows whose 初始密码 was empty; shown this once',
  })
  generatedPasswords!: GeneratedPasswordView[];
}

export class PathNodeView {
  @ApiProperty({ example: 'cn' }) id!: string;
  @ApiProperty({ example: '城南区' }) name!: string;
  @ApiProperty({ example: 'DISTRICT' }) level!: string;
}

/** Who am I: the account behind the token, with its scope's place in the tree. */
export class MeView {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ACCOUNT_ROLES }) role!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) email!: string | null;
  @ApiPropertyOptional({ type: UserScopeView, nullable: true }) scope!: UserScopeView | null;
  @ApiProperty({
    type: [PathNodeView],
    description: 'from the province down to the scope itself; [] for none',
  })
  scopePath!: PathNodeView[];
  @ApiProperty({ example: '东海省 › 临江市 › 城南区 › 示范街道' }) scopePathText!: string;
}
