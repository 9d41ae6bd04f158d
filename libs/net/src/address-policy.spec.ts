import { AddressPolicy } from './address-policy';
import { AddressRefusedError, checkedAddresses, hostOf } from './checked-host';
import { pinnedLookup } from './pinned-lookup';

const refusedByDefault: [string, RegExp][] = [
  ['127.0.0.1', /loopback/],
  ['127.255.0.9', /loopback/],
  ['10.1.2.3', /private-network/],
  ['172.16.0.1', /private-network/],
  ['192.168.1.1', /private-network/],
  ['169.254.169.254', /link-local.*metadata/],
  ['100.64.0.1', /carrier-grade NAT/],
  ['0.0.0.0', /unspecified/],
  ['255.255.255.255', /broadcast/],
  ['224.0.0.1', /multicast/],
  ['192.0.2.1', /reserved/],
  ['::1', /loopback/],
  ['::', /unspecified/],
  ['fc00::1', /unique-local/],
  ['fd12:3456::1', /unique-local/],
  ['fe80::1', /link-local/],
  ['::ffff:127.0.0.1', /^127\.0\.0\.1 is a loopback/],
  ['::ffff:a9fe:a9fe', /^169\.254\.169\.254 is a link-local/],
  ['64:ff9b::a00:1', /rfc6052/],
  ['2002:a00:1::1', /6to4/],
];

describe(AddressPolicy.name, () => {
  it.each(refusedByDefault)('should refuse %s when no network is allowed', (address, why) => {
    const verdict = new AddressPolicy().verdict(address);
    expect(verdict.allowed).toBe(false);
    expect(!verdict.allowed && verdict.reason).toMatch(why);
  });

  it.each(['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    'should allow the public unicast address %s',
    (address) => {
      expect(new AddressPolicy().verdict(address)).toEqual({ allowed: true });
    },
  );

  it('should allow exactly the listed networks when an allow-list names them', () => {
    const policy = new AddressPolicy(['127.0.0.1/32', '10.20.0.0/16', 'fd00::/8']);
    expect(policy.verdict('127.0.0.1')).toEqual({ allowed: true });
    expect(policy.verdict('::ffff:127.0.0.1')).toEqual({ allowed: true });
    expect(policy.verdict('10.20.255.1')).toEqual({ allowed: true });
    expect(policy.verdict('fd00::5')).toEqual({ allowed: true });
    expect(policy.verdict('127.0.0.2').allowed).toBe(false);
    expect(policy.verdict('10.21.0.1').allowed).toBe(false);
    expect(policy.verdict('::1').allowed).toBe(false);
    expect(policy.verdict('169.254.169.254').allowed).toBe(false);
  });

  it('should refuse a text that is not an address', () => {
    expect(new AddressPolicy().verdict('example.org')).toMatchObject({
      allowed: false,
      reason: '"example.org" is not an IP address',
    });
  });
});

describe(checkedAddresses.name, () => {
  const dns = (table: Record<string, string[]>) => (host: string) => {
    const found = table[host];
    if (!found) return Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
    return Promise.resolve(found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  };

  it('should read odd IPv4 spellings the way a client connects to them when they come from a URL', () => {
    for (const spelling of ['2130706433', '0177.0.0.1', '0x7f.1', '127.1', '017700000001', '0x7f000001']) {
      expect(hostOf(new URL(`http://${spelling}:8080/hook`))).toBe('127.0.0.1');
    }
    expect(hostOf(new URL('http://[::ffff:127.0.0.1]/'))).toBe('::ffff:7f00:1');
    expect(hostOf(new URL('http://[0:0:0:0:0:0:0:1]/'))).toBe('::1');
    expect(hostOf(new URL('http://hooks.example.org./'))).toBe('hooks.example.org');
  });

  it('should refuse a name when any address it resolves to is refused, naming the address', async () => {
    const resolve = dns({ 'mixed.example': ['8.8.8.8', '10.0.0.7'], 'meta.example': ['169.254.169.254'] });
    await expect(checkedAddresses('mixed.example', new AddressPolicy(), resolve)).rejects.toThrow(
      'host "mixed.example" resolves to 10.0.0.7, a private-network address; add its network to WEBHOOK_ALLOWED_NETWORKS to allow it',
    );
    await expect(checkedAddresses('meta.example', new AddressPolicy(), resolve)).rejects.toMatchObject({
      code: 'ADDRESS_REFUSED',
    });
  });

  it('should refuse a name that does not resolve, and pass a public one with its addresses', async () => {
    const resolve = dns({ 'hooks.example': ['93.184.216.34', '2606:2800:220:1::1'] });
    await expect(checkedAddresses('nowhere.example', new AddressPolicy(), resolve)).rejects.toEqual(
      new AddressRefusedError('host "nowhere.example" does not resolve (ENOTFOUND)', 'UNRESOLVABLE'),
    );
    await expect(checkedAddresses('hooks.example', new AddressPolicy(), resolve)).resolves.toHaveLength(2);
  });

  it('should refuse an IP literal without resolving it', async () => {
    const resolve = jest.fn();
    await expect(checkedAddresses('::1', new AddressPolicy(), resolve)).rejects.toThrow(
      /^::1 is a loopback address/,
    );
    expect(resolve).not.toHaveBeenCalled();
  });
});

describe(pinnedLookup.name, () => {
  it('should hand the socket the checked address, and refuse when the name now resolves privately', async () => {
    let answer = '93.184.216.34';
    const lookup = pinnedLookup(new AddressPolicy(), (host) =>
      Promise.resolve([{ address: host === 'rebind.example' ? answer : '8.8.8.8', family: 4 }]),
    );
    const ask = (all: boolean) =>
      new Promise<unknown>((resolve, reject) =>
        lookup('rebind.example', { all }, (error, address) => (error ? reject(error) : resolve(address))),
      );
    await expect(ask(false)).resolves.toBe('93.184.216.34');
    answer = '127.0.0.1';
    await expect(ask(true)).rejects.toThrow(/resolves to 127\.0\.0\.1, a loopback address/);
  });
});
