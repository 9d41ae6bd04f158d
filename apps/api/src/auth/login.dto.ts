import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'organizer' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  username!: string;

  @ApiProperty({ example: 'organizer-demo-pass' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

export class LoginUserView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'organizer' }) username!: string;
  @ApiProperty({ example: '街道创建办' }) displayName!: string;
  @ApiProperty({ enum: ['ADMIN', 'ORGANIZER', 'COMMUNITY', 'INSPECTOR', 'OBSERVER'] }) role!: string;
  @ApiProperty({ type: String, nullable: true, description: 'jurisdiction id (a community for a clerk)' })
  scopeId!: string | null;
}

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty() expiresInSeconds!: number;
  @ApiProperty({ type: LoginUserView }) user!: LoginUserView;
}
