import ipaddr from 'ipaddr.js';

/** A network written as CIDR: `10.20.0.0/16`, `127.0.0.1/32`, `fd00::/8`. */
export type NetworkText = string;

/**
 * Parses a comma-separated list of networks (CIDR, or a single address meaning /32 or /128) into
 * normalised CIDR texts, naming every entry that is not one.
 */
export function parseNetworkList(text: string): { networks: NetworkText[]; problems: string[] } {
  const networks: NetworkText[] = [];
  const problems: string[] = [];
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const network = parseNetwork(entry);
    if (network === null) {
      problems.push(`"${entry}" is not an IP address or a CIDR block such as 10.20.0.0/16 or fd00::/8`);
    } else {
      networks.push(network);
    }
  }
  return { networks, problems };
}

// Only the usual spellings: 127.0.0.1, not 2130706433 or 127.1 (which ipaddr.parse would also take).
function isPlainAddress(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text);
}

function parseNetwork(entry: string): NetworkText | null {
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || !isPlainAddress(address)) return null;
  if (prefix === undefined) {
    const parsed = ipaddr.parse(address);
    return `${parsed.toString()}/${parsed.kind() === 'ipv4' ? 32 : 128}`;
  }
  if (!ipaddr.isValidCIDR(entry)) return null;
  const [network, bits] = ipaddr.parseCIDR(entry);
  return `${network.toString()}/${bits}`;
}
