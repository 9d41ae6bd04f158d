import type { CaseNotification } from '../case/reminders';
import { notificationDomainEvent } from './notification-domain-event';

describe(notificationDomainEvent.name, () => {
  it('should key the event like the inbox row and name the audience without listing users', () => {
    const notification: CaseNotification = {
      key: 'case:c1:cm1|selfCheck@2026-04-01T00:00:00.000Z|BEFORE-86400000',
      kind: 'BEFORE',
      campaignId: 'c1',
      workflowId: 'case:c1:cm1',
      communityId: 'cm1',
      communityPath: '/p/s/cm1/',
      audience: { kind: 'INSPECTORS', userIds: ['u-1', 'u-2'] },
      title: '提醒',
      body: '请按时提交',
    };
    expect(
      notificationDomainEvent(notification, '2026-03-31T00:00:00.000Z', 'https://cj.example.gov.cn/'),
    ).toEqual({
      key: notification.key,
      type: 'notification.created',
      campaignId: 'c1',
      occurredAt: '2026-03-31T00:00:00.000Z',
      data: {
        key: notification.key,
        kind: 'BEFORE',
        campaignId: 'c1',
        workflowId: 'case:c1:cm1',
        communityId: 'cm1',
        audience: 'INSPECTORS',
        title: '提醒',
        body: '请按时提交',
        link: '/console/inspections/c1/cm1',
        url: 'https://cj.example.gov.cn/console/inspections/c1/cm1',
      },
    });
  });
});
