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

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty() expiresInSeconds!: number;
  @ApiProperty({
    example: {
      id: 'uuid',
      username: 'organizer',
      displayName: '街道创建办',
      role: 'ORGANIZER',
      scopeId: null,
    },
  })
  user!: { id: string; username: string; displayName: string; role: string; scopeId: string | null };
}
