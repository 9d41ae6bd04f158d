import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigValues } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { TemporalClientModule } from '@app/temporal';
import { CampaignsModule } from '../../apps/api/src/campaigns/campaigns.module';
import { JurisdictionsModule } from '../../apps/api/src/jurisdictions/jurisdictions.module';
import { StandardsModule } from '../../apps/api/src/standards/standards.module';

/** The validated configuration, given rather than read from this process's environment. */
@Module({})
class DemoConfigModule {
  static of(config: AppConfigValues): DynamicModule {
    return {
      global: true,
      module: DemoConfigModule,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}

/** The API's own services for the demo loader, so the demo goes through the same rules and audit as HTTP. */
@Module({})
export class DemoModule {
  static of(config: AppConfigValues): DynamicModule {
    return {
      module: DemoModule,
      imports: [
        DemoConfigModule.of(config),
        PersistenceModule,
        TemporalClientModule,
        JurisdictionsModule,
        StandardsModule,
        CampaignsModule,
      ],
    };
  }
}
