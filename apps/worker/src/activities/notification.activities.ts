import { Injectable, Optional } from '@nestjs/common';
import { AppConfig, publicUrlOf } from '@app/config';
import { CaseNotification, consoleLinkFor, notificationDomainEvent } from '@app/domain';
import { CaseNotificationRepository } from '@app/persistence';
import type { CaseActivities } from '@app/workflows/community-case/case-activities.contract';

/** The in-app inbox: one statement puts a message in every recipient's inbox, once per (key, user). */
@Injectable()
export class NotificationActivities implements Pick<CaseActivities, 'notify'> {
  // Without the config (tests construct it bare) e-mail is off, as when SMTP_URL is unset.
  constructor(
    private readonly notifications: CaseNotificationRepository,
    @Optional() private readonly config?: AppConfig,
  ) {}

  async notify(notification: CaseNotification): Promise<void> {
    // Webhook subscribers and e-mail get the same message through the outbox, in the same commit.
    const publicUrl = publicUrlOf(this.config ?? { API_PORT: 3000 });
    await this.notifications.deliver(
      notification,
      consoleLinkFor(notification),
      () => notificationDomainEvent(notification, new Date().toISOString(), publicUrl),
      { email: Boolean(this.config?.SMTP_URL) },
    );
  }
}
