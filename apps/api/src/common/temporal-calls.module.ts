import { Module } from '@nestjs/common';
import { TemporalCalls } from './temporal-calls';

/** TemporalCalls for the modules whose workflow clients talk to workflows. */
@Module({ providers: [TemporalCalls], exports: [TemporalCalls] })
export class TemporalCallsModule {}
