import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseProjectionEntity } from '@app/persistence';
import { CasesModule } from '../cases/cases.module';
import { PublicNoticeController } from './public-notice.controller';

@Module({
  imports: [TypeOrmModule.forFeature([CaseProjectionEntity]), CasesModule],
  controllers: [PublicNoticeController],
})
export class PublicNoticeModule {}
