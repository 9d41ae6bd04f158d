import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CaseNotification, DomainEvent } from '@app/domain';
import { OutboxWriter } from '../outbox/outbox.writer';

// Organizers and area supervisors (包片领导) are those whose jurisdiction contains the community.
const CONTAINS_COMMUNITY = `EXISTS (SELECT 1 FROM jurisdiction j WHERE j.id = u.scope_id AND $8 LIKE j.path || '%')`;

/** Which users an audience means, as a condition on app_user u and its one parameter ($8). */
function recipients(notification: CaseNotification): { where: string; parameter: unknown } {
  const { audience } = notification;
  switch (audience.kind) {
    case 'COMMUNITY':
      return { where: `u.role = 'COMMUNITY' AND u.scope_id = $8`, parameter: notification.communityId };
    case 'INSPECTORS':
      return { where: `u.role = 'INSPECTOR' AND u.id::text = ANY($8::text[])`, parameter: audience.userIds };
    case 'ORGANIZERS':
      return {
        where: `u.role = 'ORGANIZER' AND ${CONTAINS_COMMUNITY}`,
        parameter: notification.communityPath,
      };
    case 'SUPERVISORS_AND_ORGANIZERS':
      return {
        where: `u.role IN ('ORGANIZER', 'OBSERVER') AND ${CONTAINS_COMMUNITY}`,
        parameter: notification.communityPath,
      };
  }
}

/** The worker's side of the inbox: a case's message to every recipient, and to the outbox, in one commit. */
@Injectable()
export class CaseNotificationRepository {
  private readonly outbox = new OutboxWriter();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One statement puts the message in every recipient's inbox, once per (key, user); the domain event
   * (made inside the transaction) goes to webhook subscribers and e-mail through the outbox.
   */
  async deliver(
    notification: CaseNotification,
    link: string,
    event: () => DomainEvent,
    { email }: { email: boolean },
  ): Promise<void> {
    const { where, parameter } = recipients(notification);
    const { key, kind, campaignId, workflowId, communityId, title, body } = notification;
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO notification (key, user_id, kind, campaign_id, workflow_id, community_id, title, body, link)
         SELECT $1, u.id, $2, $3, $4, $5, $6, $7, $9 FROM app_user u WHERE u.status = 'ACTIVE' AND ${where}
         ON CONFLICT (key, user_id) DO NOTHING`,
        [key, kind, campaignId, workflowId, communityId, title, body, parameter, link],
      );
      await this.outbox.enqueueNotification(tx, event(), { email });
    });
  }
}
