import { Module } from '@nestjs/common';
import { ScopeModule } from '../auth/scope.module';
import { MyController } from './my.controller';
import { MyService } from './my.service';

@Module({
  imports: [ScopeModule],
  controllers: [MyController],
  providers: [MyService],
})
export class MyModule {}
