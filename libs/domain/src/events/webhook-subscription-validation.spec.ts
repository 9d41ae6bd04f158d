import { validateWebhookSubscription } from './webhook-subscription-validation';

const valid = {
  url: 'https://hooks.example.org/chuangjian',
  eventTypes: ['case.award_granted'],
  campaignId: null,
};

describe(validateWebhookSubscription.name, () => {
  it('should accept an https URL with known event types, and an http one on a bare IP', () => {
    expect(validateWebhookSubscription(valid)).toEqual([]);
    expect(
      validateWebhookSubscription({ ...valid, url: 'http://127.0.0.1:8080/in', eventTypes: ['*'] }),
    ).toEqual([]);
  });

  it('should refuse a URL of another scheme, a relative one, and one with credentials', () => {
    expect(validateWebhookSubscription({ ...valid, url: 'ftp://files.example.org/' })).toEqual([
      { field: 'url', message: 'expected http:// or https://; got ftp://' },
    ]);
    expect(validateWebhookSubscription({ ...valid, url: '/hooks' })[0].message).toContain('absolute');
    expect(validateWebhookSubscription({ ...valid, url: 'https://user:pw@example.org/' })).toEqual([
      { field: 'url', message: 'must not carry a user name or password' },
    ]);
  });

  it('should name each unknown event type by its position', () => {
    const problems = validateWebhookSubscription({
      ...valid,
      eventTypes: ['case.stage_changed', 'case.exploded', 'award'],
    });
    expect(problems.map((p) => p.field)).toEqual(['eventTypes[1]', 'eventTypes[2]']);
    expect(problems[0].message).toMatch(
      /^unknown event type "case.exploded"; expected one of case.stage_changed, /,
    );
  });

  it('should refuse * together with named types', () => {
    expect(validateWebhookSubscription({ ...valid, eventTypes: ['*', 'case.award_granted'] })).toEqual([
      { field: 'eventTypes', message: '* already means every type; list nothing else' },
    ]);
  });
});
