import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PublicNoticeController } from './public-notice.controller';
import { PublicNoticeService } from './public-notice.service';

@Module({
  imports: [CasesModule],
  controllers: [PublicNoticeController],
  providers: [PublicNoticeService],
})
export class PublicNoticeModule {}
