import ipaddr from 'ipaddr.js';

/** Whether an outbound connection may go to an address, and if not, why (in words for last_error). */
export type AddressVerdict =
  | { allowed: true }
  | {
      allowed: false;
      /** The address as checked (IPv4-mapped IPv6 written as its IPv4). */
      address: string;
      /** What it is, e.g. "a loopback address". */
      what: string;
      /** "<address> is <what>". */
      reason: string;
    };

// ipaddr.js names every special-purpose range (IANA registries); only 'unicast' is public. These read
// better than the raw range names in an error a person sees.
const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private-network address',
  uniqueLocal: 'a unique-local (private) IPv6 address',
  linkLocal: 'a link-local address (where cloud metadata services such as 169.254.169.254 live)',
  unspecified: 'the unspecified address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

/**
 * Outbound addresses a webhook may reach: public unicast addresses (ipaddr.js's range `unicast`), plus
 * the networks an operator allowed (WEBHOOK_ALLOWED_NETWORKS). Everything else — loopback, private
 * ranges, link-local (cloud metadata), unique-local, NAT64/6to4/Teredo forms that embed an IPv4
 * address, multicast, reserved — is refused. IPv4-mapped IPv6 (::ffff:127.0.0.1) counts as its IPv4.
 */
export class AddressPolicy {
  private readonly allowed: [ipaddr.IPv4 | ipaddr.IPv6, number][];

  /** `allowedNetworks`: CIDR texts as WEBHOOK_ALLOWED_NETWORKS gives them (already validated). */
  constructor(readonly allowedNetworks: readonly string[] = []) {
    this.allowed = allowedNetworks.map((network) => ipaddr.parseCIDR(network));
  }

  /** The verdict on one address (IPv4 or IPv6 text, without brackets); an unparsable text is refused. */
  verdict(address: string): AddressVerdict {
    if (!ipaddr.isValid(address)) {
      const what = 'not an IP address';
      return { allowed: false, address, what, reason: `"${address}" is ${what}` };
    }
    const parsed = ipaddr.process(address);
    if (this.isAllowListed(parsed)) return { allowed: true };
    const range = parsed.range();
    if (range === 'unicast') return { allowed: true };
    const what = RANGE_WORDS[range] ?? `not a public unicast address (${range})`;
    const text = parsed.toString();
    return { allowed: false, address: text, what, reason: `${text} is ${what}` };
  }

  private isAllowListed(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
    return this.allowed.some(
      ([network, bits]) => network.kind() === address.kind() && address.match(network, bits),
    );
  }
}
