import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionEntity } from '@app/persistence';
import { ScopeService } from './scope.service';

/** ScopeService for every feature module that checks subtrees; depends only on the jurisdiction table. */
@Module({
  imports: [TypeOrmModule.forFeature([JurisdictionEntity])],
  providers: [ScopeService],
  exports: [ScopeService],
})
export class ScopeModule {}
