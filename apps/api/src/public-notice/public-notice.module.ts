import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignEntity, CaseProjectionEntity, JurisdictionEntity } from '@app/persistence';
import { CasesModule } from '../cases/cases.module';
import { PublicNoticeController } from './public-notice.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([CaseProjectionEntity, CampaignEntity, JurisdictionEntity]),
    CasesModule,
  ],
  controllers: [PublicNoticeController],
})
export class PublicNoticeModule {}
