import type { LookupAddress, LookupOptions } from 'node:dns';
import { AddressPolicy } from './address-policy';
import { checkedAddresses, ResolveAll, systemResolveAll } from './checked-host';

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** The `lookup` option of net/http/https (one address, or all of them when `options.all`). */
export type Lookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/**
 * A `lookup` for outgoing sockets that resolves the name, checks every address against the policy at
 * connect time, and hands the socket only checked addresses: the connection goes to the address that
 * was checked, so a name re-pointed at a private address between the check and the connect (DNS
 * rebinding) is refused rather than followed. Sockets to an IP literal skip lookup; check those first.
 */
export function pinnedLookup(policy: AddressPolicy, resolveAll: ResolveAll = systemResolveAll): Lookup {
  return (hostname, options, callback) => {
    checkedAddresses(hostname, policy, resolveAll).then(
      (addresses) => {
        const wanted = options.family ? addresses.filter((a) => a.family === options.family) : addresses;
        const usable = wanted.length > 0 ? wanted : addresses;
        if (options.all) callback(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}
