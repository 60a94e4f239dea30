import { promises as dns } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not reach unless an admin allowed private targets for the endpoint: the
 * server's own host and network, and what is not a public unicast address at all.
 */
const FORBIDDEN = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) FORBIDDEN.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64: reaches IPv4 addresses, private ones included
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (ULA)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) FORBIDDEN.addSubnet(net, prefix, 'ipv6');

export class TargetRefused extends Error {}

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is checked as the IPv4 address it is. */
function normalise(address: string): { address: string; family: 4 | 6 } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], family: 4 };
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex) {
    const hi = parseInt(hex[1], 16);
    const lo = parseInt(hex[2], 16);
    return { address: `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, family: 4 };
  }
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}

export function isForbiddenAddress(address: string): boolean {
  const a = normalise(address);
  return FORBIDDEN.check(a.address, a.family === 4 ? 'ipv4' : 'ipv6');
}

export interface CheckedTarget {
  url: URL;
  /** The addresses the host resolved to, all of them allowed; connect to one of these, not to a new lookup. */
  addresses: Array<{ address: string; family: 4 | 6 }>;
}

/** Why a URL is not a webhook target at all (scheme, credentials), or undefined. */
export function urlProblem(raw: string, allowHttp: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute https:// URL';
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) {
    return allowHttp ? 'url must be an https:// or http:// URL' : 'url must be an https:// URL (http:// only where an admin allowed it for the endpoint)';
  }
  if (url.username || url.password) return 'url must not carry a user name or password';
  if (url.hash) return 'url must not have a #fragment';
  return undefined;
}

/**
 * Resolves the URL's host and refuses it when it is, or resolves to, a forbidden address (any of its
 * addresses: a name that answers one public and one private address is refused). With
 * `allowPrivate` every address is allowed. Throws TargetRefused, or the DNS error.
 */
export async function checkTarget(raw: string, allowPrivate: boolean): Promise<CheckedTarget> {
  const url = new URL(raw);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = isIP(host);
  const addresses = literal
    ? [normalise(host)]
    : (await dns.lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
  if (addresses.length === 0) throw new TargetRefused(`url host ${host} does not resolve`);
  if (!allowPrivate) {
    const bad = addresses.find((a) => isForbiddenAddress(a.address));
    if (bad) {
      throw new TargetRefused(
        `url host ${host} ${literal ? 'is' : `resolves to ${bad.address}, which is`} a loopback, link-local, private or reserved address; only an admin may allow private targets for an endpoint`,
      );
    }
  }
  return { url, addresses };
}
