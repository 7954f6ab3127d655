import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client a session counts against. IPv4 addresses as they are (an IPv4-mapped IPv6 address as its
 * IPv4 form); IPv6 by /64, since one subscriber usually holds a whole /64 and could otherwise take a new
 * address per request. Anything else (no address known) is kept as given.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  const plain = address.split('%')[0];
  if (!isIPv6(plain)) return address;
  return `${firstFourGroups(plain).join(':')}::/64`;
}

function firstFourGroups(address: string): string[] {
  const [head, tail] = address.split('::');
  const groups = head ? head.split(':') : [];
  if (tail !== undefined) {
    const rest = tail ? tail.split(':') : [];
    // An embedded IPv4 tail (`::1.2.3.4`) stands for two groups.
    const restLength = rest.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
    groups.push(...Array<string>(8 - groups.length - restLength).fill('0'), ...rest);
  }
  return groups.slice(0, 4).map((g) => (g.includes('.') ? g : parseInt(g, 16).toString(16)));
}
