import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { AddressPolicy } from './address-policy';

/** How names are resolved: node:dns's lookup (getaddrinfo, /etc/hosts included) unless a test says. */
export type ResolveAll = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolveAll: ResolveAll = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/** A host refused by the address policy, or one that could not be resolved; the message says which. */
export class AddressRefusedError extends Error {
  constructor(
    message: string,
    readonly code: 'ADDRESS_REFUSED' | 'UNRESOLVABLE',
  ) {
    super(message);
    this.name = 'AddressRefusedError';
  }
}

const ALLOW_HINT = 'add its network to WEBHOOK_ALLOWED_NETWORKS to allow it';

/** The URL's host as DNS or the policy sees it: [::1] → ::1, a trailing dot dropped. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/** The refusal of a host that is an IP literal the policy refuses; null for an allowed literal or a name. */
export function literalRefusal(host: string, policy: AddressPolicy): AddressRefusedError | null {
  if (isIP(host) === 0) return null;
  const verdict = policy.verdict(host);
  return verdict.allowed
    ? null
    : new AddressRefusedError(`${verdict.reason}; ${ALLOW_HINT}`, 'ADDRESS_REFUSED');
}

/**
 * Resolves a host and checks every address it resolves to; resolves to those addresses (all allowed)
 * or rejects with AddressRefusedError. An IP literal is checked as it is. A name is refused if ANY of
 * its addresses is refused: a client may connect to any of them.
 */
export async function checkedAddresses(
  host: string,
  policy: AddressPolicy,
  resolveAll: ResolveAll = systemResolveAll,
  timeoutMs = 5_000,
): Promise<LookupAddress[]> {
  const family = isIP(host);
  if (family !== 0) {
    const refusal = literalRefusal(host, policy);
    if (refusal) throw refusal;
    return [{ address: host, family }];
  }
  const addresses = await resolveWithin(host, resolveAll, timeoutMs);
  if (addresses.length === 0) throw new AddressRefusedError(`host "${host}" has no address`, 'UNRESOLVABLE');
  for (const { address } of addresses) {
    const verdict = policy.verdict(address);
    if (!verdict.allowed) {
      const reason = `host "${host}" resolves to ${verdict.address}, ${verdict.what}`;
      throw new AddressRefusedError(`${reason}; ${ALLOW_HINT}`, 'ADDRESS_REFUSED');
    }
  }
  return addresses;
}

async function resolveWithin(
  host: string,
  resolveAll: ResolveAll,
  timeoutMs: number,
): Promise<LookupAddress[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AddressRefusedError(`host "${host}" did not resolve within ${timeoutMs} ms`, 'UNRESOLVABLE'),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([resolveAll(host), timeout]);
  } catch (error) {
    if (error instanceof AddressRefusedError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new AddressRefusedError(
      `host "${host}" does not resolve${typeof code === 'string' ? ` (${code})` : ''}`,
      'UNRESOLVABLE',
    );
  } finally {
    clearTimeout(timer);
  }
}
