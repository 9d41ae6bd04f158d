import { DomainErrorCode } from '@app/domain';
import type { NotificationRepository } from '@app/persistence';
import { mockOf } from '../testing/mock-of';
import { NotificationsService } from './notifications.service';

const UNREAD = {
  id: '7',
  userId: 'u-clerk',
  kind: 'REMINDER',
  title: '自评即将截止',
  body: '',
  link: null,
  createdAt: new Date('2026-05-01T00:00:00Z'),
  readAt: null,
};

describe(NotificationsService.name, () => {
  let notifications: ReturnType<typeof mockOf<NotificationRepository>>;
  let service: NotificationsService;

  beforeEach(() => {
    notifications = mockOf<NotificationRepository>('inbox', 'findInInbox', 'markRead');
    service = new NotificationsService(notifications);
  });

  it('should answer 404 for an id that is no number without reading', async () => {
    await expect(service.markRead('u-clerk', 'x; DROP')).rejects.toMatchObject({
      code: DomainErrorCode.NOT_FOUND,
    });
    expect(notifications.findInInbox).not.toHaveBeenCalled();
  });

  it("should answer 404 for another user's notification, as for none", async () => {
    notifications.findInInbox.mockResolvedValue(null);
    await expect(service.markRead('u-clerk', '8')).rejects.toMatchObject({ code: DomainErrorCode.NOT_FOUND });
    expect(notifications.findInInbox).toHaveBeenCalledWith('u-clerk', '8');
  });

  it('should mark an unread notification read once, and leave a read one as it was', async () => {
    notifications.findInInbox.mockResolvedValue({ ...UNREAD });
    await service.markRead('u-clerk', '7');
    expect(notifications.markRead).toHaveBeenCalledWith('u-clerk', '7', expect.any(Date));
    notifications.markRead.mockClear();
    notifications.findInInbox.mockResolvedValue({ ...UNREAD, readAt: new Date('2026-05-02T00:00:00Z') });
    await service.markRead('u-clerk', '7');
    expect(notifications.markRead).not.toHaveBeenCalled();
  });
});
