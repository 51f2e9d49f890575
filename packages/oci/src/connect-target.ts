/**
 * Where a URL connects, as both of our connection makers (bareGet's pool and the warm agents) open
 * sockets: the host without the brackets of an IPv6 literal, the port with the scheme's default,
 * and the TLS server name — SNI takes a name, never an IP literal.
 */
export interface ConnectTarget {
  host: string;
  port: number;
  servername?: string;
}

export function connectTarget(url: URL): ConnectTarget {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const tls = url.protocol === "https:";
  const port = Number(url.port || (tls ? 443 : 80));
  return { host, port, ...(tls && !/^[\d.]+$|:/.test(host) ? { servername: host } : {}) };
}
