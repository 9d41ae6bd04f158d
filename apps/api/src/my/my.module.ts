import { Module } from '@nestjs/common';
import { ScopeModule } from '../auth/scope.module';
import { MyCasesRepository } from './my-cases.repository';
import { MyController } from './my.controller';
import { MyService } from './my.service';

@Module({
  imports: [ScopeModule],
  controllers: [MyController],
  providers: [MyService, MyCasesRepository],
})
export class MyModule {}
